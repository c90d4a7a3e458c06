package org.losslens.core.loss.distribution;

import org.losslens.core.activation.Activations;
import org.losslens.core.activation.Elementwise;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Generalized cross-entropy, the L_q loss (Zhang & Sabuncu, "Generalized Cross Entropy Loss for
 * Training Deep Neural Networks with Noisy Labels", NeurIPS 2018, eq. 6):
 * <pre>
 *   L = mean_i( (1 − p_t^q) / q ),   p_t^q = exp(q·ln p_t)
 * </pre>
 * with ln p_t a log-sigmoid (binary, hard targets: p_t = σ(x) if t = 1 else 1 − σ(x)) or a
 * log-softmax (multiclass, p_t = softmax_y(x)), so it stays finite for saturated logits; 1 − p_t^q
 * is taken as −expm1(q·ln p_t). q → 0 tends to cross-entropy, q = 1 is the MAE-like 1 − p_t.
 * ∂L/∂x = −p_t^q·∂ln p_t/∂x: binary −p_t^q·(1 − p_t)·(2t − 1)/N, multiclass p_y^q(p_c − [c = y])/N.
 */
public final class GeneralizedCrossEntropy implements Loss {

    public static final LossSpec BINARY = spec(Mode.BINARY,
            "Zhang & Sabuncu 2018 (NeurIPS), L_q loss, eq. 6: mean((1 − p_t^q)/q), p_t^q = exp(−q·softplus(−x(2t − 1)))");

    public static final LossSpec MULTICLASS = spec(Mode.MULTICLASS,
            "Zhang & Sabuncu 2018 (NeurIPS), L_q loss, eq. 6: mean((1 − p_y^q)/q), p_y^q = exp(q·log_softmax_y(x))");

    private final double q;

    public GeneralizedCrossEntropy(double q) {
        this.q = q;
    }

    private static LossSpec spec(Mode mode, String reference) {
        return LossSpec.builder("generalized_ce", mode, Family.DISTRIBUTION)
                .title("Generalized cross-entropy (L_q)")
                .summary("(1 − p_t^q)/q: between cross-entropy (q → 0) and the bounded 1 − p_t (q = 1). Confidently "
                        + "wrong pixels get a small gradient, so noisy labels cannot dominate training.")
                .reference(reference)
                .param(ParamSpec.real("q", 0.7, 0.001, 1.0, ParamRole.NONE,
                        "exponent: small q behaves like cross-entropy, q = 1 like 1 − p_t, robust to label noise (paper: 0.7)"))
                .factory(p -> new GeneralizedCrossEntropy(p.real("q")))
                .build();
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        int channels = input.channels();
        boolean binary = input.mode() == Mode.BINARY;
        double[] targetValues = binary ? t.oneHotValues() : null;
        double step = scale / n;
        double sum = 0;
        // per tile: z = q·ln p_t gathered, then p_t^q = e^z and 1 − p_t^q = −expm1(z) in bulk (Elementwise)
        double[] powered = new double[Elementwise.TILE];
        double[] complement = new double[Elementwise.TILE];
        // multiclass: ln p at the labels only, not the C·H·W log-softmax
        double[] logOfLabel = binary ? null : a.logProbabilityAt(t::label);
        double[] logP = binary ? a.logProbabilityValues() : null;
        double[] logQ = binary ? a.logComplementValues() : null;
        // plain arrays, not per-element accessors (which were calls once C2's inlining budget had gone
        // to the bulk exp and expm1 of this method)
        double[] probability = a.probabilityValues();
        double[] complementOfP = binary ? a.complementValues() : null;
        int[] labels = binary ? null : t.labelValues();
        for (int start = 0; start < n; start += Elementwise.TILE) {
            int length = Math.min(Elementwise.TILE, n - start);
            for (int j = 0; j < length; j++) {
                int i = start + j;
                double logTrue = binary
                        ? (targetValues[i] == 1 ? logP[i] : logQ[i])
                        : logOfLabel[i];
                powered[j] = q * logTrue;
                complement[j] = q * logTrue;
            }
            Elementwise.exp(powered, 0, length);
            Elementwise.expm1(complement, 0, length);
            for (int j = 0; j < length; j++) {
                sum -= complement[j] / q;
            }
            if (binary) {
                for (int j = 0; j < length; j++) {
                    int i = start + j;
                    boolean positive = targetValues[i] == 1;
                    double missed = positive ? complementOfP[i] : probability[i];
                    gradient[i] += step * powered[j] * missed * (positive ? -1 : 1);
                }
                continue;
            }
            for (int c = 0; c < channels; c++) {
                for (int j = 0, k = c * n + start; j < length; j++, k++) {
                    int y = labels[start + j];
                    gradient[k] += step * powered[j] * (probability[k] - (c == y ? 1 : 0));
                }
            }
        }
        return sum / n;
    }
}
