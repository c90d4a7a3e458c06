package org.losslens.core.geometry;

import java.util.Arrays;

/**
 * Exact Euclidean distance transforms in O(H·W), by the lower envelope of parabolas of Felzenszwalb
 * and Huttenlocher ("Distance Transforms of Sampled Functions", Theory of Computing 8, 2012,
 * Algorithm 1): the 1-D squared-distance transform is applied along every row, then along every
 * column of the result. All arithmetic is on integer squared distances held exactly in doubles; the
 * square root is taken last, so the results equal a brute-force minimum over pixel pairs.
 *
 * <p>Distances are between pixel centres, in pixel units. Pixels outside the image are never
 * counted: where the set a distance is measured to is empty, the distance is +∞.
 */
public final class DistanceTransform {

    private DistanceTransform() {
    }

    /**
     * The distance from every pixel to the nearest pixel of {@code features}: 0 on the features,
     * +∞ everywhere if there are none.
     */
    public static PixelMap toNearest(Mask features) {
        double[] d = squaredToNearest(features);
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.sqrt(d[i]);
        }
        return PixelMap.adopt(features.height(), features.width(), d);
    }

    /**
     * EDT(S), the convention of {@code scipy.ndimage.distance_transform_edt}: at a pixel of S, the
     * distance to the nearest pixel not in S; 0 outside S. A full mask has no pixel outside it (the
     * outside of the image does not count), so it gives +∞ on every pixel; callers special-case it.
     */
    public static PixelMap inside(Mask s) {
        return toNearest(s.complement());
    }

    /**
     * EDT(m) + EDT(not m): at every pixel, the distance to the nearest pixel on the other side of the
     * mask's boundary (MONAI's distance field). An empty or full mask has no other side: +∞ everywhere.
     */
    public static PixelMap acrossBoundary(Mask m) {
        PixelMap toInside = toNearest(m);
        PixelMap toOutside = toNearest(m.complement());
        double[] d = new double[m.pixels()];
        for (int i = 0; i < d.length; i++) {
            d[i] = m.contains(i) ? toOutside.get(i) : toInside.get(i);
        }
        return PixelMap.adopt(m.height(), m.width(), d);
    }

    /** Squared distances to the nearest feature pixel (exact integers, or +∞). */
    static double[] squaredToNearest(Mask features) {
        int h = features.height();
        int w = features.width();
        double[] grid = new double[h * w];
        for (int y = 0; y < h; y++) {
            rowDistances(features, y, w, grid);
        }
        // The column pass runs on the transpose, so that every line it reads and writes is contiguous
        // (strided column access dominated the run time at 512×512).
        double[] columns = transpose(grid, h, w);
        Envelope envelope = new Envelope(h);
        double[] out = new double[h];
        double[] line = new double[h];
        for (int x = 0; x < w; x++) {
            System.arraycopy(columns, x * h, line, 0, h);
            envelope.transform(line, h, out);
            System.arraycopy(out, 0, columns, x * h, h);
        }
        return transpose(columns, w, h);
    }

    /** The transpose of a rows × cols row-major array, in cache-sized tiles. */
    private static double[] transpose(double[] a, int rows, int cols) {
        final int tile = 32;
        double[] t = new double[a.length];
        for (int r0 = 0; r0 < rows; r0 += tile) {
            int r1 = Math.min(rows, r0 + tile);
            for (int c0 = 0; c0 < cols; c0 += tile) {
                int c1 = Math.min(cols, c0 + tile);
                for (int r = r0; r < r1; r++) {
                    for (int c = c0; c < c1; c++) {
                        t[c * rows + r] = a[r * cols + c];
                    }
                }
            }
        }
        return t;
    }

    /**
     * The first (row) pass. Its input is 0 on features and +∞ elsewhere, for which the 1-D transform
     * is just the squared distance to the nearest feature in the row: two linear scans, cheaper than
     * the general lower envelope that the second pass needs.
     */
    private static void rowDistances(Mask features, int y, int w, double[] grid) {
        int offset = y * w;
        int last = -1;
        for (int x = 0; x < w; x++) {
            if (features.contains(offset + x)) {
                last = x;
            }
            grid[offset + x] = last < 0 ? Double.POSITIVE_INFINITY : (double) (x - last) * (x - last);
        }
        last = -1;
        for (int x = w - 1; x >= 0; x--) {
            if (features.contains(offset + x)) {
                last = x;
            }
            if (last >= 0) {
                grid[offset + x] = Math.min(grid[offset + x], (double) (last - x) * (last - x));
            }
        }
    }

    /**
     * The 1-D transform d(q) = min_p ((q − p)² + f(p)) by the lower envelope of the parabolas rooted
     * at the finite samples of f; work arrays are reused across lines.
     */
    private static final class Envelope {
        /** Roots of the parabolas in the envelope. */
        private final int[] roots;
        /** Boundaries: parabola k is lowest on [bounds[k], bounds[k + 1]]. */
        private final double[] bounds;

        Envelope(int capacity) {
            roots = new int[capacity];
            bounds = new double[capacity + 1];
        }

        void transform(double[] f, int n, double[] d) {
            int k = -1;
            for (int q = 0; q < n; q++) {
                if (f[q] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (k < 0) {
                    k = 0;
                    roots[0] = q;
                    bounds[0] = Double.NEGATIVE_INFINITY;
                    bounds[1] = Double.POSITIVE_INFINITY;
                    continue;
                }
                double s = intersection(f, q, roots[k]);
                while (s <= bounds[k]) {
                    k--;
                    s = intersection(f, q, roots[k]);
                }
                k++;
                roots[k] = q;
                bounds[k] = s;
                bounds[k + 1] = Double.POSITIVE_INFINITY;
            }
            if (k < 0) {
                Arrays.fill(d, 0, n, Double.POSITIVE_INFINITY);
                return;
            }
            k = 0;
            for (int q = 0; q < n; q++) {
                while (bounds[k + 1] < q) {
                    k++;
                }
                int r = roots[k];
                d[q] = (double) (q - r) * (q - r) + f[r];
            }
        }

        /** Abscissa where the parabolas rooted at q and p (p < q) cross. */
        private static double intersection(double[] f, int q, int p) {
            return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * (q - p));
        }
    }
}
