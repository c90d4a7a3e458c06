package org.losslens.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.tensor.Tensor;

/**
 * Empty and full masks, a one-pixel object and logits of ±1e4: every loss stays finite, and the
 * losses with a known convention give exactly that value and gradient.
 */
class DegenerateInputTest {

    private static final int N = TestInputs.HEIGHT * TestInputs.WIDTH;

    @TestFactory
    Stream<DynamicTest> everyLossIsFiniteOnDegenerateInputs() {
        Map<String, Target> binaryTargets = new LinkedHashMap<>();
        binaryTargets.put("empty GT", TestInputs.constantBinary(0));
        binaryTargets.put("full GT", TestInputs.constantBinary(1));
        binaryTargets.put("one-pixel GT", TestInputs.onePixelBinary());
        Map<String, Target> labelTargets = new LinkedHashMap<>();
        labelTargets.put("all background", TestInputs.constantLabels(0));
        labelTargets.put("all class 2", TestInputs.constantLabels(2));
        labelTargets.put("random labels", TestInputs.randomLabels(new Random(3)));
        List<DynamicTest> tests = new ArrayList<>();
        for (LossSpec spec : LossCatalogue.all()) {
            if (!spec.implemented()) {
                continue;
            }
            int channels = spec.mode() == Mode.BINARY ? 1 : TestInputs.CLASSES;
            Map<String, Target> targets = spec.mode() == Mode.BINARY ? binaryTargets : labelTargets;
            Map<String, Tensor> logits = new LinkedHashMap<>();
            logits.put("logits +1e4", TestInputs.constantLogits(channels, 1e4));
            logits.put("logits -1e4", TestInputs.constantLogits(channels, -1e4));
            logits.put("logits ±1e4", TestInputs.extremeLogits(new Random(5), channels, 1e4));
            logits.put("logits 0", TestInputs.constantLogits(channels, 0));
            for (ParameterCorners.Corner corner : ParameterCorners.of(spec, TestInputs.CLASSES)) {
                for (var t : targets.entrySet()) {
                    for (var x : logits.entrySet()) {
                        String name = spec.label() + " " + corner + ", " + t.getKey() + ", " + x.getKey();
                        tests.add(DynamicTest.dynamicTest(name, () -> assertFinite(name,
                                ParameterCorners.evaluateOrRejected(spec, corner,
                                        LossInput.of(x.getValue(), t.getValue())))));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void assertFinite(String name, LossResult result) {
        if (result == null) {
            return;
        }
        assertTrue(Double.isFinite(result.value()), name + ": value " + result.value());
        assertTrue(result.gradient().isFinite(), name + ": gradient not finite");
    }

    private static LossResult binary(String id, double target, double logit) {
        return LossCatalogue.require(id, Mode.BINARY).create()
                .evaluate(LossInput.of(TestInputs.constantLogits(1, logit), TestInputs.constantBinary(target)));
    }

    @Test
    void crossEntropyOfConfidentPredictions() {
        assertEquals(0, binary("bce", 0, -1e4).value());
        assertEquals(0, binary("bce", 0, -1e4).gradient().maxAbs());
        // confidently wrong: −ln σ(−1e4) = 1e4, gradient (p − t)/N = 1/N
        LossResult wrong = binary("bce", 0, 1e4);
        assertEquals(1e4, wrong.value(), 1e-9);
        assertEquals(1.0 / N, wrong.gradient().get(0), 1e-15);
    }

    @Test
    void diceOfEmptyGroundTruthFollowsTheSmoothTerms() {
        // empty GT, empty prediction: 1 − smooth_nr/smooth_dr = 0
        assertEquals(0, binary("dice", 0, -1e4).value(), 1e-15);
        // empty GT, full prediction: 1 − 1e-5/(N + 1e-5)
        assertEquals(1 - 1e-5 / (N + 1e-5), binary("dice", 0, 1e4).value(), 1e-15);
        // empty GT, IoU with the same smooth terms behaves alike
        assertEquals(0, binary("iou", 0, -1e4).value(), 1e-15);
    }

    @Test
    void diceWithoutDenominatorSmoothingIsZeroWhenBothMasksAreEmpty() {
        LossSpec dice = LossCatalogue.require("dice", Mode.BINARY);
        Loss loss = dice.create(dice.bind(Map.of("smooth_nr", 0.0, "smooth_dr", 0.0, "squared_pred", false), true));
        LossResult r = loss.evaluate(LossInput.of(TestInputs.constantLogits(1, -1e4), TestInputs.constantBinary(0)));
        assertEquals(0, r.value());
        assertEquals(0, r.gradient().maxAbs());
    }

    @Test
    void multiclassCrossEntropyOfConfidentlyWrongPixels() {
        // every pixel labelled 0, logits favour class 1 by 2e4: −ln p₀ = 2e4 (log-sum-exp, no overflow)
        double[] x = new double[TestInputs.CLASSES * N];
        java.util.Arrays.fill(x, N, 2 * N, 1e4);
        java.util.Arrays.fill(x, 0, N, -1e4);
        java.util.Arrays.fill(x, 2 * N, 3 * N, -1e4);
        Tensor logits = Tensor.of(new org.losslens.core.tensor.Shape(TestInputs.CLASSES, TestInputs.HEIGHT,
                TestInputs.WIDTH), x);
        LossResult r = LossCatalogue.require("ce", Mode.MULTICLASS).create()
                .evaluate(LossInput.of(logits, TestInputs.constantLabels(0)));
        assertEquals(2e4, r.value(), 1e-9);
        assertEquals(-1.0 / N, r.gradient().get(0), 1e-15);
        assertEquals(1.0 / N, r.gradient().get(N), 1e-15);
    }

    @Test
    void generalizedDiceGivesAnAbsentClassTheLargestPresentWeight() {
        // labels 0 and 1 only; class 2 absent → its weight is the largest finite weight (that of the
        // smaller present class). With uniform predictions this is checked against a direct formula.
        int[] labels = new int[N];
        for (int i = 0; i < 10; i++) {
            labels[i] = 1;
        }
        Target target = Target.labels(TestInputs.CLASSES, TestInputs.HEIGHT, TestInputs.WIDTH, labels);
        LossResult r = LossCatalogue.require("generalized_dice", Mode.MULTICLASS).create()
                .evaluate(LossInput.of(TestInputs.constantLogits(TestInputs.CLASSES, 0), target));
        double p = 1.0 / 3;
        double w0 = 1.0 / (20.0 * 20.0);
        double w1 = 1.0 / (10.0 * 10.0);
        double w2 = w1;
        double numerator = 2 * (w0 * 20 * p + w1 * 10 * p) + 1e-5;
        double denominator = w0 * (N * p + 20) + w1 * (N * p + 10) + w2 * (N * p) + 1e-5;
        assertEquals(1 - numerator / denominator, r.value(), 1e-12);
    }

    @Test
    void multiclassCrossEntropyWithExtremeEqualClassWeightsEqualsTheUnweightedLoss() {
        // equal weights cancel in Σ w·ℓ / Σ w, whatever their size: 1e308 must not overflow the sums
        // and 5e-324 (subnormal) must not underflow them, in the value and in the gradient alike
        Tensor logits = TestInputs.randomLogits(new Random(11), TestInputs.CLASSES);
        Target labels = TestInputs.randomLabels(new Random(12));
        LossSpec ce = LossCatalogue.require("ce", Mode.MULTICLASS);
        LossResult unweighted = ce.create().evaluate(LossInput.of(logits, labels));
        for (double w : new double[] {1e308, Double.MAX_VALUE, 5e-324, Double.MIN_NORMAL}) {
            double[] weights = {w, w, w};
            LossResult r = ce.create(ce.bind(Map.of("class_weights", weights), true))
                    .evaluate(LossInput.of(logits, labels));
            assertEquals(unweighted.value(), r.value(), 1e-15 * unweighted.value(), "weights " + w);
            for (int k = 0; k < TestInputs.CLASSES * N; k++) {
                assertEquals(unweighted.gradient().get(k), r.gradient().get(k), 1e-15, "weights " + w + ", k " + k);
            }
        }
    }

    @Test
    void multiclassCrossEntropyWeightsAreRelative() {
        // [1e308, 5e307, 1e308] weighs class 1 half as much as [2, 1, 2] does
        Tensor logits = TestInputs.randomLogits(new Random(13), TestInputs.CLASSES);
        Target labels = TestInputs.randomLabels(new Random(14));
        LossSpec ce = LossCatalogue.require("ce", Mode.MULTICLASS);
        LossResult small = ce.create(ce.bind(Map.of("class_weights", new double[] {2, 1, 2}), true))
                .evaluate(LossInput.of(logits, labels));
        LossResult huge = ce.create(ce.bind(Map.of("class_weights", new double[] {1e308, 5e307, 1e308}), true))
                .evaluate(LossInput.of(logits, labels));
        assertEquals(small.value(), huge.value(), 1e-14 * small.value());
        for (int k = 0; k < TestInputs.CLASSES * N; k++) {
            assertEquals(small.gradient().get(k), huge.gradient().get(k), 1e-15, "k " + k);
        }
    }

    @Test
    void overlapRatiosRefuseASmoothedNumeratorOverAnUnsmoothedDenominator() {
        // (… + smooth_nr)/(… + smooth_dr) with smooth_nr > 0 has no bound as the sums vanish when
        // smooth_dr = 0 (or so small that smooth_nr/smooth_dr overflows): every overlap-ratio loss
        // refuses that corner by name instead of returning 0, −1.8e233 or a non-finite value
        Map<String, Mode> losses = new LinkedHashMap<>();
        losses.put("dice", Mode.BINARY);
        losses.put("iou", Mode.BINARY);
        losses.put("tversky", Mode.BINARY);
        losses.put("focal_tversky", Mode.BINARY);
        losses.put("dice_ce", Mode.BINARY);
        losses.put("generalized_dice", Mode.MULTICLASS);
        losses.put("generalized_wasserstein_dice", Mode.MULTICLASS);
        for (var e : losses.entrySet()) {
            LossSpec spec = LossCatalogue.require(e.getKey(), e.getValue());
            for (double smoothDr : new double[] {0, 5e-324}) {
                IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class,
                        () -> spec.create(spec.bind(Map.of("smooth_nr", 1e-5, "smooth_dr", smoothDr), false)),
                        spec.label() + " smooth_dr " + smoothDr);
                assertTrue(refused.getMessage().contains("parameter 'smooth_dr'"), refused.getMessage());
                assertTrue(refused.getMessage().contains("smooth_nr"), refused.getMessage());
            }
            // both 0 stays allowed (the ratio is then at most 1), and so does any positive smooth_dr
            spec.create(spec.bind(Map.of("smooth_nr", 0.0, "smooth_dr", 0.0), false));
            spec.create(spec.bind(Map.of("smooth_nr", 1e-5, "smooth_dr", 1e-300), false));
        }
    }

    @Test
    void diceWithSmoothingBelowTheNumeratorsStaysWithinItsBound() {
        // smooth_nr > smooth_dr > 0 is allowed: the ratio is a mediant of 2I/D ≤ 1 and
        // smooth_nr/smooth_dr, so L ≥ 1 − smooth_nr/smooth_dr, reached for vanishing sums
        LossSpec dice = LossCatalogue.require("dice", Mode.BINARY);
        Loss loss = dice.create(dice.bind(Map.of("smooth_nr", 1.0, "smooth_dr", 1e-3), false));
        LossResult r = loss.evaluate(LossInput.of(TestInputs.constantLogits(1, -700), TestInputs.constantBinary(0)));
        assertEquals(1 - 1.0 / 1e-3, r.value(), 1e-6);
        assertTrue(r.gradient().isFinite());
    }
}
