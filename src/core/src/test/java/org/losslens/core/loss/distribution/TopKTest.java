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
import static org.losslens.core.loss.GradientProbe.randomLogits;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Tensor;

class TopKTest {

    @ParameterizedTest
    @ValueSource(doubles = {2.5, 10, 50, 100})
    void gradientMatchesFiniteDifferences(double k) {
        Random rng = new Random(11 + (long) k);
        Tensor x = randomLogits(rng, 1, 7, 9, 2);
        Target t = randomBinaryTarget(rng, 7, 9, 0.4);
        assertGradient(new TopK(k), x, t);
        assertAccumulates(new TopK(k), x, t);
    }

    @Test
    void hundredPercentIsBce() {
        Random rng = new Random(3);
        Tensor x = randomLogits(rng, 1, 6, 5, 3);
        Target t = randomBinaryTarget(rng, 6, 5, 0.5);
        LossResult topk = new TopK(100).evaluate(LossInput.of(x, t));
        LossResult bce = new BinaryCrossEntropy(1, 1).evaluate(LossInput.of(x, t));
        assertEquals(bce.value(), topk.value(), 1e-14);
        for (int k = 0; k < x.size(); k++) {
            assertEquals(bce.gradient().get(k), topk.gradient().get(k), 1e-15);
        }
    }

    @Test
    void averagesOnlyTheHardestPixels() {
        // 10 pixels, k = 20 → the 2 largest BCE values
        double[] logits = {-3, -2, -1, 0, 1, 2, 3, 4, 5, 6};
        double[] target = new double[10];
        Target t = Target.binary(1, 10, target);
        Tensor x = Tensor.of(new org.losslens.core.tensor.Shape(1, 1, 10), logits);
        LossResult r = new TopK(20).evaluate(LossInput.of(x, t));
        double expected = (softplus(6) + softplus(5)) / 2;
        assertEquals(expected, r.value(), 1e-14);
        for (int k = 0; k < 8; k++) {
            assertEquals(0.0, r.gradient().get(k));
        }
        assertTrue(r.gradient().get(9) > 0);
    }

    private static double softplus(double v) {
        return Math.log1p(Math.exp(v));
    }

    @Test
    void degenerateInputsStayFinite() {
        TopK loss = new TopK(10);
        for (double v : new double[] {-1e4, 1e4, 0}) {
            assertFinite(loss, constantLogits(1, 8, 8, v), constantBinary(8, 8, 0));
            assertFinite(loss, constantLogits(1, 8, 8, v), constantBinary(8, 8, 1));
        }
        double[] onePixel = new double[64];
        onePixel[27] = 1;
        Target tiny = Target.binary(8, 8, onePixel);
        LossResult r = assertFinite(loss, constantLogits(1, 8, 8, -1e4), tiny);
        // 6 pixels selected, only the missed object pixel costs (1e4)
        assertEquals(1e4 / 6, r.value(), 1e-9);
        assertFinite(new TopK(100), constantLogits(1, 1, 1, 1e4), constantBinary(1, 1, 0));
    }

    @Test
    void rejectsAnEmptySelection() {
        TopK loss = new TopK(1);
        Tensor x = randomLogits(new Random(1), 1, 5, 5, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loss.evaluate(LossInput.of(x, constantBinary(5, 5, 0))));
        assertTrue(e.getMessage().contains("'k'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TopK.SPEC.create(TopK.SPEC.bind(Map.of("k", 0.0), true))
                        .evaluate(LossInput.of(x, constantBinary(5, 5, 0))));
        assertEquals(1, TopK.selectedCount(25, 4));
        // all pixels tie: the single selected pixel is the first one
        double[] g = new TopK(4).evaluate(LossInput.of(constantLogits(1, 5, 5, 0), constantBinary(5, 5, 0)))
                .gradient().toArray();
        assertEquals(0.5, g[0], 1e-15);
        assertEquals(0.0, g[1]);
    }
}
