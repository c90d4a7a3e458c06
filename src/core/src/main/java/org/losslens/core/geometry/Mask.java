package org.losslens.core.geometry;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * An immutable binary image of {@code height × width} pixels, row-major: the set S of pixels a
 * distance transform or a contour is taken of. Pixels outside the image belong to no mask and are
 * never counted as its complement either.
 */
public final class Mask {

    private final int height;
    private final int width;
    private final boolean[] inside;
    private final int count;

    private Mask(int height, int width, boolean[] inside) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("mask must be at least 1x1, got " + height + "x" + width);
        }
        if ((long) height * width != inside.length) {
            throw new IllegalArgumentException(
                    "mask of " + height + "x" + width + " needs " + (long) height * width + " pixels, got " + inside.length);
        }
        this.height = height;
        this.width = width;
        this.inside = inside;
        int n = 0;
        for (boolean b : inside) {
            n += b ? 1 : 0;
        }
        this.count = n;
    }

    /** The mask whose pixel i (row-major) is inside iff {@code inside.test(i)}. */
    public static Mask of(int height, int width, IntPredicate inside) {
        boolean[] pixels = new boolean[Math.multiplyExact(height, width)];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = inside.test(i);
        }
        return new Mask(height, width, pixels);
    }

    /**
     * The mask of the pixels whose value, values[offset + i] for pixel i, is above {@code threshold}
     * (a thresholded prediction or one-hot channel). One plain loop over an array: building it
     * through {@link #of(int, int, IntPredicate)} cost a call of a megamorphic predicate per pixel.
     */
    public static Mask above(int height, int width, double[] values, int offset, double threshold) {
        boolean[] pixels = new boolean[Math.multiplyExact(height, width)];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = values[offset + i] > threshold;
        }
        return new Mask(height, width, pixels);
    }

    /** A mask holding a copy of {@code inside}. */
    public static Mask of(int height, int width, boolean[] inside) {
        return new Mask(height, width, inside.clone());
    }

    /** The pixels themselves, for the geometry that reads every one of them (not to be written). */
    boolean[] values() {
        return inside;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** H·W. */
    public int pixels() {
        return inside.length;
    }

    /** True if pixel i (row-major) is in the mask. */
    public boolean contains(int i) {
        return inside[i];
    }

    public boolean contains(int row, int column) {
        return inside[row * width + column];
    }

    /** Number of pixels in the mask. */
    public int count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** True if every pixel of the image is in the mask (so the mask has no complement). */
    public boolean isFull() {
        return count == inside.length;
    }

    /** The pixels of the image not in this mask. */
    public Mask complement() {
        boolean[] out = new boolean[inside.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = !inside[i];
        }
        return new Mask(height, width, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask m && height == m.height && width == m.width && Arrays.equals(inside, m.inside);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(inside) * 31 + height;
    }

    @Override
    public String toString() {
        return "Mask[" + height + "x" + width + ", " + count + " inside]";
    }
}
