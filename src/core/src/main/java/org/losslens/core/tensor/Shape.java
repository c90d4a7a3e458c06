package org.losslens.core.tensor;

/**
 * The (channels, height, width) extent of a {@link Tensor}. Data is laid out row-major:
 * channel, then row, then column — the layout of the reference cases.
 */
public record Shape(int channels, int height, int width) {

    public Shape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException(
                    "shape must be positive in every dimension, got " + channels + "x" + height + "x" + width);
        }
        if ((long) channels * height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("shape " + channels + "x" + height + "x" + width + " is too large");
        }
    }

    /** Pixels in one channel: H·W. */
    public int pixels() {
        return height * width;
    }

    /** Elements in the whole tensor: C·H·W. */
    public int size() {
        return channels * height * width;
    }

    /** Flat index of (c, y, x). */
    public int index(int channel, int row, int column) {
        return (channel * height + row) * width + column;
    }

    @Override
    public String toString() {
        return "[" + channels + ", " + height + ", " + width + "]";
    }
}
