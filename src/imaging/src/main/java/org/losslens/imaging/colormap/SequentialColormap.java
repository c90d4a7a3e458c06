package org.losslens.imaging.colormap;

/**
 * For the summed gradient magnitude Σ_c |∂L/∂logit_c|, which has no sign: near-white at 0 to dark
 * purple (ColorBrewer Purples), a hue the diverging map does not use, so it is never read as a sign.
 */
public final class SequentialColormap implements Colormap {

    private static final int[] ANCHORS = {0xfcfbfd, 0xdadaeb, 0x9e9ac8, 0x6a51a3, 0x3f007d};
    private static final int SIZE = 256;

    private final int[] table = LabRamp.sample(ANCHORS, SIZE);

    @Override
    public int argb(double value, double range) {
        if (Double.isNaN(value)) {
            return 0xff808080;
        }
        double t = range > 0 ? Math.min(1, Math.max(0, value / range)) : 0;
        return table[(int) Math.round(t * (SIZE - 1))];
    }

    @Override
    public boolean signed() {
        return false;
    }
}
