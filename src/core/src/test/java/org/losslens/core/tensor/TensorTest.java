package org.losslens.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TensorTest {

    @Test
    void isImmutable() {
        double[] values = {1, 2, 3, 4, 5, 6};
        Tensor t = Tensor.of(new Shape(1, 2, 3), values);
        values[0] = 99;
        assertEquals(1, t.get(0));
        t.toArray()[1] = 99;
        assertEquals(2, t.get(1));
    }

    @Test
    void indexesRowMajorChannelRowColumn() {
        Tensor t = Tensor.of(new Shape(2, 2, 3), new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        assertEquals(5, t.get(0, 1, 2));
        assertEquals(7, t.get(1, 0, 1));
    }

    @Test
    void rejectsAWrongLengthOrShape() {
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(new Shape(1, 2, 2), new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new Shape(0, 2, 2));
    }
}
