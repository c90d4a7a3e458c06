package org.losslens.core.loss.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.losslens.core.loss.GradientProbe.assertAccumulates;
import static org.losslens.core.loss.GradientProbe.assertFinite;
import static org.losslens.core.loss.GradientProbe.assertGradient;
import static org.losslens.core.loss.GradientProbe.constantBinary;
import static org.losslens.core.loss.GradientProbe.constantLogits;
import static org.losslens.core.loss.GradientProbe.randomBinaryTarget;
import static org.losslens.core.loss.GradientProbe.randomLogits;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

class LovaszHingeTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 0.5, 0.9, 1.0})
    void gradientMatchesFiniteDifferences(double foreground) {
        Random rng = new Random(21 + (long) (10 * foreground));
        Tensor x = randomLogits(rng, 1, 6, 8, 2);
        Target t = randomBinaryTarget(rng, 6, 8, foreground);
        assertGradient(new LovaszHinge(), x, t);
        assertAccumulates(new LovaszHinge(), x, t);
    }

    @Test
    void equalsTheJaccardLossOnBinaryErrors() {
        // errors exactly 0 (x·s = 1) or 1 (x = 0): the extension equals the Jaccard loss of the wrong set
        double[] target = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
        boolean[] wrong = {true, false, false, false, true, true, false, false, false, false};
        double[] logits = new double[10];
        for (int i = 0; i < 10; i++) {
            logits[i] = wrong[i] ? 0 : 2 * target[i] - 1;
        }
        LossResult r = new LovaszHinge().evaluate(
                LossInput.of(Tensor.of(new Shape(1, 2, 5), logits), Target.binary(2, 5, target)));
        // intersection = 3 found foreground pixels; union = 4 foreground + 2 false positives
        assertEquals(1 - 3.0 / 6.0, r.value(), 1e-15);
    }

    @Test
    void perfectMarginGivesZeroAndEmptyGtGivesTheWorstError() {
        Random rng = new Random(4);
        Target t = randomBinaryTarget(rng, 5, 5, 0.5);
        double[] x = new double[25];
        for (int i = 0; i < 25; i++) {
            x[i] = (2 * t.oneHot(i) - 1) * (1.5 + rng.nextDouble());
        }
        LossResult perfect = new LovaszHinge().evaluate(LossInput.of(Tensor.of(new Shape(1, 5, 5), x), t));
        assertEquals(0.0, perfect.value());
        assertEquals(0.0, perfect.gradient().maxAbs());

        Tensor noisy = randomLogits(rng, 1, 5, 5, 1);
        LossResult empty = new LovaszHinge().evaluate(LossInput.of(noisy, constantBinary(5, 5, 0)));
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 25; i++) {
            max = Math.max(max, 1 + noisy.get(i));
        }
        assertEquals(Math.max(0, max), empty.value(), 1e-15);
    }

    @Test
    void degenerateInputsStayFinite() {
        LovaszHinge loss = new LovaszHinge();
        for (double v : new double[] {-1e4, 0, 1e4}) {
            assertFinite(loss, constantLogits(1, 6, 6, v), constantBinary(6, 6, 0));
            assertFinite(loss, constantLogits(1, 6, 6, v), constantBinary(6, 6, 1));
            double[] one = new double[36];
            one[14] = 1;
            assertFinite(loss, constantLogits(1, 6, 6, v), Target.binary(6, 6, one));
        }
        assertFinite(loss, constantLogits(1, 1, 1, 3), constantBinary(1, 1, 1));
    }

    @Test
    void rankingOnlyThePositiveErrorsGivesTheLeadOfTheFullRankingAndItsWeights() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(60);
            double[] errors = new double[n];
            double[] foreground = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct values: ties, zeros and negatives at the cut
                errors[i] = random.nextInt(5) - 2 + (trial % 2 == 0 ? random.nextGaussian() : 0);
                foreground[i] = random.nextBoolean() ? 1 : 0;
            }
            int[] full = LovaszExtension.sortDescending(errors);
            int[] lead = LovaszExtension.sortPositiveDescending(errors);
            int positives = 0;
            for (double e : errors) {
                positives += e > 0 ? 1 : 0;
            }
            assertArrayEquals(java.util.Arrays.copyOf(full, positives), lead);
            double[] sortedFull = new double[n];
            double total = 0;
            for (int k = 0; k < n; k++) {
                sortedFull[k] = foreground[full[k]];
                total += foreground[k];
            }
            double[] weights = LovaszExtension.jaccardGradient(sortedFull);
            double[] leadWeights = LovaszExtension.jaccardGradient(java.util.Arrays.copyOf(sortedFull, positives), total);
            assertArrayEquals(java.util.Arrays.copyOf(weights, positives), leadWeights, 0.0);
        }
    }
}
