package org.losslens.app.multiclass;

import org.losslens.app.masks.Masks;

/**
 * The colours of the labels and the multiclass picture of the masks. Label colours are the Okabe–Ito
 * set (told apart with the common colour-vision deficiencies); background is dark so the classes stand
 * out. The prediction is shown as the probability-weighted mix of the class colours: a confident pixel
 * has its class's colour, an unsure one a muddy blend — exactly what the losses see.
 */
public final class ClassPalette {

    private static final int[] RGB = {0x202020, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0xCC79A7};
    private static final double TINT_OPACITY = 0.45;

    private ClassPalette() {
    }

    /** 0xRRGGBB of a label. */
    public static int rgb(int label) {
        return RGB[label];
    }

    /** "#rrggbb" of a label, for CSS. */
    public static String web(int label) {
        return String.format("#%06x", RGB[label]);
    }

    /** ARGB pixels: the prediction as mixed class colours, the GT as a tint of its label colour. */
    public static int[] compose(Masks masks, boolean showPrediction, boolean tintGroundTruth) {
        int n = masks.pixels();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            double r = 0x28;
            double g = 0x28;
            double b = 0x28;
            if (showPrediction) {
                r = 0;
                g = 0;
                b = 0;
                for (int c = 0; c < masks.classes(); c++) {
                    double p = masks.classProbability(c, i);
                    r += p * ((RGB[c] >> 16) & 0xff);
                    g += p * ((RGB[c] >> 8) & 0xff);
                    b += p * (RGB[c] & 0xff);
                }
            }
            int label = masks.label(i);
            if (tintGroundTruth && label != 0) {
                r = r * (1 - TINT_OPACITY) + ((RGB[label] >> 16) & 0xff) * TINT_OPACITY;
                g = g * (1 - TINT_OPACITY) + ((RGB[label] >> 8) & 0xff) * TINT_OPACITY;
                b = b * (1 - TINT_OPACITY) + (RGB[label] & 0xff) * TINT_OPACITY;
            }
            out[i] = 0xff000000 | ((int) Math.round(r) << 16) | ((int) Math.round(g) << 8) | (int) Math.round(b);
        }
        return out;
    }
}
