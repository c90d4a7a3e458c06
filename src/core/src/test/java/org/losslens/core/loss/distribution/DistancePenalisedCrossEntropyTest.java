package org.losslens.core.loss.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.losslens.core.loss.boundary.GeometryLossChecks.assertGradientMatchesCentralDifferences;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.boundary.GeometryLossChecks;

class DistancePenalisedCrossEntropyTest {

    private final DistancePenalisedCrossEntropy loss = new DistancePenalisedCrossEntropy();

    @Test
    void gradientMatchesCentralDifferences() {
        Random random = new Random(11);
        for (int trial = 0; trial < 4; trial++) {
            Target t = GeometryLossChecks.randomTarget(random, 8 + trial, 10);
            assertGradientMatchesCentralDifferences(loss, GeometryLossChecks.randomLogits(random, t), t);
        }
    }

    @Test
    void penaltyMapOnAHandCheckedTarget() {
        // 1x7, GT = [0 0 1 1 1 0 0]. Foreground EDT = [1 2 1], max 2 → φ = (2 − d)/(2 − 1) = [1 0 1].
        // Background EDT = [2 1 · · · 1 2], max 2 → φ = [0 1 · · · 1 0].
        Target t = Target.binary(1, 7, new double[] {0, 0, 1, 1, 1, 0, 0});
        assertArrayEquals(new double[] {0, 1, 1, 0, 1, 1, 0},
                DistancePenalisedCrossEntropy.penalty(t).toArray(), 0.0);
        // Regions that are all boundary (max EDT = 1) get φ = 1.
        Target thin = Target.binary(1, 3, new double[] {0, 1, 0});
        assertArrayEquals(new double[] {1, 1, 1}, DistancePenalisedCrossEntropy.penalty(thin).toArray(), 0.0);
        // Empty and full GT: φ = 0, so the loss is plain BCE.
        for (double v : new double[] {0, 1}) {
            Target flat = Target.binary(2, 3, new double[] {v, v, v, v, v, v});
            assertArrayEquals(new double[6], DistancePenalisedCrossEntropy.penalty(flat).toArray(), 0.0);
            var x = GeometryLossChecks.constant(flat, 0.7);
            assertEquals(new BinaryCrossEntropy(1, 1).evaluate(LossInput.of(x, flat)).value(),
                    GeometryLossChecks.value(loss, x, flat), 1e-15);
        }
    }

    @Test
    void degenerateInputsAreFinite() {
        GeometryLossChecks.assertFiniteOnDegenerateInputs(loss);
    }
}
