package org.losslens.app.masks;

/**
 * Resampling by averaging the source area each target pixel covers (a box filter): downscaling keeps
 * thin structures as partial grey instead of dropping them, upscaling repeats pixels.
 */
public final class BoxResampler {

    private BoxResampler() {
    }

    public static double[] resample(double[] values, int width, int height, int newWidth, int newHeight) {
        double[] out = new double[newWidth * newHeight];
        double sx = (double) width / newWidth;
        double sy = (double) height / newHeight;
        for (int y = 0; y < newHeight; y++) {
            double y0 = y * sy;
            double y1 = y0 + sy;
            for (int x = 0; x < newWidth; x++) {
                double x0 = x * sx;
                double x1 = x0 + sx;
                double sum = 0;
                double area = 0;
                for (int yy = (int) Math.floor(y0); yy < Math.min(height, Math.ceil(y1)); yy++) {
                    double wy = Math.min(y1, yy + 1) - Math.max(y0, yy);
                    for (int xx = (int) Math.floor(x0); xx < Math.min(width, Math.ceil(x1)); xx++) {
                        double w = wy * (Math.min(x1, xx + 1) - Math.max(x0, xx));
                        sum += w * values[yy * width + xx];
                        area += w;
                    }
                }
                out[y * newWidth + x] = area > 0 ? sum / area : 0;
            }
        }
        return out;
    }

    /** Both layers at a new size: the prediction averaged, the GT averaged then thresholded at 0.5. */
    public static Masks resize(Masks masks, int newWidth, int newHeight) {
        if (masks.isMulticlass()) {
            return resizeLabelled(masks, newWidth, newHeight);
        }
        double[] gt = resample(masks.groundTruthCopy(), masks.width(), masks.height(), newWidth, newHeight);
        for (int i = 0; i < gt.length; i++) {
            gt[i] = gt[i] >= 0.5 ? 1 : 0;
        }
        double[] p = resample(masks.probabilityCopy(), masks.width(), masks.height(), newWidth, newHeight);
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
            double[] channel = resample(java.util.Arrays.copyOfRange(all, c * n, (c + 1) * n), masks.width(),
                    masks.height(), newWidth, newHeight);
            System.arraycopy(channel, 0, p, c * m, m);
            double[] oneHot = new double[n];
            for (int i = 0; i < n; i++) {
                oneHot[i] = masks.label(i) == c ? 1 : 0;
            }
            double[] share = resample(oneHot, masks.width(), masks.height(), newWidth, newHeight);
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
