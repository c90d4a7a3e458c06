package org.losslens.imaging.colormap;

/**
 * A diverging colormap for signed gradients: blue for negative, near-white at 0, red for positive.
 *
 * <p>Built from ColorBrewer's 11-class RdBu (Brewer; designed to be colour-blind safe: blue and red
 * stay apart in lightness and hue for deuteranopes and protanopes) by interpolating between its
 * anchor colours in CIELAB, so equal steps in value are roughly equal steps in perceived colour and
 * the map is symmetric in lightness around 0. Sampled once into a 256-entry table.
 */
public final class DivergingColormap {

    /** RdBu, from the most negative (dark blue) to the most positive (dark red). */
    private static final int[] ANCHORS = {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f
    };
    private static final int SIZE = 256;

    private final int[] table = new int[SIZE];

    public DivergingColormap() {
        double[][] lab = new double[ANCHORS.length][];
        for (int i = 0; i < ANCHORS.length; i++) {
            lab[i] = Cielab.fromRgb(ANCHORS[i]);
        }
        for (int k = 0; k < SIZE; k++) {
            double t = (double) k / (SIZE - 1) * (ANCHORS.length - 1);
            int i = Math.min(ANCHORS.length - 2, (int) Math.floor(t));
            double f = t - i;
            double[] mix = new double[3];
            for (int c = 0; c < 3; c++) {
                mix[c] = lab[i][c] + f * (lab[i + 1][c] - lab[i][c]);
            }
            table[k] = 0xff000000 | Cielab.toRgb(mix);
        }
    }

    /**
     * The ARGB colour of {@code value} on a symmetric scale [−range, +range]; values beyond are clamped,
     * NaN is mid-grey so it is never mistaken for 0.
     */
    public int argb(double value, double range) {
        if (Double.isNaN(value)) {
            return 0xff808080;
        }
        double t = range > 0 ? 0.5 + 0.5 * value / range : 0.5;
        t = Math.min(1, Math.max(0, t));
        return table[(int) Math.round(t * (SIZE - 1))];
    }
}
