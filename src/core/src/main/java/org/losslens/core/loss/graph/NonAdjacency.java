package org.losslens.core.loss.graph;

import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ClassMatrices;
import org.losslens.core.loss.param.InvalidParameterException;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Non-adjacency loss (Ganaye et al. 2019, "Removing segmentation inconsistencies with semi-supervised
 * non-adjacency constraint", Medical Image Analysis, eq. 3–5), as trypag/NonAdjLoss's
 * {@code AdjacencyEstimator} on softmax probabilities. With p_j the softmax map of class j and
 * B the 3×3 box mean with zero padding (B(p)(x) = Σ of p over the 3×3 neighbourhood of x inside the
 * image, divided by 9 — the pixel itself included):
 * <pre>
 *   A[i][j] = Σ_x p_i(x)·B(p_j)(x) / (H·W)        (soft adjacency graph of the prediction)
 *   L       = λ·Σ_{i,j} F[i][j]·A[i][j] / #{F &gt; 0}
 * </pre>
 * F is the 0/1 matrix of forbidden class pairs (symmetric, zero diagonal); null means every pair of
 * distinct foreground classes (the background may touch anything). B is symmetric (zero padding),
 * so ∂L/∂p_c(x) = λ/(#{F &gt; 0}·H·W)·Σ_j (F[c][j] + F[j][c])·B(p_j)(x), then through the softmax.
 * F is a constant. If F has no forbidden pair (e.g. the default for C = 2) the loss is 0 with zero
 * gradient, where the reference would divide 0 by 0.
 */
public final class NonAdjacency implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("non_adjacency", Mode.MULTICLASS, Family.BOUNDARY)
            .title("Non-adjacency loss")
            .summary("Penalises probability mass of forbidden class pairs lying next to each other: the soft "
                    + "adjacency graph of the prediction (each class's probability times its neighbours' 3×3 mean "
                    + "of the other class) is summed over the forbidden pairs.")
            .reference("Ganaye et al. 2019, MedIA; trypag/NonAdjLoss AdjacencyEstimator")
            .gradientNote("the forbidden-pair matrix F is a constant; no ground truth enters the loss, which "
                    + "only looks at the prediction")
            .param(ParamSpec.classMatrix("forbidden", "1 for pairs of distinct foreground classes",
                    "C×C 0/1 matrix of class pairs that must not touch (symmetric, zero diagonal)"))
            .param(ParamSpec.real("lambda", 1.0, 0, 100, ParamRole.NONE, "weight λ of the penalty"))
            .factory(p -> new NonAdjacency(p.classMatrix("forbidden"), p.real("lambda")))
            .build();

    private static final String MATRIX = "forbidden";

    /** The forbidden pairs, or null for "distinct foreground classes" of the input's C. */
    private final double[][] forbidden;
    private final double lambda;

    /**
     * @param forbidden C×C 0/1 matrix, or null for every pair of distinct foreground classes
     * @throws InvalidParameterException if the matrix is not square, symmetric, zero-diagonal and 0/1
     */
    public NonAdjacency(double[][] forbidden, double lambda) {
        this.forbidden = forbidden == null ? null : ClassMatrices.requireSymmetricBinary(MATRIX, forbidden);
        this.lambda = lambda;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        int channels = input.channels();
        int n = input.pixels();
        double[][] f = forbidden == null ? ClassMatrices.distinctForegroundPairs(channels) : forbidden;
        ClassMatrices.requireClasses(MATRIX, f, channels);
        int pairs = 0;
        for (double[] row : f) {
            for (double v : row) {
                if (v > 0) {
                    pairs++;
                }
            }
        }
        if (pairs == 0) {
            return 0;
        }
        double[] box = a.derived(BOX_MEANS);
        double norm = 1.0 / ((double) pairs * n);
        double sum = 0;
        double[] dLossDProbability = new double[channels * n];
        double[] adjacency = new double[channels];
        for (int i = 0; i < channels; i++) {
            adjacencies(a, box, i, f[i], n, adjacency);
            for (int j = 0; j < channels; j++) {
                double weight = f[i][j] + f[j][i];
                if (f[i][j] != 0) {
                    sum += f[i][j] * adjacency[j];
                }
                if (weight != 0) {
                    for (int x = 0; x < n; x++) {
                        dLossDProbability[i * n + x] += lambda * norm * weight * box[j * n + x];
                    }
                }
            }
        }
        a.backpropagate(dLossDProbability, scale, gradient);
        return lambda * sum * norm;
    }

    /**
     * adjacency[j] = Σ_x p_i(x)·B(p_j)(x) for every j with forbidden[j] ≠ 0, up to four j per pass over
     * the pixels: each sum still adds its terms in pixel order (the same numbers), but up to four
     * independent running sums keep the adder busy where one sum was a chain of dependent additions.
     */
    private static void adjacencies(Activations a, double[] box, int i, double[] forbidden, int n,
                                    double[] adjacency) {
        int[] scored = new int[forbidden.length];
        int count = 0;
        for (int j = 0; j < forbidden.length; j++) {
            if (forbidden[j] != 0) {
                scored[count++] = j;
            }
        }
        int offset = i * n;
        for (int g = 0; g < count; g += 4) {
            // a group of fewer than four repeats its last class: the repeated sums are the same number
            int b0 = scored[g] * n;
            int b1 = scored[Math.min(g + 1, count - 1)] * n;
            int b2 = scored[Math.min(g + 2, count - 1)] * n;
            int b3 = scored[Math.min(g + 3, count - 1)] * n;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int x = 0; x < n; x++) {
                double p = a.probability(offset + x);
                s0 += p * box[b0 + x];
                s1 += p * box[b1 + x];
                s2 += p * box[b2 + x];
                s3 += p * box[b3 + x];
            }
            double[] sums = {s0, s1, s2, s3};
            for (int m = 0; m < 4 && g + m < count; m++) {
                adjacency[scored[g + m]] = sums[m];
            }
        }
    }

    /**
     * B(p_c) of every channel, a fact of the prediction alone: computed once per prediction and then
     * read (never written) by every call, so a move of λ or of the matrix costs no box filter.
     */
    private static final Function<Activations, double[]> BOX_MEANS =
            a -> boxMeans(a, a.shape().channels(), a.shape().height(), a.shape().width());

    /**
     * B(p_c) for every channel: 3×3 sums with zero padding, divided by 9. The box is separable, so
     * each channel takes a horizontal 3-sum per row and then a vertical 3-sum of those — 4 additions
     * per pixel instead of 8, with no bounds tests inside the rows.
     */
    private static double[] boxMeans(Activations a, int channels, int height, int width) {
        int n = height * width;
        double[] out = new double[channels * n];
        double[] rows = new double[n];
        for (int c = 0; c < channels; c++) {
            int base = c * n;
            for (int r = 0; r < height; r++) {
                int row = r * width;
                for (int col = 0; col < width; col++) {
                    double s = a.probability(base + row + col);
                    if (col > 0) {
                        s += a.probability(base + row + col - 1);
                    }
                    if (col + 1 < width) {
                        s += a.probability(base + row + col + 1);
                    }
                    rows[row + col] = s;
                }
            }
            for (int r = 0; r < height; r++) {
                int row = r * width;
                for (int col = 0; col < width; col++) {
                    double s = rows[row + col];
                    if (r > 0) {
                        s += rows[row - width + col];
                    }
                    if (r + 1 < height) {
                        s += rows[row + width + col];
                    }
                    out[base + row + col] = s / 9;
                }
            }
        }
        return out;
    }
}
