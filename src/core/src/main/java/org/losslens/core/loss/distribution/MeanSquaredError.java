package org.losslens.core.loss.distribution;

import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;

/**
 * Mean squared error between the sigmoid probability and the target:
 * L = mean((σ(x) − t)²), ∂L/∂x = 2(σ(x) − t)·σ(x)(1 − σ(x)) / N.
 * Its gradient vanishes on confidently wrong pixels (σ' → 0), unlike cross-entropy's.
 */
public final class MeanSquaredError implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("mse", Mode.BINARY, Family.DISTRIBUTION)
            .title("Mean squared error")
            .summary("Mean of (p − t)² on the sigmoid probability. Bounded, but its gradient fades on confidently "
                    + "wrong pixels, so it learns slowly from its worst mistakes.")
            .reference("torch.nn.functional.mse_loss(torch.sigmoid(x), t)")
            .softTargets()
            .factory(p -> new MeanSquaredError())
            .build();

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        int n = input.pixels();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = a.probability(i) - targetValues[i];
            sum += d * d;
            gradient[i] += scale * 2 * d * a.probability(i) * a.complement(i) / n;
        }
        return sum / n;
    }
}
