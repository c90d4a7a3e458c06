package org.losslens.core.loss;

import java.util.Locale;

/**
 * The four families in which the segmentation-loss surveys group losses (Ma et al., "Loss odyssey in
 * medical image segmentation", 2021; Jadon, 2020).
 */
public enum Family {
    /** Per-pixel likelihood losses: cross-entropy and its weighted, focal and top-k variants. */
    DISTRIBUTION,
    /** Overlap between predicted and true regions: Dice, IoU, Tversky and their relatives. */
    REGION,
    /** Distances to, or shape of, the boundary: boundary, Hausdorff, active contour. */
    BOUNDARY,
    /** Weighted sums of losses from the other families. */
    COMPOUND;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
