package org.losslens.app.masks;

import org.losslens.imaging.png.BoxFilter;

/** Resizes both mask layers with the box filter of {@link BoxFilter}. */
public final class BoxResampler {

    private BoxResampler() {
    }

    /** Both layers at a new size: the prediction averaged, the GT averaged then thresholded at 0.5. */
    public static Masks resize(Masks masks, int newWidth, int newHeight) {
        if (masks.isMulticlass()) {
            return resizeLabelled(masks, newWidth, newHeight);
        }
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

    /** Multiclass: each class probability averaged (sums stay 1); each label by the largest covered share. */
    private static Masks resizeLabelled(Masks masks, int newWidth, int newHeight) {
        int n = masks.pixels();
        int m = newWidth * newHeight;
        int classes = masks.classes();
        double[] all = masks.classProbabilitiesCopy();
        double[] p = new double[classes * m];
        double[] labels = new double[m];
        double[] bestShare = new double[m];
        for (int c = 0; c < classes; c++) {
            double[] channel = BoxFilter.resample(java.util.Arrays.copyOfRange(all, c * n, (c + 1) * n), masks.width(),
                    masks.height(), newWidth, newHeight);
            System.arraycopy(channel, 0, p, c * m, m);
            double[] oneHot = new double[n];
            for (int i = 0; i < n; i++) {
                oneHot[i] = masks.label(i) == c ? 1 : 0;
            }
            double[] share = BoxFilter.resample(oneHot, masks.width(), masks.height(), newWidth, newHeight);
            for (int i = 0; i < m; i++) {
                if (share[i] > bestShare[i]) {
                    bestShare[i] = share[i];
                    labels[i] = c;
                }
            }
        }
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += p[c * m + i];
            }
            for (int c = 0; c < classes; c++) {
                p[c * m + i] /= sum;
            }
        }
        return Masks.labelled(classes, newHeight, newWidth, labels, p);
    }
}
