package org.losslens.app.pin;

/** B − A per pixel, the third panel of the comparison (kept apart so it is tested without a canvas). */
public final class PinDifference {

    /** Range used when both gradients are all zero, so a scale is never degenerate (as the heatmap's). */
    static final double MIN_RANGE = 1e-12;

    private PinDifference() {
    }

    /** {@code b[i] − a[i]}; both of one length. */
    public static double[] of(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("A has " + a.length + " pixels, B " + b.length);
        }
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = b[i] - a[i];
        }
        return out;
    }
}
