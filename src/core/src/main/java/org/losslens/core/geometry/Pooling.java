package org.losslens.core.geometry;

import org.losslens.core.activation.Elementwise;

/**
 * The min/max pooling passes of the soft skeleton ({@link SoftSkeleton}), values only: the erosion
 * (minimum over the 4-neighbour cross) and the dilation (maximum over the 3×3 window), out-of-image
 * neighbours ignored (replaced by the pixel itself, which never changes a minimum or maximum).
 *
 * <p>Why a kernel of its own: C2 does not vectorise a loop that reads one array at a variable offset
 * (the row above, the row below) and writes another, as it cannot prove the two arrays differ; the
 * plain loops cost about 8 ns per pixel and pass. Where the Vector API is in use
 * ({@link Elementwise#vectorised()}), the row loops run through {@code VectorPooling}, several pixels
 * per instruction. Math.min/max and the Vector API's lanewise MIN/MAX are the same function
 * (−0 below +0, NaN propagates), and a minimum over a set does not depend on the order it is taken
 * in, so both paths give the same numbers bit for bit.
 */
final class Pooling {

    static final boolean VECTOR = Elementwise.vectorised();

    private Pooling() {
    }

    /** out = erode(image): a vertical pass (column 3-minimum) then the row's left and right neighbours. */
    static void erode(double[] image, double[] out, int height, int width) {
        erode(image, out, height, width, VECTOR);
    }

    /** out = dilate(image), the 3×3 maximum as a column maximum of row maxima; {@code rows} is scratch. */
    static void dilate(double[] image, double[] rows, double[] out, int height, int width) {
        dilate(image, rows, out, height, width, VECTOR);
    }

    static void erode(double[] image, double[] out, int height, int width, boolean vector) {
        for (int r = 0; r < height; r++) {
            int row = r * width;
            int up = r > 0 ? -width : 0;
            int down = r < height - 1 ? width : 0;
            min3(image, up, down, out, row, row + width, vector);
            if (width == 1) {
                continue;
            }
            out[row] = Math.min(out[row], image[row + 1]);
            minWith(out, image, -1, 1, row + 1, row + width - 1, vector);
            out[row + width - 1] = Math.min(out[row + width - 1], image[row + width - 2]);
        }
    }

    static void dilate(double[] image, double[] rows, double[] out, int height, int width, boolean vector) {
        int last = width - 1;
        for (int r = 0; r < height; r++) {
            int row = r * width;
            if (width == 1) {
                rows[row] = image[row];
                continue;
            }
            rows[row] = Math.max(image[row], image[row + 1]);
            max3(image, -1, 1, rows, row + 1, row + last, vector);
            rows[row + last] = Math.max(image[row + last - 1], image[row + last]);
        }
        columnMaxima(rows, out, height, width, vector);
    }

    /**
     * The column pass of {@link #dilate}: out = the maximum of each pixel's row maxima over the rows
     * above, at and below it, for a caller that has the row maxima already.
     */
    static void columnMaxima(double[] rows, double[] out, int height, int width, boolean vector) {
        for (int r = 0; r < height; r++) {
            int row = r * width;
            max3(rows, r > 0 ? -width : 0, r < height - 1 ? width : 0, out, row, row + width, vector);
        }
    }

    /** dst[i] = min(src[i], src[i + a], src[i + b]) for i in [from, to). */
    private static void min3(double[] src, int a, int b, double[] dst, int from, int to, boolean vector) {
        int i = vector ? VectorPooling.min3(src, a, b, dst, from, to) : from;
        for (; i < to; i++) {
            dst[i] = Math.min(Math.min(src[i], src[i + a]), src[i + b]);
        }
    }

    /** dst[i] = min(dst[i], src[i + a], src[i + b]) for i in [from, to). */
    private static void minWith(double[] dst, double[] src, int a, int b, int from, int to, boolean vector) {
        int i = vector ? VectorPooling.minWith(dst, src, a, b, from, to) : from;
        for (; i < to; i++) {
            dst[i] = Math.min(dst[i], Math.min(src[i + a], src[i + b]));
        }
    }

    /** dst[i] = max(src[i + a], src[i], src[i + b]) for i in [from, to). */
    private static void max3(double[] src, int a, int b, double[] dst, int from, int to, boolean vector) {
        int i = vector ? VectorPooling.max3(src, a, b, dst, from, to) : from;
        for (; i < to; i++) {
            dst[i] = Math.max(Math.max(src[i + a], src[i]), src[i + b]);
        }
    }
}
