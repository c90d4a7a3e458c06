package org.losslens.app.masks;

import java.util.Arrays;
import org.losslens.core.activation.Logit;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * One immutable state of the drawing: a ground truth and the predicted probabilities, in binary mode
 * (GT 0/1, one foreground probability per pixel) or in multiclass mode (GT labels 0..C−1 with 0 the
 * background, and C class probabilities per pixel that sum to 1, stored channel by channel).
 * Every edit makes a new instance, so a snapshot handed to the compute thread can never change
 * under it, and undo is just keeping old instances.
 *
 * <p>Logits are the canonical prediction for the core; a painted probability p becomes
 * logit(p) with p clamped to [1e-6, 1 − 1e-6] so that 0 and 1 stay finite (the core's {@link Logit}).
 */
public final class Masks {

    /** Smallest and largest editable side, in pixels. */
    public static final int MIN_SIZE = 32;
    public static final int MAX_SIZE = 512;

    /** Multiclass mode offers 2 to 6 labels: enough for a lesson, few enough to tell the colours apart. */
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 6;
    /** How far a pixel's class probabilities may sum away from 1 (painting and resampling round). */
    static final double SUM_TOLERANCE = 1e-9;

    private final Mode mode;
    private final int classes;
    private final int height;
    private final int width;
    /** Binary: 0/1. Multiclass: the label of each pixel. */
    private final double[] groundTruth;
    /** Binary: the foreground probability per pixel. Multiclass: classes × pixels, channel-major. */
    private final double[] probability;
    /** Built on first use; shared with later snapshots whose ground truth is the same array. */
    private volatile Target target;
    private volatile Tensor logits;
    /**
     * Until {@link #logits} is built: the newest built logits of an earlier snapshot and the probabilities
     * they were made from. A brush edit changes a few pixels, so the logits are that copy with only the
     * changed values converted (each logit is a function of its own probability alone, so the result is
     * the same to the bit); at 128² C = 4 a full conversion was 0.5 ms of the first stage per edit.
     */
    private volatile LogitsBase base;

    private record LogitsBase(double[] probability, Tensor logits) {
    }

    private Masks(Mode mode, int classes, int height, int width, double[] groundTruth, double[] probability,
                  Target target, LogitsBase base) {
        this.mode = mode;
        this.classes = classes;
        this.height = height;
        this.width = width;
        this.groundTruth = groundTruth;
        this.probability = probability;
        this.target = target;
        this.base = base;
    }

    /** What a snapshot made from this one converts its logits from: these logits if built, else this one's base. */
    private LogitsBase baseForNext() {
        Tensor built = logits;
        return built != null ? new LogitsBase(probability, built) : base;
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
        return new Masks(Mode.BINARY, 2, height, width, groundTruth.clone(), probability.clone(), null, null);
    }

    /**
     * Multiclass masks that copy the given arrays.
     *
     * @param labels             one label in 0..classes−1 per pixel (0 = background)
     * @param classProbabilities classes × pixels, channel-major; each pixel's values in [0, 1] summing to 1
     * @throws IllegalArgumentException if anything is out of range or the lengths do not match
     */
    public static Masks labelled(int classes, int height, int width, double[] labels, double[] classProbabilities) {
        checkSize(height, width);
        if (classes < MIN_CLASSES || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("multiclass needs " + MIN_CLASSES + " to " + MAX_CLASSES
                    + " labels, got " + classes);
        }
        int n = height * width;
        if (labels.length != n || classProbabilities.length != classes * n) {
            throw new IllegalArgumentException(height + "x" + width + " masks with " + classes + " labels need " + n
                    + " labels and " + classes * n + " probabilities");
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] != Math.rint(labels[i]) || labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label must be an integer in 0.." + (classes - 1) + ", got "
                        + labels[i] + " at " + i);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                double p = classProbabilities[c * n + i];
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("probability must be in [0, 1], got " + p + " at " + i);
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("class probabilities must sum to 1, got " + sum + " at " + i);
            }
        }
        return new Masks(Mode.MULTICLASS, classes, height, width, labels.clone(), classProbabilities.clone(), null,
                null);
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

    public Mode mode() {
        return mode;
    }

    public boolean isMulticlass() {
        return mode == Mode.MULTICLASS;
    }

    /** Number of labels: 2 in binary mode (background, foreground), C in multiclass mode. */
    public int classes() {
        return classes;
    }

    /** The label of a pixel (binary: 1 for foreground). */
    public int label(int index) {
        return (int) groundTruth[index];
    }

    /** Multiclass: the probability of class {@code channel} at a pixel. */
    public double classProbability(int channel, int index) {
        requireMulticlass();
        return probability[channel * pixels() + index];
    }

    /** Multiclass: a copy of all class probabilities, channel-major. */
    public double[] classProbabilitiesCopy() {
        requireMulticlass();
        return probability.clone();
    }

    /** Multiclass: the logit the core sees for one class, log(p) with p clamped (softmax of these is p). */
    public double classLogit(int channel, int index) {
        return Logit.ofClampedClassProbability(classProbability(channel, index));
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

    /** The probability of foreground: binary p, multiclass 1 − p(background). */
    public double probability(int index) {
        return mode == Mode.BINARY ? probability[index] : 1 - probability[index];
    }

    /** The probability the core sees: clamped to [ε, 1 − ε]. */
    public double clampedProbability(int index) {
        return Logit.clamp(probability[index]);
    }

    public double logit(int index) {
        return Logit.ofClamped(probability[index]);
    }

    public double[] groundTruthCopy() {
        return groundTruth.clone();
    }

    /** The foreground probability of every pixel (see {@link #probability(int)}). */
    public double[] probabilityCopy() {
        if (mode == Mode.BINARY) {
            return probability.clone();
        }
        double[] foreground = new double[pixels()];
        for (int i = 0; i < foreground.length; i++) {
            foreground[i] = probability(i);
        }
        return foreground;
    }

    /** A snapshot with a new ground truth (same rules as {@link #of} or {@link #labelled}) and this prediction. */
    public Masks withGroundTruth(double[] values) {
        Masks checked = mode == Mode.BINARY ? of(height, width, values, probability)
                : labelled(classes, height, width, values, probability);
        Masks edited = new Masks(mode, classes, height, width, checked.groundTruth, probability, null, base);
        // the same prediction array: its logits, if built, are the new snapshot's as they are
        edited.logits = logits;
        return edited;
    }

    /** Binary: a snapshot with a new prediction and this ground truth (whose cached core target is kept). */
    public Masks withProbabilities(double[] values) {
        if (mode != Mode.BINARY) {
            throw new IllegalStateException("multiclass masks take class probabilities (withClassProbabilities)");
        }
        Masks checked = of(height, width, groundTruth, values);
        return new Masks(mode, classes, height, width, groundTruth, checked.probability, target, baseForNext());
    }

    /** Multiclass: a snapshot with new class probabilities (channel-major) and this ground truth. */
    public Masks withClassProbabilities(double[] values) {
        requireMulticlass();
        Masks checked = labelled(classes, height, width, groundTruth, values);
        return new Masks(mode, classes, height, width, groundTruth, checked.probability, target, baseForNext());
    }

    private void requireMulticlass() {
        if (mode != Mode.MULTICLASS) {
            throw new IllegalStateException("binary masks have no class channels");
        }
    }

    /** The ground truth as the core's immutable target (built once per ground-truth version). */
    public Target target() {
        Target t = target;
        if (t == null) {
            if (mode == Mode.BINARY) {
                t = Target.binary(height, width, groundTruth);
            } else {
                int[] labels = new int[pixels()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = (int) groundTruth[i];
                }
                t = Target.labels(classes, height, width, labels);
            }
            target = t;
        }
        return t;
    }

    /** The prediction as a (1, H, W) logit tensor (binary) or a (C, H, W) one (multiclass) for the core. */
    public Tensor logits() {
        Tensor l = logits;
        if (l == null) {
            int channels = mode == Mode.BINARY ? 1 : classes;
            double[] values = new double[channels * pixels()];
            LogitsBase from = base;
            if (from != null && from.probability().length == values.length) {
                from.logits().copyInto(values);
                double[] old = from.probability();
                for (int i = 0; i < values.length; i++) {
                    if (probability[i] != old[i]) {
                        values[i] = logitOfStored(i);
                    }
                }
            } else {
                for (int i = 0; i < values.length; i++) {
                    values[i] = logitOfStored(i);
                }
            }
            l = Tensor.adopt(new Shape(channels, height, width), values);
            logits = l;
            base = null;
        }
        return l;
    }

    /** The logit of stored value {@code flat} (binary: pixel; multiclass: channel × pixels + pixel). */
    private double logitOfStored(int flat) {
        return mode == Mode.BINARY ? logit(flat) : classLogit(flat / pixels(), flat % pixels());
    }

    /** True if both layers hold the same values (used to skip no-op edits in the history). */
    public boolean sameContent(Masks other) {
        return other != null && other.mode == mode && other.classes == classes
                && other.height == height && other.width == width
                && Arrays.equals(other.groundTruth, groundTruth) && Arrays.equals(other.probability, probability);
    }
}
