package org.losslens.core.loss.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.losslens.core.loss.boundary.GeometryLossChecks.assertFiniteAndAccumulating;
import static org.losslens.core.loss.boundary.GeometryLossChecks.assertGradientMatchesCentralDifferences;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.losslens.core.activation.Sigmoid;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;

class BoundaryTest {

    private final Boundary loss = new Boundary();

    @Test
    void gradientMatchesCentralDifferences() {
        Random random = new Random(1);
        for (int trial = 0; trial < 4; trial++) {
            Target t = GeometryLossChecks.randomTarget(random, 7 + trial, 9);
            assertGradientMatchesCentralDifferences(loss, GeometryLossChecks.randomLogits(random, t), t);
        }
    }

    @Test
    void valueIsMeanOfProbabilityTimesSignedDistance() {
        // 1x4, GT = [0 1 1 0] → φ = [1, 0, 0, 1]; at logit 0, p = 1/2 everywhere: L = (0.5 + 0.5)/4.
        Target t = Target.binary(1, 4, new double[] {0, 1, 1, 0});
        assertEquals(0.25, GeometryLossChecks.value(loss, GeometryLossChecks.constant(t, 0), t), 1e-15);
        // Deep inside a GT pixels pay: 1x5 GT = [0 1 1 1 0], φ = [1, 0, −1, 0, 1].
        Target deep = Target.binary(1, 5, new double[] {0, 1, 1, 1, 0});
        double p = Sigmoid.sigmoid(2);
        assertEquals((2 * p - p) / 5, GeometryLossChecks.value(loss, GeometryLossChecks.constant(deep, 2), deep),
                1e-15);
    }

    @Test
    void emptyOrFullGroundTruthGivesZero() {
        for (double v : new double[] {0, 1}) {
            Target t = Target.binary(5, 6, filled(30, v));
            LossResult r = assertFiniteAndAccumulating(loss, GeometryLossChecks.constant(t, 1.5), t);
            assertEquals(0.0, r.value(), 0.0);
            assertEquals(0.0, r.gradient().maxAbs(), 0.0);
        }
    }

    @Test
    void degenerateInputsAreFinite() {
        GeometryLossChecks.assertFiniteOnDegenerateInputs(loss);
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
