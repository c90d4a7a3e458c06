package org.losslens.app.editor;

import org.losslens.app.masks.Masks;
import org.losslens.app.theme.Palette;

/**
 * The editor's picture of the masks as ARGB pixels: the prediction as a grey level (black p = 0,
 * white p = 1) with the ground truth as a translucent tint over it. Pure, so it is tested without FX.
 */
public final class MaskImages {

    /** Amber: distinct from the grey prediction and from the heatmap's blue/red. */
    private static final int TINT_RGB = Palette.GROUND_TRUTH_RGB;
    private static final double TINT_OPACITY = 0.45;

    private MaskImages() {
    }

    public static int[] compose(Masks masks, boolean showPrediction, boolean tintGroundTruth) {
        if (masks.isMulticlass()) {
            return org.losslens.app.multiclass.ClassPalette.compose(masks, showPrediction, tintGroundTruth);
        }
        int[] out = new int[masks.pixels()];
        for (int i = 0; i < out.length; i++) {
            int grey = showPrediction ? (int) Math.round(masks.probability(i) * 255) : Palette.EMPTY_PIXEL_GREY;
            int r = grey;
            int g = grey;
            int b = grey;
            if (tintGroundTruth && masks.groundTruth(i) >= 0.5) {
                r = mix(r, (TINT_RGB >> 16) & 0xff);
                g = mix(g, (TINT_RGB >> 8) & 0xff);
                b = mix(b, TINT_RGB & 0xff);
            }
            out[i] = 0xff000000 | (r << 16) | (g << 8) | b;
        }
        return out;
    }

    private static int mix(int base, int tint) {
        return (int) Math.round(base * (1 - TINT_OPACITY) + tint * TINT_OPACITY);
    }
}
