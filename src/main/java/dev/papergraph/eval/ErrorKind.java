package dev.papergraph.eval;

/** Why a predicted or gold span did not match exactly. */
public enum ErrorKind {
    /** A gold span no prediction overlaps. */
    missed,
    /** A prediction no gold span overlaps. */
    spurious,
    /** A prediction overlapping gold spans of other types only, or with the same boundaries but another type. */
    wrong_type,
    /** A prediction overlapping a gold span of its type, with other boundaries. */
    wrong_boundary
}
