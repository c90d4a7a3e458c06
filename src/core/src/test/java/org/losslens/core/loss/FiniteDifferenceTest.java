package org.losslens.core.loss;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.tensor.Tensor;

/**
 * Every implemented loss × mode × parameter corner × random input: the analytic gradient equals a
 * central finite difference of the value. Catches sign errors, forgotten smooth terms and chain-rule
 * slips that a value-only test cannot see.
 */
class FiniteDifferenceTest {

    private static final double STEP = 1e-5;
    private static final int INPUTS_PER_CORNER = 2;

    @TestFactory
    Stream<DynamicTest> analyticGradientMatchesCentralDifferences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LossSpec spec : LossCatalogue.all()) {
            if (!spec.implemented()) {
                continue;
            }
            for (ParameterCorners.Corner corner : ParameterCorners.of(spec, TestInputs.CLASSES)) {
                for (int input = 0; input < INPUTS_PER_CORNER; input++) {
                    long seed = 31L * spec.label().hashCode() + 7L * corner.name().hashCode() + input;
                    boolean soft = spec.softTargets() && input % 2 == 1;
                    tests.add(DynamicTest.dynamicTest(spec.label() + " " + corner + (soft ? " soft" : "") + " #" + input,
                            () -> check(spec, corner, new Random(seed), soft)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(LossSpec spec, ParameterCorners.Corner corner, Random random, boolean soft) {
        Target target;
        Tensor logits;
        if (spec.mode() == Mode.BINARY) {
            target = soft ? TestInputs.randomSoftBinary(random) : TestInputs.randomHardBinary(random);
            logits = TestInputs.randomLogits(random, 1);
        } else {
            target = TestInputs.randomLabels(random);
            logits = TestInputs.randomLogits(random, TestInputs.CLASSES);
        }
        LossResult analytic = ParameterCorners.evaluateOrRejected(spec, corner, LossInput.of(logits, target));
        if (analytic == null) {
            return;
        }
        Loss loss = spec.create(corner.params());
        double[] x = logits.toArray();
        double scale = Math.max(analytic.gradient().maxAbs(), 1e-3);
        double worst = 0;
        int worstIndex = -1;
        double[] scratch = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double original = x[k];
            x[k] = original + STEP;
            double up = loss.accumulate(LossInput.of(Tensor.of(logits.shape(), x), target), 1.0, scratch);
            x[k] = original - STEP;
            double down = loss.accumulate(LossInput.of(Tensor.of(logits.shape(), x), target), 1.0, scratch);
            x[k] = original;
            double numeric = (up - down) / (2 * STEP);
            double error = Math.abs(numeric - analytic.gradient().get(k)) / scale;
            if (error > worst) {
                worst = error;
                worstIndex = k;
            }
        }
        assertTrue(worst < 1e-6, spec.label() + " " + corner + ": worst relative gradient error " + worst
                + " at index " + worstIndex + " (analytic " + (worstIndex < 0 ? "" : analytic.gradient().get(worstIndex))
                + ")");
    }
}
