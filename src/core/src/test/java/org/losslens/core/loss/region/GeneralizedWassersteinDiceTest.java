package org.losslens.core.loss.region;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

class GeneralizedWassersteinDiceTest {

    private static final double[][] GRADED = {
        {0, 1.0 / 3, 2.0 / 3, 1}, {1.0 / 3, 0, 1.0 / 3, 2.0 / 3}, {2.0 / 3, 1.0 / 3, 0, 1.0 / 3}, {1, 2.0 / 3, 1.0 / 3, 0}};

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void gradientMatchesFiniteDifferences(boolean gdl) {
        Random rng = new Random(gdl ? 41 : 42);
        Tensor x = randomLogits(rng, 4, 5, 6, 2);
        Target t = randomLabels(rng, 4, 5, 6);
        assertGradient(new GeneralizedWassersteinDice(GRADED, gdl, 1e-5, 1e-5), x, t);
        assertGradient(new GeneralizedWassersteinDice(null, gdl, 1e-5, 1e-5), x, t);
        assertAccumulates(new GeneralizedWassersteinDice(GRADED, gdl, 1e-5, 1e-5), x, t);
    }

    @Test
    void nullMatrixIsOneMinusIdentityAndScaleDoesNotMatter() {
        Random rng = new Random(9);
        Tensor x = randomLogits(rng, 3, 4, 5, 2);
        Target t = randomLabels(rng, 3, 4, 5);
        LossInput in = LossInput.of(x, t);
        double[][] identity = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}};
        double[][] scaled = {{0, 7, 7}, {7, 0, 7}, {7, 7, 0}};
        double byDefault = new GeneralizedWassersteinDice(null, false, 1e-5, 1e-5).evaluate(in).value();
        assertEquals(byDefault, new GeneralizedWassersteinDice(identity, false, 1e-5, 1e-5).evaluate(in).value(), 1e-15);
        assertEquals(byDefault, new GeneralizedWassersteinDice(scaled, false, 1e-5, 1e-5).evaluate(in).value(), 1e-15);
    }

    @Test
    void perfectPredictionScoresZero() {
        // MONAI's docstring example: confident correct logits give 0
        double[][] m = {{0, 1, 1}, {1, 0, 0.5}, {1, 0.5, 0}};
        double[] logits = {1000, 0, 0, 0, 1000, 0, 0, 0, 1000};
        Tensor x = Tensor.of(new Shape(3, 1, 3), logits);
        LossResult r = new GeneralizedWassersteinDice(m, false, 1e-5, 1e-5)
                .evaluate(LossInput.of(x, Target.labels(3, 1, 3, new int[] {0, 1, 2})));
        assertEquals(0, r.value(), 1e-9);
    }

    @Test
    void degenerateInputsStayFinite() {
        for (boolean gdl : new boolean[] {false, true}) {
            GeneralizedWassersteinDice loss = new GeneralizedWassersteinDice(null, gdl, 1e-5, 1e-5);
            for (double v : new double[] {-1e4, 0, 1e4}) {
                double[] m = new double[3 * 9];
                for (int i = 0; i < 9; i++) {
                    m[i] = v;
                    m[9 + i] = -v;
                }
                Tensor x = Tensor.of(new Shape(3, 3, 3), m);
                assertFinite(loss, x, Target.labels(3, 3, 3, new int[9])); // only background
                assertFinite(loss, x, Target.labels(3, 3, 3, new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2}));
                assertFinite(loss, constantLogits(3, 3, 3, v), Target.labels(3, 3, 3, new int[] {0, 0, 0, 0, 1, 0, 0, 0, 0}));
            }
            // all background and a perfect background prediction: 0/0 avoided by smooth_dr
            GeneralizedWassersteinDice unsmoothed = new GeneralizedWassersteinDice(null, gdl, 0, 0);
            assertFinite(unsmoothed, Tensor.of(new Shape(2, 1, 2), new double[] {1e4, 1e4, -1e4, -1e4}),
                    Target.labels(2, 1, 2, new int[2]));
        }
    }

    @Test
    void rejectsBadMatrices() {
        assertMatrixError(new double[][] {{0, 1}, {0.5, 0}}, "symmetric");
        assertMatrixError(new double[][] {{1, 1}, {1, 0}}, "diagonal");
        assertMatrixError(new double[][] {{0, -1}, {-1, 0}}, "negative");
        assertMatrixError(new double[][] {{0, 0}, {0, 0}}, "all zeros");
        assertMatrixError(new double[][] {{0, 1, 1}, {1, 0}}, "square");
        GeneralizedWassersteinDice twoByTwo = new GeneralizedWassersteinDice(new double[][] {{0, 1}, {1, 0}}, false,
                1e-5, 1e-5);
        Random rng = new Random(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> twoByTwo.evaluate(LossInput.of(randomLogits(rng, 3, 2, 2, 1), randomLabels(rng, 3, 2, 2))));
        assertTrue(e.getMessage().contains("dist_matrix") && e.getMessage().contains("C = 3"), e.getMessage());
        // through the catalogue entry: bind accepts the shape, create validates the content
        var params = GeneralizedWassersteinDice.SPEC.bind(Map.of("dist_matrix", List.of(List.of(0.0, 2.0),
                List.of(1.0, 0.0))), false);
        assertThrows(IllegalArgumentException.class, () -> GeneralizedWassersteinDice.SPEC.create(params));
    }

    private static void assertMatrixError(double[][] m, String words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeneralizedWassersteinDice(m, false, 1e-5, 1e-5));
        assertTrue(e.getMessage().contains("dist_matrix") && e.getMessage().contains(words), e.getMessage());
    }
}
