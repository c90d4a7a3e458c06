package org.losslens.core.loss;

import org.losslens.core.tensor.Tensor;

/**
 * A segmentation loss with its parameters bound. One pass computes the value and the exact
 * analytic gradient with respect to the logits (never by numerical differentiation).
 */
public interface Loss {

    /**
     * Computes the loss, adds {@code scale}·∂L/∂logits into {@code gradient} (length C·H·W, row-major
     * channel, row, column) and returns the value L (unscaled). Adding rather than overwriting lets a
     * compound loss sum its terms into one array without temporaries.
     */
    double accumulate(LossInput input, double scale, double[] gradient);

    /** The value and a fresh gradient tensor. */
    default LossResult evaluate(LossInput input) {
        double[] gradient = new double[input.shape().size()];
        double value = accumulate(input, 1.0, gradient);
        return new LossResult(value, Tensor.adopt(input.shape(), gradient));
    }
}
