package org.losslens.core.loss;

import java.util.function.DoubleUnaryOperator;

/**
 * A loss f(L) of another loss L, with ∂f(L)/∂x = f'(L)·∂L/∂x — e.g. focal Tversky (L^γ) or
 * log-cosh Dice (ln cosh L).
 */
public final class ScalarTransform implements Loss {

    private final Loss inner;
    private final DoubleUnaryOperator function;
    private final DoubleUnaryOperator derivative;

    public ScalarTransform(Loss inner, DoubleUnaryOperator function, DoubleUnaryOperator derivative) {
        this.inner = inner;
        this.function = function;
        this.derivative = derivative;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        double[] innerGradient = new double[gradient.length];
        double value = inner.accumulate(input, 1.0, innerGradient);
        double slope = scale * derivative.applyAsDouble(value);
        if (slope != 0) {
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] += slope * innerGradient[k];
            }
        }
        return function.applyAsDouble(value);
    }
}
