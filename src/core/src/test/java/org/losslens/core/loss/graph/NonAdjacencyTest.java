package org.losslens.core.loss.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.losslens.core.loss.GradientProbe.assertAccumulates;
import static org.losslens.core.loss.GradientProbe.assertFinite;
import static org.losslens.core.loss.GradientProbe.assertGradient;
import static org.losslens.core.loss.GradientProbe.constantLogits;
import static org.losslens.core.loss.GradientProbe.randomLabels;
import static org.losslens.core.loss.GradientProbe.randomLogits;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

class NonAdjacencyTest {

    private static final double[][] FG_PAIRS_4 = {{0, 0, 0, 0}, {0, 0, 1, 1}, {0, 1, 0, 1}, {0, 1, 1, 0}};

    @Test
    void gradientMatchesFiniteDifferences() {
        Random rng = new Random(51);
        Tensor x = randomLogits(rng, 4, 5, 6, 2);
        Target t = randomLabels(rng, 4, 5, 6);
        assertGradient(new NonAdjacency(FG_PAIRS_4, 2.5), x, t);
        assertGradient(new NonAdjacency(null, 1), x, t);
        double[][] all = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}};
        Tensor x3 = randomLogits(rng, 3, 4, 3, 2);
        assertGradient(new NonAdjacency(all, 3), x3, randomLabels(rng, 3, 4, 3));
        assertAccumulates(new NonAdjacency(FG_PAIRS_4, 2.5), x, t);
    }

    @Test
    void matchesTheDefinitionWithZeroPadding() {
        Random rng = new Random(52);
        double[][] f = {{0, 1, 0}, {1, 0, 1}, {0, 1, 0}};
        LossInput in = LossInput.of(randomLogits(rng, 3, 4, 5, 1.5), randomLabels(rng, 3, 4, 5));
        assertEquals(2 * definition(in, f) / 4, new NonAdjacency(f, 2).evaluate(in).value(), 1e-14);
    }

    @Test
    void manyForbiddenPairsPerClassMatchTheDefinitionAndTheirGradient() {
        // 7 classes, every pair forbidden: six partners per class, more than one pass of four sums
        Random rng = new Random(53);
        int c = 7;
        double[][] f = new double[c][c];
        int pairs = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                f[i][j] = i == j ? 0 : 1;
                pairs += i == j ? 0 : 1;
            }
        }
        Tensor x = randomLogits(rng, c, 4, 5, 1.5);
        Target t = randomLabels(rng, c, 4, 5);
        LossInput in = LossInput.of(x, t);
        assertEquals(1.5 * definition(in, f) / pairs, new NonAdjacency(f, 1.5).evaluate(in).value(), 1e-14);
        assertGradient(new NonAdjacency(f, 1.5), x, t);
    }

    /** Σ_ij f_ij · mean_x(p_i(x)·B(p_j)(x)), B the 3×3 mean with zero padding, straight from the formula. */
    private static double definition(LossInput in, double[][] f) {
        int c = in.channels();
        int h = in.shape().height();
        int w = in.shape().width();
        double sum = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                double a = 0;
                for (int r = 0; r < h; r++) {
                    for (int col = 0; col < w; col++) {
                        double box = 0;
                        for (int dr = -1; dr <= 1; dr++) {
                            for (int dc = -1; dc <= 1; dc++) {
                                int rr = r + dr;
                                int cc = col + dc;
                                if (rr >= 0 && rr < h && cc >= 0 && cc < w) {
                                    box += in.activations().probability((j * h + rr) * w + cc);
                                }
                            }
                        }
                        a += in.activations().probability((i * h + r) * w + col) * box / 9;
                    }
                }
                sum += f[i][j] * a / (h * w);
            }
        }
        return sum;
    }

    @Test
    void defaultForbidsDistinctForegroundPairsOnly() {
        Random rng = new Random(53);
        Tensor x = randomLogits(rng, 4, 4, 4, 1);
        Target t = randomLabels(rng, 4, 4, 4);
        LossInput in = LossInput.of(x, t);
        assertEquals(new NonAdjacency(FG_PAIRS_4, 1).evaluate(in).value(),
                new NonAdjacency(null, 1).evaluate(in).value(), 0);
        // C = 2: no pair of distinct foreground classes, so nothing is forbidden
        LossResult two = new NonAdjacency(null, 1).evaluate(LossInput.of(randomLogits(rng, 2, 3, 3, 1),
                randomLabels(rng, 2, 3, 3)));
        assertEquals(0.0, two.value());
        assertEquals(0.0, two.gradient().maxAbs());
    }

    @Test
    void degenerateInputsStayFinite() {
        NonAdjacency loss = new NonAdjacency(null, 100);
        for (double v : new double[] {-1e4, 0, 1e4}) {
            double[] m = new double[3 * 4];
            for (int i = 0; i < 4; i++) {
                m[i] = v;
                m[4 + i] = -v;
            }
            assertFinite(loss, Tensor.of(new Shape(3, 2, 2), m), Target.labels(3, 2, 2, new int[4]));
            assertFinite(loss, constantLogits(3, 1, 1, v), Target.labels(3, 1, 1, new int[] {2}));
        }
    }

    @Test
    void rejectsBadMatrices() {
        assertMatrixError(new double[][] {{0, 0.5}, {0.5, 0}}, "0 and 1");
        assertMatrixError(new double[][] {{0, 1}, {0, 0}}, "symmetric");
        assertMatrixError(new double[][] {{1, 0}, {0, 0}}, "diagonal");
        assertMatrixError(new double[][] {{0, -1}, {-1, 0}}, "negative");
        Random rng = new Random(2);
        NonAdjacency three = new NonAdjacency(new double[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}}, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> three.evaluate(LossInput.of(randomLogits(rng, 2, 3, 3, 1), randomLabels(rng, 2, 3, 3))));
        assertTrue(e.getMessage().contains("forbidden") && e.getMessage().contains("C = 2"), e.getMessage());
        var params = NonAdjacency.SPEC.bind(Map.of("forbidden", List.of(List.of(0.0, 2.0), List.of(2.0, 0.0))), false);
        assertThrows(IllegalArgumentException.class, () -> NonAdjacency.SPEC.create(params));
    }

    private static void assertMatrixError(double[][] m, String words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NonAdjacency(m, 1));
        assertTrue(e.getMessage().contains("forbidden") && e.getMessage().contains(words), e.getMessage());
    }
}
