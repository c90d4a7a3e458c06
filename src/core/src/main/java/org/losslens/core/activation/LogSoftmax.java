package org.losslens.core.activation;

import org.losslens.core.tensor.Tensor;

/** Log-softmax of one pixel over a range of channels, by the log-sum-exp trick (no overflow). */
public final class LogSoftmax {

    private LogSoftmax() {
    }

    /**
     * Writes ln softmax over channels [first, end) of pixel {@code pixel} into {@code out[0..end−first)}.
     *
     * @param pixels H·W, the stride between channels
     */
    public static void ofPixel(Tensor logits, int pixels, int pixel, int first, int end, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = first; c < end; c++) {
            max = Math.max(max, logits.get(c * pixels + pixel));
        }
        double sum = 0;
        for (int c = first; c < end; c++) {
            sum += Math.exp(logits.get(c * pixels + pixel) - max);
        }
        double logSum = max + Math.log(sum);
        for (int c = first; c < end; c++) {
            out[c - first] = logits.get(c * pixels + pixel) - logSum;
        }
    }
}
