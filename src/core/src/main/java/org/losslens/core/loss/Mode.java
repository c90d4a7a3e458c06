package org.losslens.core.loss;

import java.util.Locale;

/**
 * How logits become probabilities, and what the target is.
 * <ul>
 *   <li>{@link #BINARY}: one logit channel, sigmoid; targets in [0, 1] (soft only where a loss allows).</li>
 *   <li>{@link #MULTICLASS}: C ≥ 2 logit channels, softmax over channels; targets are labels 0..C−1,
 *       0 being the background.</li>
 * </ul>
 */
public enum Mode {
    BINARY,
    MULTICLASS;

    /** The lower-case name used by the catalogue and the JSONL contract. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "binary" or "multiclass". */
    public static Mode fromId(String id) {
        for (Mode m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + id + "' (expected binary or multiclass)");
    }
}
