package org.losslens.core.tensor;

import java.util.Arrays;

/**
 * An immutable (C, H, W) array of doubles. Instances never expose their storage: {@link #toArray()}
 * copies and {@link #copyInto(double[])} writes into a caller's array.
 */
public final class Tensor {

    private final Shape shape;
    private final double[] data;

    private Tensor(Shape shape, double[] data) {
        if (data.length != shape.size()) {
            throw new IllegalArgumentException(
                    "shape " + shape + " needs " + shape.size() + " values, got " + data.length);
        }
        this.shape = shape;
        this.data = data;
    }

    /** A tensor holding a copy of {@code values}. */
    public static Tensor of(Shape shape, double[] values) {
        return new Tensor(shape, values.clone());
    }

    /**
     * A tensor that takes ownership of {@code values} without copying. Only for arrays the caller
     * has just filled and will never touch again (e.g. a freshly computed gradient).
     */
    public static Tensor adopt(Shape shape, double[] values) {
        return new Tensor(shape, values);
    }

    public static Tensor zeros(Shape shape) {
        return new Tensor(shape, new double[shape.size()]);
    }

    public Shape shape() {
        return shape;
    }

    public int size() {
        return data.length;
    }

    public double get(int flatIndex) {
        return data[flatIndex];
    }

    public double get(int channel, int row, int column) {
        return data[shape.index(channel, row, column)];
    }

    public double[] toArray() {
        return data.clone();
    }

    public void copyInto(double[] destination) {
        System.arraycopy(data, 0, destination, 0, data.length);
    }

    /** Copies {@code length} elements from flat index {@code from} into {@code destination} at {@code offset}. */
    public void copyInto(int from, double[] destination, int offset, int length) {
        System.arraycopy(data, from, destination, offset, length);
    }

    /** True if every element is finite (no NaN, no ±Inf). */
    public boolean isFinite() {
        for (double v : data) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Largest absolute element; 0 for an all-zero tensor. */
    public double maxAbs() {
        double m = 0;
        for (double v : data) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && shape.equals(t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + shape;
    }
}
