package org.losslens.core.loss;

import java.util.Arrays;
import java.util.function.Function;
import org.losslens.core.cache.DerivedFacts;

/**
 * An immutable ground truth: per-pixel values in [0, 1] (binary) or integer labels (multiclass).
 *
 * <p>Everything derived from the ground truth alone — its one-hot form, per-class sums, and
 * (later) distance maps — is computed once per instance and cached here. Because a target never
 * changes, the cache can never serve a stale fact: a new ground truth is a new {@code Target}.
 */
public final class Target {

    private final Mode mode;
    private final int classes;
    private final int height;
    private final int width;
    /** One-hot layout (classes × pixels); for binary it is the target itself. */
    private final double[] oneHot;
    private final int[] labels;
    private final double[] classSums;
    private final boolean hard;
    private final DerivedFacts<Target> derived = new DerivedFacts<>();

    private Target(Mode mode, int classes, int height, int width, double[] oneHot, int[] labels, boolean hard) {
        this.mode = mode;
        this.classes = classes;
        this.height = height;
        this.width = width;
        this.oneHot = oneHot;
        this.labels = labels;
        this.hard = hard;
        int n = height * width;
        this.classSums = new double[classes];
        for (int c = 0; c < classes; c++) {
            double s = 0;
            for (int i = c * n; i < (c + 1) * n; i++) {
                s += oneHot[i];
            }
            classSums[c] = s;
        }
    }

    /**
     * A binary target. Values must be finite and in [0, 1]; values other than 0 and 1 make it a
     * soft target, which only losses whose catalogue entry allows soft targets accept.
     */
    public static Target binary(int height, int width, double[] values) {
        checkExtent(height, width, values.length);
        boolean hard = true;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v) || v < 0 || v > 1) {
                throw new IllegalArgumentException("target value " + v + " at pixel " + i + " is not in [0, 1]");
            }
            hard &= v == 0 || v == 1;
        }
        return new Target(Mode.BINARY, 1, height, width, values.clone(), null, hard);
    }

    /** A multiclass target of labels 0..classes−1 (0 = background), classes ≥ 2. */
    public static Target labels(int classes, int height, int width, int[] labels) {
        if (classes < 2) {
            throw new IllegalArgumentException("multiclass needs at least 2 classes, got " + classes);
        }
        checkExtent(height, width, labels.length);
        int n = labels.length;
        double[] oneHot = new double[classes * n];
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            if (l < 0 || l >= classes) {
                throw new IllegalArgumentException(
                        "label " + l + " at pixel " + i + " is not in 0.." + (classes - 1));
            }
            oneHot[l * n + i] = 1.0;
        }
        return new Target(Mode.MULTICLASS, classes, height, width, oneHot, labels.clone(), true);
    }

    private static void checkExtent(int height, int width, int length) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("target must be at least 1x1, got " + height + "x" + width);
        }
        if ((long) height * width != length) {
            throw new IllegalArgumentException(
                    "target of " + height + "x" + width + " needs " + (long) height * width + " values, got " + length);
        }
    }

    public Mode mode() {
        return mode;
    }

    /** Channels of the one-hot form: 1 for binary, C for multiclass. */
    public int classes() {
        return classes;
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

    /** True if every value is exactly 0 or 1 (always true for labels). */
    public boolean isHard() {
        return hard;
    }

    /** One-hot value at a flat (channel, pixel) index; for binary, channel 0 is the target value. */
    public double oneHot(int flatIndex) {
        return oneHot[flatIndex];
    }

    /** The label of a pixel (multiclass); for a hard binary target, 1 for foreground. */
    public int label(int pixel) {
        return labels != null ? labels[pixel] : (oneHot[pixel] >= 0.5 ? 1 : 0);
    }

    /** Σ over pixels of the one-hot channel: the (soft) pixel count of a class. */
    public double classSum(int channel) {
        return classSums[channel];
    }

    /** A copy of the binary values or of the one-hot channels. */
    public double[] oneHotCopy() {
        return oneHot.clone();
    }

    /**
     * A fact computed from this target alone, computed on first use and then reused. The function
     * is the cache key, so pass the same (static) function instance each time.
     */
    public <T> T derived(Function<Target, T> fact) {
        return derived.get(this, fact);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && mode == t.mode && classes == t.classes && height == t.height
                && width == t.width && Arrays.equals(oneHot, t.oneHot);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(oneHot) * 31 + height;
    }
}
