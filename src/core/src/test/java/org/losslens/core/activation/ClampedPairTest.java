package org.losslens.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/** MONAI's clamped [1 − σ(x), σ(x)]: each entry clamped on its own, a clamped entry passes no gradient. */
class ClampedPairTest {

    private static final double EPSILON = 1e-7;

    private static ClampedPair of(double... logits) {
        return ClampedPair.of(Activations.sigmoid(Tensor.of(new Shape(1, 1, logits.length), logits)), EPSILON);
    }

    @Test
    void insideTheBoundsBothEntriesAreTheProbabilitiesAndPassTheGradient() {
        ClampedPair pair = of(0.3);
        double p = Sigmoid.sigmoid(0.3);
        assertEquals(p, pair.foreground(0), 1e-16);
        assertEquals(1 - p, pair.background(0), 1e-15);
        double slope = p * (1 - p);
        assertEquals(slope * (2.0 - 5.0), pair.logitDerivative(0, 5.0, 2.0), 1e-15);
    }

    @Test
    void aSaturatedLogitIsClampedOnBothSidesAndGetsNoGradient() {
        ClampedPair pair = of(1e4, -1e4);
        assertEquals(1 - EPSILON, pair.foreground(0), 0.0);
        assertEquals(EPSILON, pair.background(0), 0.0);
        assertEquals(EPSILON, pair.foreground(1), 0.0);
        assertEquals(1 - EPSILON, pair.background(1), 0.0);
        assertEquals(0.0, pair.logitDerivative(0, 3.0, 4.0), 0.0);
        assertEquals(0.0, pair.logitDerivative(1, 3.0, 4.0), 0.0);
    }

    @Test
    void theBoundsThemselvesStillPassTheGradient() {
        // PyTorch's clamp backward is 1 on [ε, 1 − ε] inclusive; just inside, the gradient is the sigmoid's
        double x = Math.log((1 - 2 * EPSILON) / (2 * EPSILON)); // σ(x) = 1 − 2ε
        ClampedPair pair = of(x);
        double slope = Sigmoid.sigmoid(x) * Sigmoid.sigmoid(-x);
        assertEquals(slope * 2.0, pair.logitDerivative(0, 0.0, 2.0), 1e-20);
    }

    @Test
    void softmaxActivationsAreRefused() {
        Tensor logits = Tensor.of(new Shape(2, 1, 1), new double[] {0, 1});
        assertThrows(IllegalArgumentException.class, () -> ClampedPair.of(Activations.softmax(logits), EPSILON));
    }
}
