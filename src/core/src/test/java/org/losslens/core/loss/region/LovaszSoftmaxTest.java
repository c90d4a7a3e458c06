package org.losslens.core.loss.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.losslens.core.loss.GradientProbe.assertAccumulates;
import static org.losslens.core.loss.GradientProbe.assertFinite;
import static org.losslens.core.loss.GradientProbe.assertGradient;
import static org.losslens.core.loss.GradientProbe.constantLogits;
import static org.losslens.core.loss.GradientProbe.randomLabels;
import static org.losslens.core.loss.GradientProbe.randomLogits;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Tensor;

class LovaszSoftmaxTest {

    @ParameterizedTest
    @CsvSource({"2, true", "3, true", "4, false", "3, false"})
    void gradientMatchesFiniteDifferences(int classes, boolean present) {
        Random rng = new Random(31 + classes);
        Tensor x = randomLogits(rng, classes, 5, 7, 2);
        Target t = randomLabels(rng, classes, 5, 7);
        assertGradient(new LovaszSoftmax(present), x, t);
        assertAccumulates(new LovaszSoftmax(present), x, t);
    }

    @Test
    void absentClassCountsOnlyWithAll() {
        Random rng = new Random(7);
        Tensor x = randomLogits(rng, 3, 4, 6, 1.5);
        int[] labels = new int[24];
        for (int i = 0; i < 24; i++) {
            labels[i] = rng.nextInt(2); // class 2 absent
        }
        Target t = Target.labels(3, 4, 6, labels);
        LossInput in = LossInput.of(x, t);
        LossResult present = new LovaszSoftmax(true).evaluate(in);
        LossResult all = new LovaszSoftmax(false).evaluate(in);
        // an absent class costs max_i p_2,i
        double maxP = 0;
        for (int i = 0; i < 24; i++) {
            maxP = Math.max(maxP, in.activations().probability(2 * 24 + i));
        }
        assertEquals((2 * present.value() + maxP) / 3, all.value(), 1e-14);
        assertGradient(new LovaszSoftmax(true), x, t);
        assertGradient(new LovaszSoftmax(false), x, t);
    }

    @Test
    void degenerateInputsStayFinite() {
        for (boolean present : new boolean[] {true, false}) {
            LovaszSoftmax loss = new LovaszSoftmax(present);
            for (double v : new double[] {-1e4, 0, 1e4}) {
                double[] m = new double[3 * 16];
                for (int i = 0; i < 16; i++) {
                    m[i] = v;
                    m[16 + i] = -v;
                }
                Tensor x = Tensor.of(new org.losslens.core.tensor.Shape(3, 4, 4), m);
                assertFinite(loss, x, Target.labels(3, 4, 4, new int[16]));
                int[] one = new int[16];
                one[5] = 2;
                assertFinite(loss, x, Target.labels(3, 4, 4, one));
                assertFinite(loss, constantLogits(3, 4, 4, v), Target.labels(3, 4, 4, one));
            }
        }
        LossResult r = new LovaszSoftmax(true).evaluate(
                LossInput.of(constantLogits(2, 1, 1, 0), Target.labels(2, 1, 1, new int[] {1})));
        assertEquals(0.5, r.value(), 1e-15);
        assertTrue(r.gradient().get(1) < 0);
    }
}
