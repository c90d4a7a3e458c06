package org.losslens.core.loss.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.losslens.core.loss.GradientProbe.assertAccumulates;
import static org.losslens.core.loss.GradientProbe.assertFinite;
import static org.losslens.core.loss.GradientProbe.assertGradient;
import static org.losslens.core.loss.GradientProbe.constantBinary;
import static org.losslens.core.loss.GradientProbe.constantLogits;
import static org.losslens.core.loss.GradientProbe.randomBinaryTarget;
import static org.losslens.core.loss.GradientProbe.randomLogits;
import static org.losslens.core.loss.GradientProbe.randomSoftTarget;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

class ActiveContourTest {

    @ParameterizedTest
    @CsvSource({"1.0, 1.0, 6, 7", "0.2, 5.0, 5, 9", "3.0, 0.0, 3, 3", "1.0, 1.0, 2, 6"})
    void gradientMatchesFiniteDifferences(double mu, double lambda, int h, int w) {
        Random rng = new Random(61 + h * w);
        Tensor x = randomLogits(rng, 1, h, w, 2);
        assertGradient(new ActiveContour(mu, lambda), x, randomBinaryTarget(rng, h, w, 0.4));
        assertGradient(new ActiveContour(mu, lambda), x, randomSoftTarget(rng, h, w));
        assertAccumulates(new ActiveContour(mu, lambda), x, randomSoftTarget(rng, h, w));
    }

    @Test
    void matchesTheDefinition() {
        Random rng = new Random(62);
        int h = 5;
        int w = 6;
        Tensor x = randomLogits(rng, 1, h, w, 1);
        Target t = randomSoftTarget(rng, h, w);
        LossInput in = LossInput.of(x, t);
        double[][] p = new double[h][w];
        double inside = 0;
        double outside = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                p[r][c] = 1 / (1 + Math.exp(-x.get(0, r, c)));
                double tt = t.oneHot(r * w + c);
                inside += p[r][c] * (tt - 1) * (tt - 1);
                outside += (1 - p[r][c]) * tt * tt;
            }
        }
        // the reference's crops: x = diff along rows, cropped [1:, :-2]; y = diff along columns, cropped [:-2, 1:]
        double length = 0;
        for (int a = 0; a < h - 2; a++) {
            for (int b = 0; b < w - 2; b++) {
                double dx = p[a + 2][b] - p[a + 1][b];
                double dy = p[a][b + 2] - p[a][b + 1];
                length += Math.sqrt(dx * dx + dy * dy + 1e-8);
            }
        }
        double expected = length / ((h - 2) * (w - 2)) + 2.0 * (0.5 * inside / (h * w) + outside / (h * w));
        assertEquals(expected, new ActiveContour(0.5, 2.0).evaluate(in).value(), 1e-14);
    }

    @Test
    void degenerateInputsStayFinite() {
        ActiveContour loss = new ActiveContour(1, 1);
        for (double v : new double[] {-1e4, 0, 1e4}) {
            assertFinite(loss, constantLogits(1, 6, 6, v), constantBinary(6, 6, 0));
            assertFinite(loss, constantLogits(1, 6, 6, v), constantBinary(6, 6, 1));
            double[] one = new double[36];
            one[14] = 1;
            assertFinite(loss, constantLogits(1, 6, 6, v), Target.binary(6, 6, one));
            assertFinite(loss, constantLogits(1, 1, 1, v), constantBinary(1, 1, 1));
        }
        // a flat prediction: the length term is √1e-8 = 1e-4, with zero gradient
        LossResult flat = loss.evaluate(LossInput.of(constantLogits(1, 4, 4, 1e4), constantBinary(4, 4, 1)));
        assertEquals(1e-4, flat.value(), 1e-16);
        assertEquals(0.0, flat.gradient().maxAbs());
        // too small for the crop: no length term
        Tensor tiny = Tensor.of(new Shape(1, 2, 2), new double[] {0, 0, 0, 0});
        assertEquals(0.5 * 2 / 4 + 0.5 * 2 / 4,
                loss.evaluate(LossInput.of(tiny, Target.binary(2, 2, new double[] {1, 0, 1, 0}))).value(), 1e-15);
    }
}
