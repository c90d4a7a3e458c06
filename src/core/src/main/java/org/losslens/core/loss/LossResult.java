package org.losslens.core.loss;

import org.losslens.core.tensor.Tensor;

/** A loss value and its gradient ∂L/∂logits, of the logits' shape. */
public record LossResult(double value, Tensor gradient) {
}
