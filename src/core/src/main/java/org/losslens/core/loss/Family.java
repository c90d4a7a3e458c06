package org.losslens.core.loss;

import java.util.Locale;

/**
 * The four families in which the segmentation-loss surveys group losses (Ma et al., "Loss odyssey in
 * medical image segmentation", 2021; Jadon, 2020), and a fifth for the skeleton-based topology losses
 * that came after them.
 */
public enum Family {
    /** Per-pixel likelihood losses: cross-entropy and its weighted, focal and top-k variants. */
    DISTRIBUTION,
    /** Overlap between predicted and true regions: Dice, IoU, Tversky and their relatives. */
    REGION,
    /** Distances to, or shape of, the boundary: boundary, Hausdorff, active contour. */
    BOUNDARY,
    /** Weighted sums of losses from the other families. */
    COMPOUND,
    /**
     * Topology of thin structures: the overlap of skeletons (clDice, Shit et al. 2021; skeleton recall,
     * Kirchhoff et al. 2024), so that a one-pixel break in a vessel costs more than its area.
     */
    TOPOLOGY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
