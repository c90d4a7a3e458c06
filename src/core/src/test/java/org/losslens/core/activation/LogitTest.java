package org.losslens.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogitTest {

    @Test
    void isTheInverseOfTheSigmoid() {
        for (double x : new double[] {-12, -3.5, -1e-3, 0, 0.7, 5, 12}) {
            assertEquals(x, Logit.of(Sigmoid.sigmoid(x)), 1e-9 * Math.max(1, Math.abs(x)));
        }
    }

    @Test
    void theClampKeepsPaintedZeroAndOneFinite() {
        assertEquals(Logit.PROBABILITY_CLAMP, Logit.clamp(0));
        assertEquals(1 - Logit.PROBABILITY_CLAMP, Logit.clamp(1));
        assertEquals(0.3, Logit.clamp(0.3));
        assertEquals(Math.log(1e-6 / (1 - 1e-6)), Logit.ofClamped(0), 1e-12);
        assertEquals(-Logit.ofClamped(0), Logit.ofClamped(1), 1e-9);
        assertTrue(Double.isFinite(Logit.ofClampedClassProbability(0)));
        assertEquals(Math.log(0.25), Logit.ofClampedClassProbability(0.25));
    }
}
