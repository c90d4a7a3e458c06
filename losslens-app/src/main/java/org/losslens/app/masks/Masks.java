package org.losslens.app.masks;

import java.util.Arrays;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * One immutable state of the drawing: a binary ground truth and the predicted probabilities.
 * Every edit makes a new instance, so a snapshot handed to the compute thread can never change
 * under it, and undo is just keeping old instances.
 *
 * <p>Logits are the canonical prediction for the core; a painted probability p becomes
 * logit(p) with p clamped to [1e-6, 1 − 1e-6] so that 0 and 1 stay finite.
 */
public final class Masks {

    /** Smallest and largest editable side, in pixels. */
    public static final int MIN_SIZE = 32;
    public static final int MAX_SIZE = 512;
    /** Probabilities are clamped to [ε, 1 − ε] before the logit; the pixel readout shows the clamp. */
    public static final double PROBABILITY_EPSILON = 1e-6;

    private final int height;
    private final int width;
    private final double[] groundTruth;
    private final double[] probability;
    /** Built on first use; shared with later snapshots whose ground truth is the same array. */
    private volatile Target target;
    private volatile Tensor logits;

    private Masks(int height, int width, double[] groundTruth, double[] probability, Target target) {
        this.height = height;
        this.width = width;
        this.groundTruth = groundTruth;
        this.probability = probability;
        this.target = target;
    }

    /**
     * Masks that copy the given arrays.
     *
     * @throws IllegalArgumentException if a size is out of range, the lengths do not match, a GT value is
     *                                  not 0 or 1, or a probability is not in [0, 1]
     */
    public static Masks of(int height, int width, double[] groundTruth, double[] probability) {
        checkSize(height, width);
        if (groundTruth.length != height * width || probability.length != height * width) {
            throw new IllegalArgumentException(height + "x" + width + " masks need " + height * width + " values");
        }
        for (int i = 0; i < groundTruth.length; i++) {
            if (groundTruth[i] != 0 && groundTruth[i] != 1) {
                throw new IllegalArgumentException("ground truth must be 0 or 1, got " + groundTruth[i] + " at " + i);
            }
            if (!(probability[i] >= 0 && probability[i] <= 1)) {
                throw new IllegalArgumentException("probability must be in [0, 1], got " + probability[i] + " at " + i);
            }
        }
        return new Masks(height, width, groundTruth.clone(), probability.clone(), null);
    }

    /** An empty ground truth and a prediction of 0 everywhere. */
    public static Masks blank(int size) {
        return of(size, size, new double[size * size], new double[size * size]);
    }

    public static void checkSize(int height, int width) {
        if (height < MIN_SIZE || width < MIN_SIZE || height > MAX_SIZE || width > MAX_SIZE) {
            throw new IllegalArgumentException("masks must be " + MIN_SIZE + " to " + MAX_SIZE + " pixels per side, got "
                    + width + "×" + height);
        }
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int pixels() {
        return height * width;
    }

    public boolean contains(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    public int index(int x, int y) {
        return y * width + x;
    }

    public double groundTruth(int index) {
        return groundTruth[index];
    }

    public double probability(int index) {
        return probability[index];
    }

    /** The probability the core sees: clamped to [ε, 1 − ε]. */
    public double clampedProbability(int index) {
        return Math.min(1 - PROBABILITY_EPSILON, Math.max(PROBABILITY_EPSILON, probability[index]));
    }

    public double logit(int index) {
        double p = clampedProbability(index);
        return Math.log(p) - Math.log1p(-p);
    }

    public double[] groundTruthCopy() {
        return groundTruth.clone();
    }

    public double[] probabilityCopy() {
        return probability.clone();
    }

    /** A snapshot with a new ground truth (same rules as {@link #of}) and this prediction. */
    public Masks withGroundTruth(double[] values) {
        Masks checked = of(height, width, values, probability);
        return new Masks(height, width, checked.groundTruth, probability, null);
    }

    /** A snapshot with a new prediction and this ground truth (whose cached core target is kept). */
    public Masks withProbabilities(double[] values) {
        Masks checked = of(height, width, groundTruth, values);
        return new Masks(height, width, groundTruth, checked.probability, target);
    }

    /** The ground truth as the core's immutable target (built once per ground-truth version). */
    public Target target() {
        Target t = target;
        if (t == null) {
            t = Target.binary(height, width, groundTruth);
            target = t;
        }
        return t;
    }

    /** The prediction as a (1, H, W) logit tensor for the core. */
    public Tensor logits() {
        Tensor l = logits;
        if (l == null) {
            double[] values = new double[pixels()];
            for (int i = 0; i < values.length; i++) {
                values[i] = logit(i);
            }
            l = Tensor.adopt(new Shape(1, height, width), values);
            logits = l;
        }
        return l;
    }

    /** True if both layers hold the same values (used to skip no-op edits in the history). */
    public boolean sameContent(Masks other) {
        return other != null && other.height == height && other.width == width
                && Arrays.equals(other.groundTruth, groundTruth) && Arrays.equals(other.probability, probability);
    }
}
