package org.losslens.core.loss.distribution;

import org.losslens.core.activation.Activations;
import org.losslens.core.activation.LogSoftmax;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.tensor.Tensor;

/**
 * Multiclass focal loss as MONAI's {@code softmax_focal_loss} (Lin et al. 2017, eq. 5 with softmax):
 * for each channel c and pixel i, ℓ = −α_c·(1 − p_c)^γ·ln p_c·t_c with α_0 = 1 − α and α_c = α for
 * c ≥ 1; L = mean over ALL channel × pixel entries (the zero entries of other classes included).
 *
 * <p>include_background = false follows MONAI: channel 0 of the LOGITS is dropped before the softmax
 * (the softmax runs over channels 1..C−1), α is ignored, and background pixels contribute nothing.
 *
 * <p>Gradient: with z = ln p_c of the true class and q = 1 − p_c = −expm1(z),
 * ∂ℓ/∂z = −α_c·(q^γ − γ·p_c·q^γ·(z/q)), and ∂z/∂x_j = [j = c] − p_j. Writing q^(γ−1) as
 * q^γ·(1/q) with z/q → −1 as q → 0 keeps it finite for γ &lt; 1 and p_c = 1.
 */
public final class SoftmaxFocal implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("focal", Mode.MULTICLASS, Family.DISTRIBUTION)
            .title("Focal loss")
            .summary("Softmax cross-entropy scaled by (1 − p_true)^γ, so confident correct pixels fade out; α weights "
                    + "foreground classes against the background.")
            .reference("Lin et al. 2017; MONAI FocalLoss(use_softmax=True, to_onehot_y=True)")
            .param(CommonParams.focalGamma())
            .param(CommonParams.focalAlpha())
            .param(CommonParams.includeBackground())
            .factory(p -> new SoftmaxFocal(p.real("gamma"), p.real("alpha"), p.flag("include_background")))
            .build();

    private final double gamma;
    private final double alpha;
    private final boolean includeBackground;

    public SoftmaxFocal(double gamma, double alpha, boolean includeBackground) {
        this.gamma = gamma;
        this.alpha = alpha;
        this.includeBackground = includeBackground;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        return includeBackground ? allChannels(input, scale, gradient) : foregroundChannels(input, scale, gradient);
    }

    /**
     * include_background: the shared softmax over all channels is exactly what is needed, so the pass
     * runs channel by channel over contiguous pixels (the channel-strided per-pixel loop blocks
     * vectorisation): q = Σ_{c≠y} p_c accumulated per channel in ascending c (the per-pixel order, so the
     * same sums), then the pixel terms, then the gradient channel by channel. One input-sized array,
     * holding q and then step·∂ℓ/∂z.
     */
    private double allChannels(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        int channels = input.channels();
        double step = scale / ((double) channels * n);
        double[] perPixel = new double[n];
        for (int c = 0; c < channels; c++) {
            for (int i = 0, k = c * n; i < n; i++, k++) {
                // adding +0.0 to a non-negative sum leaves it unchanged: the same q as skipping c = y
                perPixel[i] += t.label(i) != c ? a.probability(k) : 0.0;
            }
        }
        double sum = 0;
        double[] logOfAll = a.logProbabilityValues();
        for (int i = 0; i < n; i++) {
            int y = t.label(i);
            double z = logOfAll[y * n + i];
            double p = a.probability(y * n + i);
            double q = perPixel[i];
            double classWeight = y == 0 ? 1 - alpha : alpha;
            double focus = SigmoidFocal.power(q, gamma);
            sum -= classWeight * focus * z;
            double zOverQ = q == 0 ? -1.0 : z / q;
            double dz = -classWeight * (focus - gamma * p * focus * zOverQ);
            // negated: (−w)·(p − t) is exactly w·(t − p), the chain rule ∂z/∂x_c = [c = y] − p_c
            perPixel[i] = -(step * dz);
        }
        a.addWeightedResidual(0, n, perPixel, t.labelValues(), gradient);
        return sum / ((double) channels * n);
    }

    /** Without the background channel: the log-softmax over channels 1..C−1 per pixel. */
    private double foregroundChannels(LossInput input, double scale, double[] gradient) {
        Tensor logits = input.activations().logits();
        Target t = input.target();
        int n = input.pixels();
        int first = includeBackground ? 0 : 1;
        int channels = input.channels();
        int considered = channels - first;
        double step = scale / ((double) considered * n);
        double[] logP = new double[considered];
        double[] prob = new double[considered];
        Activations shared = input.activations();
        // the shared log-softmax is read only with the background included
        double[] sharedLogP = includeBackground ? shared.logProbabilityValues() : null;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int y = t.label(i);
            if (y < first) {
                continue;
            }
            if (includeBackground) {
                // the shared softmax over all channels is exactly what is needed
                for (int c = 0; c < channels; c++) {
                    logP[c] = sharedLogP[c * n + i];
                    prob[c] = shared.probability(c * n + i);
                }
            } else {
                LogSoftmax.ofPixel(logits, n, i, first, channels, logP);
                for (int c = 0; c < considered; c++) {
                    prob[c] = Math.exp(logP[c]);
                }
            }
            double z = logP[y - first];
            double p = prob[y - first];
            // 1 − p_t as the sum of the other classes' probabilities: no expm1 per pixel, and no
            // cancellation where p_t is close to 1
            double q = 0;
            for (int c = 0; c < considered; c++) {
                if (c != y - first) {
                    q += prob[c];
                }
            }
            double classWeight = includeBackground ? (y == 0 ? 1 - alpha : alpha) : 1.0;
            double focus = SigmoidFocal.power(q, gamma);
            sum -= classWeight * focus * z;
            double zOverQ = q == 0 ? -1.0 : z / q;
            double dz = -classWeight * (focus - gamma * p * focus * zOverQ);
            for (int c = first; c < channels; c++) {
                gradient[c * n + i] += step * dz * ((c == y ? 1 : 0) - prob[c - first]);
            }
        }
        return sum / ((double) considered * n);
    }
}
