package org.losslens.core.loss.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.losslens.core.loss.GradientProbe.assertAccumulates;
import static org.losslens.core.loss.GradientProbe.assertFinite;
import static org.losslens.core.loss.GradientProbe.assertGradient;
import static org.losslens.core.loss.GradientProbe.constantBinary;
import static org.losslens.core.loss.GradientProbe.constantLogits;
import static org.losslens.core.loss.GradientProbe.randomBinaryTarget;
import static org.losslens.core.loss.GradientProbe.randomLabels;
import static org.losslens.core.loss.GradientProbe.randomLogits;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

class ConservativeTest {

    /** The paper's formula, naively, for moderate p_t. */
    private static double naive(double lam, double a, double pt) {
        double logA = Math.log(pt) / Math.log(a);
        return lam * (1 + logA) * (1 + logA) * Math.log(-logA) / Math.log(a);
    }

    @ParameterizedTest
    @CsvSource({"5.0, 2.718281828459045", "1.0, 2.0", "3.0, 5.0", "20.0, 1.1"})
    void binaryGradientMatchesFiniteDifferences(double lam, double a) {
        Random rng = new Random(5);
        Tensor x = randomLogits(rng, 1, 6, 7, 3);
        Target t = randomBinaryTarget(rng, 6, 7, 0.5);
        assertGradient(new Conservative(lam, a), x, t);
        assertAccumulates(new Conservative(lam, a), x, t);
    }

    @ParameterizedTest
    @CsvSource({"5.0, 2.718281828459045, 3", "1.0, 2.0, 4", "3.0, 5.0, 2"})
    void multiclassGradientMatchesFiniteDifferences(double lam, double a, int classes) {
        Random rng = new Random(8);
        Tensor x = randomLogits(rng, classes, 5, 6, 3);
        Target t = randomLabels(rng, classes, 5, 6);
        assertGradient(new Conservative(lam, a), x, t);
        assertAccumulates(new Conservative(lam, a), x, t);
    }

    @Test
    void agreesWithThePaperFormulaAndVanishesAtOneOverA() {
        double a = 3.0;
        double[] logits = {-2, -0.5, 0.3, 1.7, Math.log(1 / (a - 1))};
        Tensor x = Tensor.of(new Shape(1, 1, 5), logits);
        Target fg = constantBinary(1, 5, 1);
        double expected = 0;
        for (double v : logits) {
            expected += naive(4, a, 1 / (1 + Math.exp(-v)));
        }
        LossResult r = new Conservative(4, a).evaluate(LossInput.of(x, fg));
        assertEquals(expected / 5, r.value(), 1e-12);
        // p_t = 1/a exactly at the last pixel: CL = 0
        Tensor single = Tensor.of(new Shape(1, 1, 1), new double[] {Math.log(1 / (a - 1))});
        assertEquals(0, new Conservative(4, a).evaluate(LossInput.of(single, constantBinary(1, 1, 1))).value(), 1e-12);
        // binary with p_t = σ(−x) for a background pixel is the same as a foreground pixel at −x
        Tensor negated = Tensor.of(new Shape(1, 1, 5), java.util.Arrays.stream(logits).map(v -> -v).toArray());
        assertEquals(r.value(), new Conservative(4, a).evaluate(LossInput.of(negated, constantBinary(1, 5, 0))).value(),
                1e-12);
    }

    @Test
    void multiclassWithTwoClassesEqualsBinary() {
        Random rng = new Random(2);
        double[] d = new double[20];
        int[] labels = new int[20];
        double[] binaryTarget = new double[20];
        double[] pair = new double[40];
        for (int i = 0; i < 20; i++) {
            d[i] = 4 * rng.nextGaussian();
            labels[i] = rng.nextInt(2);
            binaryTarget[i] = labels[i];
            pair[20 + i] = d[i];
        }
        LossResult binary = new Conservative(5, Math.E).evaluate(
                LossInput.of(Tensor.of(new Shape(1, 4, 5), d), Target.binary(4, 5, binaryTarget)));
        LossResult multi = new Conservative(5, Math.E).evaluate(
                LossInput.of(Tensor.of(new Shape(2, 4, 5), pair), Target.labels(2, 4, 5, labels)));
        assertEquals(binary.value(), multi.value(), 1e-12);
        for (int i = 0; i < 20; i++) {
            assertEquals(binary.gradient().get(i), multi.gradient().get(20 + i), 1e-12);
        }
    }

    @Test
    void extremeLogitsGiveFiniteValuesAndGradients() {
        Conservative loss = new Conservative(5, Math.E);
        for (double v : new double[] {-1e4, -800, -40, 40, 800, 1e4}) {
            assertFinite(loss, constantLogits(1, 3, 3, v), constantBinary(3, 3, 1));
            assertFinite(loss, constantLogits(1, 3, 3, v), constantBinary(3, 3, 0));
            double[] m = new double[27];
            for (int i = 0; i < 9; i++) {
                m[i] = v;
                m[9 + i] = -v;
                m[18 + i] = 0;
            }
            Tensor x = Tensor.of(new Shape(3, 3, 3), m);
            assertFinite(loss, x, Target.labels(3, 3, 3, new int[9]));
            assertFinite(loss, x, Target.labels(3, 3, 3, new int[] {1, 1, 1, 2, 2, 2, 0, 0, 0}));
        }
        // confident and correct: ln(−ln p_t) ≈ −x, so CL ≈ λ·(−x − ln ln a)/ln a — large negative, finite
        LossResult r = loss.evaluate(LossInput.of(constantLogits(1, 1, 1, 1e4), constantBinary(1, 1, 1)));
        assertEquals(-5 * 1e4, r.value(), 1e-6);
        assertEquals(-5, r.gradient().get(0), 1e-9);
        // confident and wrong: large positive
        assertTrue(loss.evaluate(LossInput.of(constantLogits(1, 1, 1, -1e4), constantBinary(1, 1, 1))).value() > 1e8);
    }

    @Test
    void gradientIsContinuousAcrossTheSeriesSwitch() {
        Conservative loss = new Conservative(5, 2);
        for (double v : new double[] {29.999, 30.0, 30.001}) {
            Tensor x = constantLogits(1, 1, 1, v);
            assertGradient(loss, x, constantBinary(1, 1, 1), 1e-4, 1e-7);
        }
        // value and gradient just either side of the switch (logit 30 = log-odds −30 for a foreground pixel)
        LossResult below = loss.evaluate(LossInput.of(constantLogits(1, 1, 1, 30 - 1e-9), constantBinary(1, 1, 1)));
        LossResult above = loss.evaluate(LossInput.of(constantLogits(1, 1, 1, 30 + 1e-9), constantBinary(1, 1, 1)));
        assertEquals(below.value(), above.value(), 1e-8 * Math.abs(below.value()));
        assertEquals(below.gradient().get(0), above.gradient().get(0), 1e-8 * Math.abs(below.gradient().get(0)));
    }

    @Test
    void rejectsABaseNotAboveOne() {
        assertThrows(IllegalArgumentException.class, () -> new Conservative(5, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> Conservative.BINARY.bind(java.util.Map.of("lam", 5.0, "a", 1.0), true));
    }
}
