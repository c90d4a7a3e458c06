package org.losslens.core.geometry;

/**
 * An immutable {@code height × width} map of doubles, row-major: a distance map or a weight map
 * derived from one. Safe to cache and share (e.g. per ground truth) because nobody can change it.
 */
public final class PixelMap {

    private final int height;
    private final int width;
    private final double[] values;

    private PixelMap(int height, int width, double[] values) {
        if ((long) height * width != values.length) {
            throw new IllegalArgumentException(
                    "map of " + height + "x" + width + " needs " + (long) height * width + " values, got " + values.length);
        }
        this.height = height;
        this.width = width;
        this.values = values;
    }

    /** A map holding a copy of {@code values}. */
    public static PixelMap of(int height, int width, double[] values) {
        return new PixelMap(height, width, values.clone());
    }

    /** A map that takes ownership of {@code values}, which the caller has just filled and never touches again. */
    static PixelMap adopt(int height, int width, double[] values) {
        return new PixelMap(height, width, values);
    }

    /** An all-zero map. */
    public static PixelMap zeros(int height, int width) {
        return new PixelMap(height, width, new double[Math.multiplyExact(height, width)]);
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int pixels() {
        return values.length;
    }

    /** The value at pixel i (row-major). */
    public double get(int i) {
        return values[i];
    }

    public double get(int row, int column) {
        return values[row * width + column];
    }

    public double[] toArray() {
        return values.clone();
    }

    @Override
    public String toString() {
        return "PixelMap[" + height + "x" + width + "]";
    }
}
