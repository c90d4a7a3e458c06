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
        // Each output is Σ_k kernel[k]·v[clamp(i + k)] added in k order from 0, as a per-pixel loop would
        // add it; the loops run k-outer so that the innermost one is a plain a[x] += w·b[x + k] over a
        // row, which the JIT vectorises (the per-pixel form, with its clamp inside, did not): the same
        // additions in the same order, so the same numbers, several times faster (σ = 2 smoothing of
        // the Optimise tab's gradients spent most of its step here).
        double[] rows = new double[values.length];
        for (int y = 0; y < height; y++) {
            int base = y * width;
            for (int k = -r; k <= r; k++) {
                double w = kernel[k + r];
                // x + k inside [0, width) for x in [from, to); the clamped ends read the edge pixel
                int from = Math.min(width, Math.max(0, -k));
                int to = Math.max(from, Math.min(width, width - k));
                for (int x = 0; x < from; x++) {
                    rows[base + x] += w * values[base];
                }
                for (int x = from; x < to; x++) {
                    rows[base + x] += w * values[base + x + k];
                }
                for (int x = to; x < width; x++) {
                    rows[base + x] += w * values[base + width - 1];
                }
            }
        }
        double[] out = new double[values.length];
        for (int y = 0; y < height; y++) {
            int base = y * width;
            for (int k = -r; k <= r; k++) {
                double w = kernel[k + r];
                int source = Math.min(height - 1, Math.max(0, y + k)) * width;
                for (int x = 0; x < width; x++) {
                    out[base + x] += w * rows[source + x];
                }
            }
        }
        return out;
    }

    /** The weights e^{−k²/2σ²} for |k| ≤ max(1, ⌈3σ⌉), normalised to sum 1; index k + radius. */
    static double[] kernel(double sigma) {
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
