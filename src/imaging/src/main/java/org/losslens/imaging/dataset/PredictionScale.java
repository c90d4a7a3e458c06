package org.losslens.imaging.dataset;

/**
 * What the numbers of a prediction array are. A network's raw output is logits (any real number); a
 * saved {@code sigmoid}/{@code softmax} output is probabilities. The file does not say which, so the
 * range decides ({@link #detect}) and the user may overrule it.
 */
public enum PredictionScale {
    /** Pre-activation scores: the core's input as they are. */
    LOGITS,
    /** Values in [0, 1] (per pixel summing to 1 over the channels, for multiclass). */
    PROBABILITIES;

    /**
     * Probabilities when every value lies in [0, 1] (and, with several channels, each pixel's values
     * sum to 1 within 1e-3, as a softmax output does in float32); logits otherwise. An array of logits
     * that all happen to fall in [0, 1] is read as probabilities — the caller shows the guess so the
     * user can correct it.
     *
     * @param channels 1 for a binary prediction, C for C×H×W
     * @throws IllegalArgumentException on NaN or an infinite value (neither scale has them)
     */
    public static PredictionScale detect(double[] values, int channels) {
        boolean unit = true;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the prediction holds " + v + " at index " + i
                        + "; logits and probabilities are finite numbers");
            }
            unit &= v >= 0 && v <= 1;
        }
        if (!unit || channels == 1) {
            return unit ? PROBABILITIES : LOGITS;
        }
        int pixels = values.length / channels;
        for (int i = 0; i < pixels; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += values[c * pixels + i];
            }
            if (Math.abs(sum - 1) > 1e-3) {
                return LOGITS;
            }
        }
        return PROBABILITIES;
    }
}
