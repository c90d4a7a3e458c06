package org.losslens.core.synthesis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GaussianBlurTest {

    /**
     * The definition, pixel by pixel: Σ_k w_k·v[clamp(i + k)] along rows, then along columns, with the
     * weights e^{−k²/2σ²} for |k| ≤ ⌈3σ⌉ normalised to sum 1, added in k order.
     */
    private static double[] direct(int height, int width, double[] v, double sigma) {
        int r = Math.max(1, (int) Math.ceil(3 * sigma));
        double[] w = new double[2 * r + 1];
        double sum = 0;
        for (int k = -r; k <= r; k++) {
            w[k + r] = Math.exp(-0.5 * k * k / (sigma * sigma));
            sum += w[k + r];
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        double[] rows = new double[v.length];
        double[] out = new double[v.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) {
                    s += w[k + r] * v[y * width + Math.min(width - 1, Math.max(0, x + k))];
                }
                rows[y * width + x] = s;
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) {
                    s += w[k + r] * rows[Math.min(height - 1, Math.max(0, y + k)) * width + x];
                }
                out[y * width + x] = s;
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1,1,2", "1,9,0.5", "9,1,1.5", "3,5,2", "5,3,3.3", "13,2,1", "40,37,2", "16,16,10"})
    void equalsTheClampedSumPixelByPixelToTheBit(int height, int width, double sigma) {
        Random random = new Random(height * 31L + width);
        double[] v = new double[height * width];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 7 == 0 ? -0.0 : random.nextGaussian();
        }
        double[] expected = direct(height, width, v, sigma);
        double[] actual = GaussianBlur.blur(height, width, v, sigma);
        for (int i = 0; i < v.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "pixel " + i + ": " + expected[i] + " vs " + actual[i]);
        }
    }

    @Test
    void aConstantImageStaysConstant() {
        double[] v = new double[12 * 7];
        Arrays.fill(v, 0.25);
        for (double value : GaussianBlur.blur(12, 7, v, 2)) {
            assertEquals(0.25, value, 1e-15);
        }
    }

    @Test
    void noSigmaGivesACopy() {
        double[] v = {1, 2, 3, 4};
        double[] out = GaussianBlur.blur(2, 2, v, 0);
        assertArrayEquals(v, out, 0.0);
        assertNotSame(v, out);
    }
}
