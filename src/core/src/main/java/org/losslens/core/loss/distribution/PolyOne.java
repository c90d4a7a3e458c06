package org.losslens.core.loss.distribution;

import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Poly-1 loss (Leng et al., "PolyLoss: A Polynomial Expansion Perspective of Classification Loss
 * Functions", ICLR 2022, eq. 3): cross-entropy plus ε times its first polynomial term,
 * <pre>
 *   L = mean_i( −ln p_t + ε·(1 − p_t) )
 * </pre>
 * Binary: −ln p_t = BCEWithLogits(x, t) and p_t = t·σ(x) + (1 − t)(1 − σ(x)) (the paper's listing on
 * the 2-class softmax of [0, x]; soft targets use the same formula), so
 * ∂L/∂x = (σ − t + ε(1 − 2t)σ(1 − σ))/N. Multiclass: p_t = softmax_y(x), ∂L/∂x_c = (p_c − [c = y])(1 + ε·p_y)/N.
 */
public final class PolyOne implements Loss {

    public static final LossSpec BINARY = spec(Mode.BINARY,
            "Leng et al. 2022 (ICLR), Poly-1, eq. 3: mean(BCE + ε(1 − p_t)), p_t = t·σ(x) + (1 − t)(1 − σ(x))");

    public static final LossSpec MULTICLASS = spec(Mode.MULTICLASS,
            "Leng et al. 2022 (ICLR), Poly-1, eq. 3: mean(CE + ε(1 − p_y)), p = softmax(x)");

    private final double epsilon;

    public PolyOne(double epsilon) {
        this.epsilon = epsilon;
    }

    private static LossSpec spec(Mode mode, String reference) {
        LossSpec.Builder b = LossSpec.builder("poly1", mode, Family.DISTRIBUTION)
                .title("Poly-1 loss")
                .summary("Cross-entropy + ε·(1 − p_t): ε > 0 adds a constant push on every pixel, confident ones "
                        + "included, ε < 0 weakens it (ε = 0 is cross-entropy).")
                .reference(reference)
                .param(ParamSpec.real("epsilon", 1.0, -1.0, 10.0, ParamRole.NONE,
                        "weight of the first polynomial term (1 − p_t); ε ≥ −1 keeps the loss decreasing in p_t"))
                .factory(p -> new PolyOne(p.real("epsilon")));
        if (mode == Mode.BINARY) {
            b.softTargets();
        }
        return b.build();
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        double step = scale / n;
        double sum = 0;
        if (input.mode() == Mode.BINARY) {
            double[] targetValues = t.oneHotValues();
            double[] logP = a.logProbabilityValues();
            double[] logQ = a.logComplementValues();
            for (int i = 0; i < n; i++) {
                double ti = targetValues[i];
                double p = a.probability(i);
                double q = a.complement(i);
                double miss = ti * q + (1 - ti) * p;
                sum += -(ti * logP[i] + (1 - ti) * logQ[i]) + epsilon * miss;
                gradient[i] += step * ((1 - ti) * p - ti * q + epsilon * (1 - 2 * ti) * p * q);
            }
            return sum / n;
        }
        int channels = input.channels();
        // ln p at the labels only, not the C·H·W log-softmax
        double[] logOfLabel = a.logProbabilityAt(t::label);
        for (int i = 0; i < n; i++) {
            int y = t.label(i);
            double py = a.probability(y * n + i);
            sum += -logOfLabel[i] + epsilon * (1 - py);
            double factor = step * (1 + epsilon * py);
            for (int c = 0; c < channels; c++) {
                int k = c * n + i;
                gradient[k] += factor * (a.probability(k) - (c == y ? 1 : 0));
            }
        }
        return sum / n;
    }
}
