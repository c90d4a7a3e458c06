package org.losslens.app.masks;

import org.losslens.imaging.png.BoxFilter;

/** Resizes both mask layers with the box filter of {@link BoxFilter}. */
public final class BoxResampler {

    private BoxResampler() {
    }

    /** Both layers at a new size: the prediction averaged, the GT averaged then thresholded at 0.5. */
    public static Masks resize(Masks masks, int newWidth, int newHeight) {
        double[] gt = BoxFilter.resample(masks.groundTruthCopy(), masks.width(), masks.height(), newWidth, newHeight);
        for (int i = 0; i < gt.length; i++) {
            gt[i] = gt[i] >= 0.5 ? 1 : 0;
        }
        double[] p = BoxFilter.resample(masks.probabilityCopy(), masks.width(), masks.height(), newWidth, newHeight);
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.min(1, Math.max(0, p[i]));
        }
        return Masks.of(newHeight, newWidth, gt, p);
    }
}
