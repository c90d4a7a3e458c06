package org.losslens.app.heatmap;

import org.losslens.core.tensor.Tensor;

/**
 * What a heatmap shows of a gradient, one value per pixel: a binary gradient's only channel; for a
 * multiclass gradient (C channels, channel-major) one class channel, signed, or the summed magnitude
 * Σ_c |∂L/∂logit_c| — where the loss pushes at all, whatever the class. The large heatmap and the
 * heatmap grid both ask here, so a channel choice means the same thing in each.
 */
public final class GradientChannel {

    /** The channel value that selects the summed magnitude over all class channels. */
    public static final int SUMMED_MAGNITUDE = -1;

    private GradientChannel() {
    }

    /** True when {@code channel} of {@code gradient} is the summed magnitude (no sign, scale [0, range]). */
    public static boolean isMagnitude(Tensor gradient, int channel) {
        return gradient.shape().channels() > 1 && channel == SUMMED_MAGNITUDE;
    }

    /** The values shown, one per pixel; a class beyond the gradient's classes shows its last class. */
    public static double[] values(Tensor gradient, int channel) {
        int n = gradient.shape().pixels();
        int channels = gradient.shape().channels();
        double[] out = new double[n];
        if (channels == 1) {
            gradient.copyInto(out);
        } else if (channel == SUMMED_MAGNITUDE) {
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < n; i++) {
                    out[i] += Math.abs(gradient.get(c * n + i));
                }
            }
        } else {
            int c = Math.min(channel, channels - 1);
            for (int i = 0; i < n; i++) {
                out[i] = gradient.get(c * n + i);
            }
        }
        return out;
    }

    /** The largest |value|: the colour range that fits them all. */
    public static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
