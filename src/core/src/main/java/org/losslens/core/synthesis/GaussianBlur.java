package org.losslens.core.synthesis;

/**
 * Separable Gaussian blur with edge clamping: soft, realistic borders for a generated prediction.
 * The kernel is truncated at 3σ and renormalised, so a constant image stays constant.
 */
public final class GaussianBlur {

    private GaussianBlur() {
    }

    /** A blurred copy; σ ≤ 0 returns a plain copy. */
    public static double[] blur(int height, int width, double[] values, double sigma) {
        if (!(sigma > 0)) {
            return values.clone();
        }
        double[] kernel = kernel(sigma);
        int r = kernel.length / 2;
        double[] rows = new double[values.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) {
                    int xx = Math.min(width - 1, Math.max(0, x + k));
                    s += kernel[k + r] * values[y * width + xx];
                }
                rows[y * width + x] = s;
            }
        }
        double[] out = new double[values.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) {
                    int yy = Math.min(height - 1, Math.max(0, y + k));
                    s += kernel[k + r] * rows[yy * width + x];
                }
                out[y * width + x] = s;
            }
        }
        return out;
    }

    private static double[] kernel(double sigma) {
        int r = Math.max(1, (int) Math.ceil(3 * sigma));
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }
}
