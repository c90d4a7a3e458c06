package org.losslens.core.loss.distribution;

import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.activation.Sigmoid;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Sigmoid focal loss (Lin et al. 2017, eq. 5) exactly as MONAI's {@code sigmoid_focal_loss}: for each
 * entry of a channel c ≥ {@code firstChannel} and its (one-hot) target t,
 * <pre>
 *   bce = x − x·t − ln σ(x)                      (binary cross-entropy with logits)
 *   m   = exp(γ·ln σ(−x(2t − 1)))                (= (1 − p_t)^γ, also for soft t)
 *   ℓ   = a·m·bce,   a = α·t + (1 − α)(1 − t)    (a = 1 without α)
 * </pre>
 * and L = the mean of ℓ over all considered entries. With s = 2t − 1:
 * ∂ℓ/∂x = a·m·( σ(x) − t − γ·s·σ(x·s)·bce ).
 *
 * <p>Binary focal is this over the single channel; MONAI's GeneralizedDiceFocalLoss uses it, without
 * α, on every (or every foreground) channel of multiclass logits.
 */
public final class SigmoidFocal implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("focal", Mode.BINARY, Family.DISTRIBUTION)
            .title("Focal loss")
            .summary("Cross-entropy scaled by (1 − p_t)^γ: easy, well-classified pixels fade out and the hard ones "
                    + "dominate; α re-weights foreground against background.")
            .reference("Lin et al. 2017, 'Focal loss for dense object detection'; MONAI FocalLoss (sigmoid)")
            .softTargets()
            .param(CommonParams.focalGamma())
            .param(CommonParams.focalAlpha())
            .factory(p -> new SigmoidFocal(p.real("gamma"), p.real("alpha"), 0))
            .build();

    /**
     * σ of every logit of a multiclass prediction, as binary activations over a (1, C·H, W) view of the
     * logits, so flat indices are the same. Computed once per prediction: a parameter move then needs
     * no transcendental function, and the log-terms come from the shared activations' fast path.
     */
    private static final Function<Activations, Activations> CHANNEL_SIGMOIDS = a -> {
        Shape s = a.shape();
        return Activations.sigmoid(Tensor.of(new Shape(1, s.channels() * s.height(), s.width()), a.logits().toArray()));
    };

    private final double gamma;
    private final Double alpha;
    private final int firstChannel;

    /**
     * @param alpha        foreground weight, or null for no class weighting
     * @param firstChannel 0 to score every channel, 1 to skip the background channel
     */
    public SigmoidFocal(double gamma, Double alpha, int firstChannel) {
        this.gamma = gamma;
        this.alpha = alpha;
        this.firstChannel = firstChannel;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Tensor logits = input.activations().logits();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        int n = input.pixels();
        int first = input.channels() > 1 ? firstChannel : 0;
        int entries = (input.channels() - first) * n;
        double sum = 0;
        double step = scale / entries;
        // multiclass (generalized_dice_focal): the sigmoid of every channel's logit, cached per prediction
        Activations shared = input.activations().isSigmoid() ? input.activations()
                : input.activations().derived(CHANNEL_SIGMOIDS);
        // fetched before the loop (see Activations.logProbabilityValues); a target without a single
        // 0 or 1 never reads them, a rare case that then pays one log pass it does not need
        double[] logP = shared != null ? shared.logProbabilityValues() : null;
        double[] logQ = shared != null ? shared.logComplementValues() : null;
        for (int k = first * n; k < input.channels() * n; k++) {
            double x = logits.get(k);
            double tk = targetValues[k];
            if (shared != null && (tk == 1 || tk == 0)) {
                // hard target: the shared (or cached channel) activations already hold σ(±x) and ln σ(±x),
                // so the focal term needs no transcendental function for the common γ ∈ {0, 1, 2}
                boolean positive = tk == 1;
                double p = shared.probability(k);
                double pt = positive ? p : shared.complement(k);
                double missed = positive ? shared.complement(k) : p;
                double bce = -(positive ? logP[k] : logQ[k]);
                double modulator = power(missed, gamma);
                double weight = alpha == null ? 1 : positive ? alpha : 1 - alpha;
                sum += weight * modulator * bce;
                gradient[k] += step * weight * modulator * (p - tk - gamma * (2 * tk - 1) * pt * bce);
                continue;
            }
            double s = 2 * tk - 1;
            // one exponential serves softplus(x), σ(x) and, for hard targets, 1 − p_t and p_t
            double e = Math.exp(-Math.abs(x));
            double softplus = Math.max(x, 0.0) + Sigmoid.log1p(e);
            double p = x >= 0 ? 1 / (1 + e) : e / (1 + e);
            double bce = softplus - x * tk;
            double modulator;
            double ptTimesS;
            if (tk == 1 || tk == 0) {
                // 1 − p_t = σ(−x·s) and p_t = σ(x·s), both from the same e without cancellation:
                // the larger of the two is 1/(1 + e), the smaller e/(1 + e)
                boolean agrees = (x >= 0) == (tk == 1);
                double large = 1 / (1 + e);
                double small = e * large;
                modulator = power(agrees ? small : large, gamma);
                ptTimesS = s * (agrees ? large : small);
            } else {
                modulator = Math.exp(gamma * Sigmoid.logSigmoid(-x * s));
                ptTimesS = s * Sigmoid.sigmoid(x * s);
            }
            double weight = alpha == null ? 1 : alpha * tk + (1 - alpha) * (1 - tk);
            sum += weight * modulator * bce;
            // ∂ℓ/∂x = a·m·(σ(x) − t − γ·s·σ(x·s)·bce)
            gradient[k] += step * weight * modulator * (p - tk - gamma * ptTimesS * bce);
        }
        return sum / entries;
    }

    /** q^γ, with the common integer exponents as products (γ = 0 gives 1, also for q = 0). */
    static double power(double q, double gamma) {
        if (gamma == 0) {
            return 1;
        }
        if (gamma == 1) {
            return q;
        }
        if (gamma == 2) {
            return q * q;
        }
        return Math.pow(q, gamma);
    }
}
