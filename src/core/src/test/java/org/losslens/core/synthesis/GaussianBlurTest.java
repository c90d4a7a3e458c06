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
     * The definition, pixel by pixel: Σ_k w_k·v[clamp(i + k)] along rows, then along columns, added in
     * k order, with the weights of {@link GaussianBlur#kernel} (tested on their own below).
     */
    private static double[] direct(int height, int width, double[] v, double sigma) {
        double[] w = GaussianBlur.kernel(sigma);
        int r = w.length / 2;
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
    void theKernelIsTheNormalisedGaussianOutToThreeSigma() {
        double[] w = GaussianBlur.kernel(1.5);
        assertEquals(2 * 5 + 1, w.length); // ⌈4.5⌉ = 5
        double sum = 0;
        for (int k = -5; k <= 5; k++) {
            assertEquals(w[5 + k], w[5 - k], 0.0);
            assertEquals(Math.exp(-k * k / (2 * 1.5 * 1.5)) / Math.exp(0), w[5 + k] / w[5], 1e-15);
            sum += w[5 + k];
        }
        assertEquals(1, sum, 1e-15);
        assertEquals(3, GaussianBlur.kernel(0.2).length); // never narrower than one pixel each side
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
