package org.losslens.core.synthesis;

import java.util.Arrays;

/**
 * A height × width mask of booleans, row-major: the shape that the generator's steps (shift,
 * morphology, components) work on before probabilities are assigned. Mutable on purpose: it is a
 * private scratch value of one generation, never shared.
 */
public final class BinaryRaster {

    private final int height;
    private final int width;
    private final boolean[] on;

    public BinaryRaster(int height, int width) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("raster must be at least 1x1, got " + height + "x" + width);
        }
        this.height = height;
        this.width = width;
        this.on = new boolean[height * width];
    }

    /** Foreground where {@code values[i]} ≥ 0.5. */
    public static BinaryRaster threshold(int height, int width, double[] values) {
        if ((long) height * width != values.length) {
            throw new IllegalArgumentException(height + "x" + width + " needs " + (long) height * width
                    + " values, got " + values.length);
        }
        BinaryRaster r = new BinaryRaster(height, width);
        for (int i = 0; i < values.length; i++) {
            r.on[i] = values[i] >= 0.5;
        }
        return r;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public boolean get(int row, int column) {
        return row >= 0 && row < height && column >= 0 && column < width && on[row * width + column];
    }

    public boolean get(int index) {
        return on[index];
    }

    public void set(int row, int column, boolean value) {
        on[row * width + column] = value;
    }

    public void set(int index, boolean value) {
        on[index] = value;
    }

    public int count() {
        int n = 0;
        for (boolean b : on) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Moved by (dx, dy) pixels; what leaves the image is lost, what enters is background. */
    public BinaryRaster shifted(int dx, int dy) {
        BinaryRaster out = new BinaryRaster(height, width);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.on[y * width + x] = get(y - dy, x - dx);
            }
        }
        return out;
    }

    /** Sets every pixel within Euclidean distance {@code radius} of (cx, cy). */
    public void fillDisc(double cx, double cy, double radius) {
        int y0 = Math.max(0, (int) Math.floor(cy - radius));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + radius));
        int x0 = Math.max(0, (int) Math.floor(cx - radius));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + radius));
        double r2 = radius * radius;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double ddx = x - cx;
                double ddy = y - cy;
                if (ddx * ddx + ddy * ddy <= r2) {
                    on[y * width + x] = true;
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryRaster r && r.height == height && r.width == width && Arrays.equals(r.on, on);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(on) * 31 + width;
    }
}
