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
    /**
     * One-hot layout (classes × pixels); for binary it is the target itself. Multiclass: built from
     * the labels on first use, as most multiclass losses read only the labels (a cold cross-entropy
     * paid ~0.2 ms at 256², C = 4, for a C·H·W array it never read).
     */
    private OneHot oneHot;
    private final int[] labels;
    /**
     * Per-class sums and hardness, computed on first use (most losses need neither). Racy but
     * benign: every thread computes the same values, and arrays are published through a volatile.
     */
    private volatile double[] classSums;
    private volatile Boolean hard;
    private final DerivedFacts<Target> derived = new DerivedFacts<>();

    /**
     * Holder of the one-hot array. The field is written racily but benignly (every thread builds the
     * same array) and is not volatile; the holder's final field publishes the array's contents safely
     * (JLS 17.5).
     */
    private record OneHot(double[] values) {
    }

    private Target(Mode mode, int classes, int height, int width, double[] oneHot, int[] labels, Boolean hard) {
        this.mode = mode;
        this.classes = classes;
        this.height = height;
        this.width = width;
        this.oneHot = oneHot == null ? null : new OneHot(oneHot);
        this.labels = labels;
        this.hard = hard;
    }

    /**
     * A binary target. Values must be finite and in [0, 1]; values other than 0 and 1 make it a
     * soft target, which only losses whose catalogue entry allows soft targets accept.
     */
    public static Target binary(int height, int width, double[] values) {
        checkExtent(height, width, values.length);
        // the copy (clone: no zeroing first) and then its range, read from cache: NaN propagates through
        // min/max and ±∞ falls outside [0, 1], so the range alone decides validity; the offending pixel
        // is looked for only on failure. Half the time of a per-pixel check plus a separate copy.
        double[] copy = values.clone();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : copy) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        if (!(low >= 0 && high <= 1)) {
            for (int i = 0; i < values.length; i++) {
                double v = values[i];
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("target value " + v + " at pixel " + i + " is not in [0, 1]");
                }
            }
        }
        return new Target(Mode.BINARY, 1, height, width, copy, null, null);
    }

    /** A multiclass target of labels 0..classes−1 (0 = background), classes ≥ 2. */
    public static Target labels(int classes, int height, int width, int[] labels) {
        if (classes < 2) {
            throw new IllegalArgumentException("multiclass needs at least 2 classes, got " + classes);
        }
        checkExtent(height, width, labels.length);
        int[] copy = labels.clone();
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (int l : copy) {
            low = Math.min(low, l);
            high = Math.max(high, l);
        }
        if (low < 0 || high >= classes) {
            for (int i = 0; i < labels.length; i++) {
                int l = labels[i];
                if (l < 0 || l >= classes) {
                    throw new IllegalArgumentException(
                            "label " + l + " at pixel " + i + " is not in 0.." + (classes - 1));
                }
            }
        }
        return new Target(Mode.MULTICLASS, classes, height, width, null, copy, Boolean.TRUE);
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
        Boolean h = hard;
        if (h == null) {
            boolean all = true;
            for (double v : oneHot.values()) {
                all &= v == 0 || v == 1;
            }
            h = all;
            hard = h;
        }
        return h;
    }

    /**
     * One-hot value at a flat (channel, pixel) index; for binary, channel 0 is the target value. For
     * a single read; a loop over pixels reads {@link #oneHotValues()} instead.
     */
    public double oneHot(int flatIndex) {
        return oneHotValues()[flatIndex];
    }

    /**
     * The one-hot layout (classes × pixels; for binary the target values themselves), in an array of
     * this target's (not to be written). Fetch it once before a loop over pixels rather than call
     * {@link #oneHot(int)} per pixel: the per-pixel accessor carries the lazy multiclass build as a
     * call on its slow path, and once any multiclass target has taken it (every cold multiclass call
     * of a loss that reads the one-hot form does) C2 keeps that call inside every loop it inlines the
     * accessor into, which stops the loop vectorising — warm binary Dice's backward pass ran 4–5x
     * slower for it. Binary targets hold their values from construction, so this never builds for them.
     */
    public double[] oneHotValues() {
        OneHot h = oneHot;
        return (h != null ? h : buildOneHot()).values();
    }

    /** The slow path of {@link #oneHotValues}: multiclass only, on first use. */
    private OneHot buildOneHot() {
        int n = labels.length;
        double[] values = new double[classes * n];
        for (int i = 0; i < n; i++) {
            values[labels[i] * n + i] = 1.0;
        }
        OneHot h = new OneHot(values);
        oneHot = h;
        return h;
    }

    /**
     * Multiclass: the label of every pixel, in an array of this target's (not to be written), for a
     * loop that reads them as a plain array (a per-pixel call through an {@code IntUnaryOperator} kept
     * the softmax chain rule scalar). Binary: null.
     */
    public int[] labelValues() {
        return labels;
    }

    /** The label of a pixel (multiclass); for a hard binary target, 1 for foreground. */
    public int label(int pixel) {
        return labels != null ? labels[pixel] : (oneHot.values()[pixel] >= 0.5 ? 1 : 0);
    }

    /** Σ over pixels of the one-hot channel: the (soft) pixel count of a class. */
    public double classSum(int channel) {
        double[] sums = classSums;
        return (sums != null ? sums : computeClassSums())[channel];
    }

    /** Labels: pixel counts (exact, as the sums of 0s and 1s were). Binary: Σ t in pixel order. */
    private double[] computeClassSums() {
        double[] sums = new double[classes];
        if (labels != null) {
            int[] counts = new int[classes];
            for (int l : labels) {
                counts[l]++;
            }
            for (int c = 0; c < classes; c++) {
                sums[c] = counts[c];
            }
        } else {
            double s = 0;
            for (double v : oneHot.values()) {
                s += v;
            }
            sums[0] = s;
        }
        classSums = sums;
        return sums;
    }

    /** A copy of the binary values or of the one-hot channels. */
    public double[] oneHotCopy() {
        return oneHotValues().clone();
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
        // labels determine the one-hot form and vice versa, so equal labels mean equal one-hot arrays
        return o instanceof Target t && mode == t.mode && classes == t.classes && height == t.height
                && width == t.width
                && (labels != null ? Arrays.equals(labels, t.labels) : Arrays.equals(oneHot.values(), t.oneHot.values()));
    }

    @Override
    public int hashCode() {
        return (labels != null ? Arrays.hashCode(labels) : Arrays.hashCode(oneHot.values())) * 31 + height;
    }
}
