package org.losslens.core.loss.param;

/** The type of a loss parameter's value. */
public enum ParamKind {
    /** A finite real in [min, max]. */
    REAL,
    /** true / false. */
    FLAG,
    /** One of a fixed set of words. */
    CHOICE,
    /** One non-negative weight per class, or null for all ones. */
    CLASS_WEIGHTS,
    /** A C×C matrix over classes (e.g. a distance or a forbidden-adjacency matrix); null = derived from C. */
    CLASS_MATRIX
}
