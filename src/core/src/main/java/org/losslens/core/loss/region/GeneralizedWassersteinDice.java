package org.losslens.core.loss.region;

import java.util.List;
import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ClassMatrices;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.loss.param.InvalidParameterException;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Generalised Wasserstein Dice loss (Fidon et al. 2017, "Generalised Wasserstein Dice Score for
 * imbalanced multi-class segmentation using holistic convolutional networks", eq. 6–9), as MONAI's
 * GeneralizedWassersteinDiceLoss. With M the distance matrix between classes (divided by its largest
 * entry unless that is 1, as MONAI does), y_i the label and p_i the softmax probabilities of pixel i:
 * <pre>
 *   W_i = Σ_c M[y_i][c]·p_c,i                 (Wasserstein distance of p_i to the label, eq. 6)
 *   TP  = Σ_i α_{y_i}·(1 − W_i)
 *   D   = 2·TP + Σ_i W_i                       (weighting_mode "default": α = 0 for class 0, 1 otherwise)
 *   D   = Σ_i α_{y_i}·(2 − W_i)                (weighting_mode "GDL": α_c = 1/(|class c| + 1))
 *   L   = 1 − (2·TP + smooth_nr)/(D + smooth_dr)
 * </pre>
 * The weights α come from the ground truth only and are constants for the gradient;
 * ∂L/∂W_i = (2α_{y_i} + R·∂D/∂W_i)/(D + smooth_dr) with R the ratio and ∂D/∂W_i = 1 − 2α_{y_i}
 * (default) or −α_{y_i} (GDL); ∂W_i/∂p_c,i = M[y_i][c]; then through the softmax.
 * A null matrix means 1 − identity (every confusion costs 1, the loss then resembles a generalised
 * Dice). An all-zero matrix is rejected (MONAI would divide by its maximum, 0). If the denominator
 * is exactly 0 (smooth_dr = 0, only background, a perfect prediction) the loss is 0 with zero
 * gradient rather than 0/0.
 */
public final class GeneralizedWassersteinDice implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("generalized_wasserstein_dice", Mode.MULTICLASS,
                    Family.REGION)
            .title("Generalised Wasserstein Dice")
            .summary("Dice generalised with a distance matrix between classes: each pixel's error is the expected "
                    + "distance from the predicted class distribution to the true class, so confusing two similar "
                    + "classes costs less than confusing dissimilar ones.")
            .reference("Fidon et al. 2017, eq. 6–9; MONAI GeneralizedWassersteinDiceLoss")
            .gradientNote("the class weights α (0 for background and 1 otherwise, or 1/(volume + 1) with GDL "
                    + "weighting) come from the ground truth only and are constants; the distance matrix is a "
                    + "constant")
            .param(ParamSpec.classMatrix("dist_matrix", "1 - identity",
                    "C×C distances between classes (symmetric, zero diagonal, non-negative, background = class 0); "
                            + "divided by its largest entry"))
            .param(ParamSpec.choice("weighting_mode", "default", List.of("default", "GDL"),
                    "class weighting: 'default' (Fidon: background 0, foreground 1) or 'GDL' (1/(volume + 1), "
                            + "also in the denominator)"))
            .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
            .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
            .factory(p -> new GeneralizedWassersteinDice(p.classMatrix("dist_matrix"),
                    p.choice("weighting_mode").equals("GDL"), p.real("smooth_nr"), p.real("smooth_dr")))
            .build();

    private static final String MATRIX = "dist_matrix";

    /** The normalised matrix, or null for 1 − identity of the input's C. */
    private final double[][] distances;
    private final boolean gdlWeighting;
    private final double smoothNr;
    private final double smoothDr;

    /**
     * @param distances    C×C distance matrix, or null for 1 − identity
     * @param gdlWeighting true for weighting_mode "GDL"
     * @throws InvalidParameterException if the matrix is not square, symmetric, zero-diagonal and
     *                                   non-negative, or is all zeros
     */
    public GeneralizedWassersteinDice(double[][] distances, boolean gdlWeighting, double smoothNr, double smoothDr) {
        this.distances = distances == null ? null : normalise(ClassMatrices.requireSymmetricNonNegative(MATRIX, distances));
        this.gdlWeighting = gdlWeighting;
        this.smoothNr = smoothNr;
        this.smoothDr = smoothDr;
        CommonParams.checkSmoothing(smoothNr, smoothDr);
    }

    /** Divides by the largest entry unless it is 1 (MONAI); an all-zero matrix has nothing to normalise by. */
    private static double[][] normalise(double[][] m) {
        double max = 0;
        for (double[] row : m) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        if (max == 0) {
            throw new InvalidParameterException("parameter '" + MATRIX + "' is all zeros; at least one pair of "
                    + "classes needs a positive distance (the matrix is divided by its largest entry)");
        }
        if (max != 1) {
            for (double[] row : m) {
                for (int j = 0; j < row.length; j++) {
                    row[j] /= max;
                }
            }
        }
        return m;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        int channels = input.channels();
        double[][] m = distances == null ? ClassMatrices.oneMinusIdentity(channels) : distances;
        ClassMatrices.requireClasses(MATRIX, m, channels);
        double[] alpha = new double[channels];
        for (int c = 0; c < channels; c++) {
            alpha[c] = gdlWeighting ? 1.0 / (t.classSum(c) + 1.0) : (c == 0 ? 0.0 : 1.0);
        }
        double[] wasserstein = new double[n];
        double truePositives = 0;
        double allError = 0;
        double gdlDenominator = 0;
        for (int i = 0; i < n; i++) {
            int y = t.label(i);
            double w = 0;
            for (int c = 0; c < channels; c++) {
                w += m[y][c] * a.probability(c * n + i);
            }
            wasserstein[i] = w;
            truePositives += alpha[y] * (1 - w);
            allError += w;
            gdlDenominator += alpha[y] * (2 - w);
        }
        double denominator = (gdlWeighting ? gdlDenominator : 2 * truePositives + allError) + smoothDr;
        if (denominator == 0) {
            return 0;
        }
        double ratio = (2 * truePositives + smoothNr) / denominator;
        // ∂L/∂p_c,i = ∂L/∂W_i·M[y_i][c] depends on the label and the channel only: a C × C table
        double[][] dLossDProbability = new double[channels][channels];
        for (int y = 0; y < channels; y++) {
            double dDenominatorDW = gdlWeighting ? -alpha[y] : 1 - 2 * alpha[y];
            // L = 1 − N/D with ∂N/∂W = −2α:  ∂L/∂W = −(∂N/∂W)/D + R·(∂D/∂W)/D
            double dLossDW = (2 * alpha[y] + ratio * dDenominatorDW) / denominator;
            for (int c = 0; c < channels; c++) {
                dLossDProbability[y][c] = dLossDW * m[y][c];
            }
        }
        a.backpropagateByLabel(dLossDProbability, t.labelValues(), scale, gradient);
        return 1 - ratio;
    }
}
