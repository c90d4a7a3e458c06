package org.losslens.core.loss.distribution;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
 * Neighbour-aware calibration loss (Murugesan et al., "Trust your neighbours: Penalty-based constraints
 * for model calibration", MICCAI 2023, eq. 6), as MONAI's {@code NACLLoss(dim=2)} with the mean kernel:
 * <pre>
 *   L = CE(x, y) + α · mean over all C·H·W entries of |U − x|  (l1)  or  (U − x)²  (l2)
 * </pre>
 * where x are the RAW LOGITS and U = the k×k mean filter of one_hot(y) with zero padding ('same'; a
 * border window still divides by k²). U is a constant, computed once per target and kernel size;
 * ∂|U − x|/∂x = sign(x − U) (0 at a tie, as PyTorch), ∂(U − x)²/∂x = 2(x − U).
 */
public final class NeighbourAwareCalibration implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("nacl", Mode.MULTICLASS, Family.DISTRIBUTION)
            .title("Neighbour-aware calibration loss (NACL)")
            .summary("Cross-entropy plus a penalty pulling each raw logit toward the share of its class among the "
                    + "k×k neighbours in the GT: confident logits inside an object are fine, over-confident ones near "
                    + "boundaries are pulled back, which calibrates the probabilities.")
            .reference("Murugesan et al. 2023 (MICCAI), eq. 6; MONAI NACLLoss(classes=C, dim=2, kernel_ops='mean') "
                    + "with the mean kernel exactly 1/k²")
            .gradientNote("The smoothed one-hot target U is a constant; the penalty acts on the logits directly "
                    + "(sign(x − U) for l1, 2(x − U) for l2, times α/(C·H·W)), the cross-entropy through the softmax.")
            .param(ParamSpec.whole("kernel_size", 3, 1, 9, ParamRole.NONE,
                    "side k of the mean filter that turns the one-hot GT into the target U of the logits (odd)"))
            .param(ParamSpec.choice("kernel_ops", "mean", List.of("mean"),
                    "the filter that smooths the one-hot GT (MONAI's 'gaussian' is not supported)"))
            .param(ParamSpec.choice("distance_type", "l1", List.of("l1", "l2"),
                    "penalty on U − x: absolute value (l1) or square (l2)"))
            .param(ParamSpec.real("alpha", 0.1, 0, 10, ParamRole.ALPHA,
                    "weight of the logit penalty; α = 0 is plain cross-entropy"))
            .factory(p -> new NeighbourAwareCalibration(p.whole("kernel_size"), "l2".equals(p.choice("distance_type")),
                    p.real("alpha")))
            .build();

    /** Per target: kernel size → U, the mean-filtered one-hot target (C·H·W). */
    private static final Function<Target, Map<Integer, double[]>> SMOOTHED = t -> new ConcurrentHashMap<>();

    private final int kernelSize;
    private final boolean squared;
    private final double alpha;

    public NeighbourAwareCalibration(int kernelSize, boolean squared, double alpha) {
        if (kernelSize < 1 || kernelSize % 2 == 0) {
            throw new IllegalArgumentException("nacl: parameter 'kernel_size' = " + kernelSize + " must be odd");
        }
        this.kernelSize = kernelSize;
        this.squared = squared;
        this.alpha = alpha;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        int channels = input.channels();
        double[] u = t.derived(SMOOTHED).computeIfAbsent(kernelSize, k -> smoothedOneHot(t, k));
        double crossEntropy = 0;
        double penalty = 0;
        double ceStep = scale / n;
        double penaltyStep = scale * alpha / ((double) n * channels);
        // Tiles of pixels: the gradient and the penalty terms channel by channel over contiguous pixels
        // (the layout is C × H·W; a per-pixel loop over channels strode by H·W through four C·H·W
        // arrays), then the sums in the per-pixel order of the formula from an L1-sized scratch buffer,
        // so the value is the same number as the plain double loop's.
        int tile = Math.min(Elementwise.TILE, n);
        double[] terms = new double[channels * tile];
        double[] logProbabilityOfLabel = a.logProbabilityAt(t::label);
        for (int start = 0; start < n; start += tile) {
            int length = Math.min(tile, n - start);
            for (int c = 0; c < channels; c++) {
                for (int i = 0, k = c * n + start, j = c * tile; i < length; i++, k++, j++) {
                    double difference = a.logit(k) - u[k];
                    terms[j] = squared ? difference * difference : Math.abs(difference);
                    gradient[k] += ceStep * (a.probability(k) - (t.label(start + i) == c ? 1 : 0))
                            + penaltyStep * (squared ? 2 * difference : Math.signum(difference));
                }
            }
            for (int i = 0; i < length; i++) {
                int pixel = start + i;
                crossEntropy -= logProbabilityOfLabel[pixel];
                for (int c = 0; c < channels; c++) {
                    penalty += terms[c * tile + i];
                }
            }
        }
        return crossEntropy / n + alpha * penalty / ((double) n * channels);
    }

    /**
     * U = k×k box sum of one_hot(y) with zero padding, divided by k². The box sum is separable and
     * counted exactly in integers: per class, a running window count along each row, then a running
     * sum of those counts down the rows — O(C·H·W) whatever k (the direct k² sum per pixel and class
     * cost ~5 ms at 256², C = 4, on every new target). Same numbers as the direct count.
     */
    private static double[] smoothedOneHot(Target t, int k) {
        int h = t.height();
        int w = t.width();
        int n = h * w;
        int r = k / 2;
        double area = (double) k * k;
        double[] u = new double[t.classes() * n];
        int[] rowCounts = new int[n];
        int[] window = new int[w];
        for (int c = 0; c < t.classes(); c++) {
            for (int row = 0; row < h; row++) {
                int base = row * w;
                int count = 0;
                for (int col = 0; col <= Math.min(r, w - 1); col++) {
                    count += t.label(base + col) == c ? 1 : 0;
                }
                for (int col = 0; col < w; col++) {
                    rowCounts[base + col] = count;
                    if (col + r + 1 < w && t.label(base + col + r + 1) == c) {
                        count++;
                    }
                    if (col - r >= 0 && t.label(base + col - r) == c) {
                        count--;
                    }
                }
            }
            Arrays.fill(window, 0);
            for (int row = 0; row <= Math.min(r, h - 1); row++) {
                for (int col = 0; col < w; col++) {
                    window[col] += rowCounts[row * w + col];
                }
            }
            for (int row = 0; row < h; row++) {
                int out = c * n + row * w;
                for (int col = 0; col < w; col++) {
                    u[out + col] = window[col] / area;
                }
                int entering = row + r + 1;
                int leaving = row - r;
                if (entering < h) {
                    for (int col = 0; col < w; col++) {
                        window[col] += rowCounts[entering * w + col];
                    }
                }
                if (leaving >= 0) {
                    for (int col = 0; col < w; col++) {
                        window[col] -= rowCounts[leaving * w + col];
                    }
                }
            }
        }
        return u;
    }
}
