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
    OUTPERFORMS;

    /** Whether a concept of this type can be the object: datasets are evaluated and trained on, tasks applied to. */
    public boolean accepts(MentionType objectType) {
        return switch (this) {
            case EVALUATED_ON, TRAINED_ON -> objectType == MentionType.Dataset;
            case APPLIED_TO -> objectType == MentionType.Task;
            default -> true;
        };
    }
}
