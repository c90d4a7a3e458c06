package org.losslens.imaging.colormap;

/**
 * A diverging colormap for signed gradients: blue for negative, near-white at 0, red for positive.
 *
 * <p>Built from ColorBrewer's 11-class RdBu (Brewer; designed to be colour-blind safe: blue and red
 * stay apart in lightness and hue for deuteranopes and protanopes) by interpolating between its
 * anchor colours in CIELAB, so equal steps in value are roughly equal steps in perceived colour and
 * the map is symmetric in lightness around 0. Sampled once into a 256-entry table.
 */
public final class DivergingColormap implements Colormap {

    /** RdBu, from the most negative (dark blue) to the most positive (dark red). */
    private static final int[] ANCHORS = {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f
    };
    /**
     * For a projector: fully saturated blue and red reached early, so even small gradients show colour
     * on a washed-out screen; the ends stay dark blue and dark red (never black, which reads as "none").
     * Still blue/red, which stay apart for the common colour blindnesses.
     */
    private static final int[] HIGH_CONTRAST_ANCHORS = {0x00007a, 0x0040ff, 0x70b8ff, 0xffffff, 0xffa060, 0xff1a00, 0x8a0000};
    private static final int SIZE = 256;

    private final int[] table;

    public DivergingColormap() {
        this(ANCHORS);
    }

    private DivergingColormap(int[] anchors) {
        table = LabRamp.sample(anchors, SIZE);
    }

    /** The presentation mode's map. */
    public static DivergingColormap highContrast() {
        return new DivergingColormap(HIGH_CONTRAST_ANCHORS);
    }

    @Override
    public boolean signed() {
        return true;
    }

    /**
     * The ARGB colour of {@code value} on a symmetric scale [−range, +range]; values beyond are clamped,
     * NaN is mid-grey so it is never mistaken for 0.
     */
    @Override
    public int argb(double value, double range) {
        if (Double.isNaN(value)) {
            return 0xff808080;
        }
        double t = range > 0 ? 0.5 + 0.5 * value / range : 0.5;
        t = Math.min(1, Math.max(0, t));
        return table[(int) Math.round(t * (SIZE - 1))];
    }
}
