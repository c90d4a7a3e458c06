package org.losslens.app.multiclass;

import org.losslens.app.masks.Masks;
import org.losslens.app.theme.Palette;

/**
 * The multiclass picture of the masks, in the label colours of {@link Palette} (the Okabe–Ito set,
 * told apart with the common colour-vision deficiencies, on a dark background so the classes stand
 * out). The prediction is shown as the probability-weighted mix of the class colours: a confident pixel
 * has its class's colour, an unsure one a muddy blend — exactly what the losses see.
 */
public final class ClassPalette {

    private static final double TINT_OPACITY = 0.45;

    private ClassPalette() {
    }

    /** 0xRRGGBB of a label. */
    public static int rgb(int label) {
        return Palette.labelRgb(label);
    }

    /** ARGB pixels: the prediction as mixed class colours, the GT as a tint of its label colour. */
    public static int[] compose(Masks masks, boolean showPrediction, boolean tintGroundTruth) {
        int n = masks.pixels();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            double r = Palette.EMPTY_PIXEL_GREY;
            double g = Palette.EMPTY_PIXEL_GREY;
            double b = Palette.EMPTY_PIXEL_GREY;
            if (showPrediction) {
                r = 0;
                g = 0;
                b = 0;
                for (int c = 0; c < masks.classes(); c++) {
                    double p = masks.classProbability(c, i);
                    int rgb = rgb(c);
                    r += p * ((rgb >> 16) & 0xff);
                    g += p * ((rgb >> 8) & 0xff);
                    b += p * (rgb & 0xff);
                }
            }
            int label = masks.label(i);
            if (tintGroundTruth && label != 0) {
                int rgb = rgb(label);
                r = r * (1 - TINT_OPACITY) + ((rgb >> 16) & 0xff) * TINT_OPACITY;
                g = g * (1 - TINT_OPACITY) + ((rgb >> 8) & 0xff) * TINT_OPACITY;
                b = b * (1 - TINT_OPACITY) + (rgb & 0xff) * TINT_OPACITY;
            }
            out[i] = 0xff000000 | ((int) Math.round(r) << 16) | ((int) Math.round(g) << 8) | (int) Math.round(b);
        }
        return out;
    }
}
