package org.losslens.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

class ClassMetricsTest {

    /** Logits of a 1×5 image, 3 classes, channel-major; the arg-max per pixel is 0, 1, 1, 2, 0. */
    private static final double[] LOGITS = {
        5, 0, 0, 0, 5,
        0, 5, 5, 0, 0,
        0, 0, 0, 5, 0,
    };

    @Test
    void countsEachClassOneVersusRestOnTheArgMax() {
        // labels 0, 1, 2, 2, 2 against predictions 0, 1, 1, 2, 0
        LossInput input = LossInput.of(Tensor.of(new Shape(3, 1, 5), LOGITS), Target.labels(3, 1, 5, new int[] {0, 1, 2, 2, 2}));
        List<OverlapMetrics> m = ClassMetrics.of(input);
        assertEquals(3, m.size());
        assertEquals(new OverlapMetrics(1, 1, 0, 3), m.get(0));
        assertEquals(new OverlapMetrics(1, 1, 0, 3), m.get(1));
        assertEquals(new OverlapMetrics(1, 0, 2, 2), m.get(2));
        assertEquals(2.0 / 4, m.get(2).dice(), 1e-15);
        // the mean over foreground classes is what SegmentationScore reports
        assertEquals((m.get(1).dice() + m.get(2).dice()) / 2, SegmentationScore.of(input).dice(), 1e-15);
    }

    @Test
    void aClassAbsentFromBothMasksIsUndefinedNotPerfect() {
        LossInput input = LossInput.of(Tensor.of(new Shape(3, 1, 5), LOGITS), Target.labels(3, 1, 5, new int[] {0, 1, 1, 1, 0}));
        // class 2 is predicted at pixel 3 but never labelled: FP only, Dice 0
        assertEquals(0.0, ClassMetrics.of(input).get(2).dice());
        double[] allBackground = new double[15];
        for (int i = 0; i < 5; i++) {
            allBackground[i] = 5;
        }
        LossInput empty = LossInput.of(Tensor.of(new Shape(3, 1, 5), allBackground), Target.labels(3, 1, 5, new int[5]));
        assertTrue(Double.isNaN(ClassMetrics.of(empty).get(1).dice()));
    }

    @Test
    void refusesABinaryInput() {
        LossInput binary = LossInput.of(Tensor.of(new Shape(1, 1, 2), new double[] {1, -1}),
                Target.binary(1, 2, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> ClassMetrics.of(binary));
    }
}
