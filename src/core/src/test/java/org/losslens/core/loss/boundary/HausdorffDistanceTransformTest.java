package org.losslens.core.loss.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.losslens.core.loss.boundary.GeometryLossChecks.assertGradientMatchesCentralDifferences;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslens.core.activation.Sigmoid;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

class HausdorffDistanceTransformTest {

    @ParameterizedTest(name = "alpha = {0}")
    @ValueSource(doubles = {0.5, 1.0, 2.0, 4.0})
    void gradientMatchesCentralDifferences(double alpha) {
        Random random = new Random(Double.doubleToLongBits(alpha));
        HausdorffDistanceTransform loss = new HausdorffDistanceTransform(alpha);
        for (int trial = 0; trial < 3; trial++) {
            Target t = GeometryLossChecks.randomTarget(random, 8, 6 + trial);
            assertGradientMatchesCentralDifferences(loss, GeometryLossChecks.randomLogits(random, t), t);
        }
    }

    @Test
    void valueOnAHandCheckedInput() {
        // 1x4, GT = [0 1 1 0] → d_t = [1, 1, 1, 1]; logits [−2, 2, −2, −2] → prediction [0 1 0 0],
        // d_p = [1, 1, 1, 2]. With α = 1: L = mean((p − t)²·(d_p + d_t)).
        Target t = Target.binary(1, 4, new double[] {0, 1, 1, 0});
        double[] x = {-2, 2, -2, -2};
        double lo = Sigmoid.sigmoid(-2);
        double expected = (lo * lo * 2 + lo * lo * 2 + (1 - lo) * (1 - lo) * 2 + lo * lo * 3) / 4;
        double value = GeometryLossChecks.value(new HausdorffDistanceTransform(1.0),
                Tensor.of(new Shape(1, 1, 4), x), t);
        assertEquals(expected, value, 1e-15);
    }

    @Test
    void emptyGroundTruthAndEmptyPredictionHaveNoDistanceWeight() {
        Target t = Target.binary(4, 4, new double[16]);
        assertEquals(0.0, GeometryLossChecks.value(new HausdorffDistanceTransform(2.0),
                GeometryLossChecks.constant(t, -3), t), 0.0);
    }

    @Test
    void degenerateInputsAreFinite() {
        for (double alpha : new double[] {0.5, 4.0}) {
            GeometryLossChecks.assertFiniteOnDegenerateInputs(new HausdorffDistanceTransform(alpha));
        }
    }
}
