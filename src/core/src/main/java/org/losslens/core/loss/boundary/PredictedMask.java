package org.losslens.core.loss.boundary;

import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.geometry.Mask;

/**
 * The thresholded prediction p &gt; 0.5 (binary) that the Hausdorff and shape-aware losses measure,
 * computed once per prediction and shared through {@link Activations#derived}. The threshold is a
 * constant for the gradient, as in the reference.
 */
final class PredictedMask {

    private static final Function<Activations, Mask> THRESHOLDED =
            a -> Mask.above(a.shape().height(), a.shape().width(), a.probabilityValues(), 0, 0.5);

    private PredictedMask() {
    }

    static Mask of(Activations a) {
        return a.derived(THRESHOLDED);
    }
}
