package org.losslens.core.sweep;

/** Sample positions for sweeps. */
public final class Grid {

    private Grid() {
    }

    /** {@code n} points from {@code from} to {@code to} inclusive, evenly spaced. */
    public static double[] linear(double from, double to, int n) {
        requireCount(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
        }
        return x;
    }

    /** {@code n} points from {@code from} to {@code to} inclusive, evenly spaced on a log scale (both > 0). */
    public static double[] logarithmic(double from, double to, int n) {
        if (!(from > 0 && to > 0)) {
            throw new IllegalArgumentException("a log-spaced grid needs positive ends, got " + from + ", " + to);
        }
        double[] x = linear(Math.log(from), Math.log(to), n);
        for (int i = 0; i < n; i++) {
            x[i] = Math.exp(x[i]);
        }
        x[0] = from;
        x[n - 1] = to;
        return x;
    }

    private static void requireCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a grid needs at least 1 point, got " + n);
        }
    }
}
