package dev.papergraph.extract;

/** Concept-to-concept statements read from a sentence. */
public enum RelationType {
    /** "msGFM, a multisensor geospatial foundation model": msGFM is a kind of foundation model. */
    BROADER,
    /** "ResNet-50" is a variant of the family "ResNet". */
    VARIANT_OF,
    /** "a multi-modal model based on OpenFlamingo". */
    BASED_ON,
    EVALUATED_ON,
    TRAINED_ON,
    APPLIED_TO,
    COMPARED_WITH,
    OUTPERFORMS
}
