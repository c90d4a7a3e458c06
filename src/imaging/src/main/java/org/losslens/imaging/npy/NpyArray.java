package org.losslens.imaging.npy;

import java.util.Arrays;

/**
 * A numeric array read from a {@code .npy} file: its shape, its element type as the file declared it
 * ({@code descr}, e.g. {@code <f4}), and its values as doubles in C order (the last index fastest),
 * whatever order the file stored them in.
 */
public record NpyArray(int[] shape, String dtype, double[] values) {

    public NpyArray {
        shape = shape.clone();
        long count = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            count *= d;
        }
        if (count != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + count
                    + " values, not " + values.length);
        }
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** Whether the file held integers or booleans (label maps), not floating-point numbers. */
    public boolean integral() {
        char kind = dtype.charAt(1);
        return kind == 'i' || kind == 'u' || kind == 'b';
    }

    /** The shape as numpy prints it, e.g. {@code (4, 256, 256)}. */
    public String shapeText() {
        return NpyHeader.shapeText(shape);
    }
}
