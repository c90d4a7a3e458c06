package org.losslens.core.geometry;

import java.util.Arrays;

/**
 * Exact Euclidean distance transforms in O(H·W), by the lower envelope of parabolas of Felzenszwalb
 * and Huttenlocher ("Distance Transforms of Sampled Functions", Theory of Computing 8, 2012,
 * Algorithm 1): the 1-D squared-distance transform is applied along every column, then along every
 * row of the result. All arithmetic is on integer squared distances held exactly in doubles; the
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
        double[] grid = columnDistances(features, h, w);
        // The second pass runs along rows, where every line it reads and writes is contiguous; the
        // first pass below walks the columns all at once, row by row, so neither pass needs a
        // transpose or a strided walk (both dominated the run time at 512×512).
        Envelope envelope = new Envelope(w);
        double[] line = new double[w];
        for (int y = 0; y < h; y++) {
            System.arraycopy(grid, y * w, line, 0, w);
            envelope.transform(line, w, grid, y * w);
        }
        return grid;
    }

    /**
     * The first pass, along columns. Its input is 0 on features and +∞ elsewhere, for which the 1-D
     * transform is just the squared distance to the nearest feature in the column: a scan down and a
     * scan up, cheaper than the general lower envelope that the second pass needs. Both scans advance
     * every column together, one row at a time, so memory is read in order.
     */
    private static double[] columnDistances(Mask features, int h, int w) {
        double[] grid = new double[h * w];
        int[] nearest = new int[w];
        Arrays.fill(nearest, -1);
        for (int y = 0; y < h; y++) {
            int offset = y * w;
            for (int x = 0; x < w; x++) {
                if (features.contains(offset + x)) {
                    nearest[x] = y;
                }
                int above = nearest[x];
                grid[offset + x] = above < 0 ? Double.POSITIVE_INFINITY : (double) (y - above) * (y - above);
            }
        }
        Arrays.fill(nearest, -1);
        for (int y = h - 1; y >= 0; y--) {
            int offset = y * w;
            for (int x = 0; x < w; x++) {
                if (features.contains(offset + x)) {
                    nearest[x] = y;
                }
                int below = nearest[x];
                if (below >= 0) {
                    grid[offset + x] = Math.min(grid[offset + x], (double) (below - y) * (below - y));
                }
            }
        }
        return grid;
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

        /** Writes the transform of f[0, n) into d[from, from + n). */
        void transform(double[] f, int n, double[] d, int from) {
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
                Arrays.fill(d, from, from + n, Double.POSITIVE_INFINITY);
                return;
            }
            k = 0;
            for (int q = 0; q < n; q++) {
                while (bounds[k + 1] < q) {
                    k++;
                }
                int r = roots[k];
                d[from + q] = (double) (q - r) * (q - r) + f[r];
            }
        }

        /** Abscissa where the parabolas rooted at q and p (p < q) cross. */
        private static double intersection(double[] f, int q, int p) {
            return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * (q - p));
        }
    }
}
