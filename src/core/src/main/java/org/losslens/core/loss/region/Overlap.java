package org.losslens.core.loss.region;

import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;

/**
 * Per-channel soft overlap sums of probabilities p and (one-hot) targets t — intersection Σpt,
 * Σp, Σp², Σt, Σt² — and the chain rule back from partial derivatives of a loss with respect to
 * those sums. Dice, IoU, Tversky and generalised Dice depend on the prediction only through these
 * sums, so for each of them ∂L/∂p_i = ∂L/∂I·t_i + ∂L/∂P + 2p_i·∂L/∂P₂ on the pixel's channel.
 */
public final class Overlap {

    private final LossInput input;
    private final int channels;
    private final int pixels;
    private final double[] intersection;
    private final double[] predicted;
    private final double[] predictedSquares;
    private final double[] actual;
    private final double[] actualSquares;
    private final double[] dIntersection;
    private final double[] dPredicted;
    private final double[] dPredictedSquares;

    /** The sums of one (prediction, target) pair, shared by every region loss on the same input. */
    private record Sums(double[] intersection, double[] predicted, double[] predictedSquares, double[] actual,
                        double[] actualSquares) {
    }

    private static final Function<LossInput, Sums> SUMS = Overlap::sums;

    private Overlap(LossInput input) {
        this.input = input;
        channels = input.channels();
        pixels = input.pixels();
        Sums sums = input.derived(SUMS);
        intersection = sums.intersection();
        predicted = sums.predicted();
        predictedSquares = sums.predictedSquares();
        actual = sums.actual();
        actualSquares = sums.actualSquares();
        dIntersection = new double[channels];
        dPredicted = new double[channels];
        dPredictedSquares = new double[channels];
    }

    private static Sums sums(LossInput input) {
        int channels = input.channels();
        int pixels = input.pixels();
        double[] intersection = new double[channels];
        double[] predicted = new double[channels];
        double[] predictedSquares = new double[channels];
        double[] actual = new double[channels];
        double[] actualSquares = new double[channels];
        Activations a = input.activations();
        Target t = input.target();
        // multiclass: t_k = [label = c] read from the labels, so that no C·H·W one-hot array is built
        // (the same 0s and 1s, hence the same sums)
        boolean labelled = input.mode() == Mode.MULTICLASS;
        double[] binaryTarget = labelled ? null : t.oneHotValues();
        for (int c = 0; c < channels; c++) {
            double i = 0;
            double p = 0;
            double p2 = 0;
            double t2 = 0;
            for (int k = c * pixels, pixel = 0; pixel < pixels; k++, pixel++) {
                double pk = a.probability(k);
                double tk = labelled ? (t.label(pixel) == c ? 1.0 : 0.0) : binaryTarget[k];
                i += pk * tk;
                p += pk;
                p2 += pk * pk;
                t2 += tk * tk;
            }
            intersection[c] = i;
            predicted[c] = p;
            predictedSquares[c] = p2;
            actual[c] = t.classSum(c);
            actualSquares[c] = t2;
        }
        return new Sums(intersection, predicted, predictedSquares, actual, actualSquares);
    }

    /** Measures every channel of the input. */
    public static Overlap measure(LossInput input) {
        return new Overlap(input);
    }

    /**
     * The first channel a region loss scores: 1 when include_background is false and there is more
     * than one channel (MONAI ignores include_background=false for a single channel), else 0.
     */
    public static int firstScoredChannel(LossInput input, boolean includeBackground) {
        return !includeBackground && input.channels() > 1 ? 1 : 0;
    }

    public int channels() {
        return channels;
    }

    /** Σ p·t of a channel (true positives, soft). */
    public double intersection(int c) {
        return intersection[c];
    }

    /** Σ p of a channel. */
    public double predicted(int c) {
        return predicted[c];
    }

    /** Σ p² of a channel. */
    public double predictedSquares(int c) {
        return predictedSquares[c];
    }

    /** Σ t of a channel. */
    public double actual(int c) {
        return actual[c];
    }

    /** Σ t² of a channel. */
    public double actualSquares(int c) {
        return actualSquares[c];
    }

    /** Adds partial derivatives of the loss with respect to the sums of channel c. */
    public void addPartials(int c, double dLossDIntersection, double dLossDPredicted, double dLossDPredictedSquares) {
        dIntersection[c] += dLossDIntersection;
        dPredicted[c] += dLossDPredicted;
        dPredictedSquares[c] += dLossDPredictedSquares;
    }

    /**
     * Adds scale·∂L/∂logits, from the partials added so far, into {@code gradient}: per channel
     * ∂L/∂p_i = ∂L/∂I·t_i + ∂L/∂P + 2·∂L/∂P₂·p_i, affine in t and p, so it goes through the
     * activations' chain rule without a C·H·W temporary.
     */
    public void backpropagate(double scale, double[] gradient) {
        double[] onProbability = new double[channels];
        for (int c = 0; c < channels; c++) {
            onProbability[c] = 2 * dPredictedSquares[c];
        }
        Target t = input.target();
        if (input.mode() == Mode.MULTICLASS) {
            input.activations().backpropagateAffineOnLabels(dIntersection, dPredicted, onProbability, t.labelValues(),
                    scale, gradient);
        } else {
            input.activations().backpropagateAffine(dIntersection, dPredicted, onProbability, t.oneHotValues(), scale,
                    gradient);
        }
    }
}
