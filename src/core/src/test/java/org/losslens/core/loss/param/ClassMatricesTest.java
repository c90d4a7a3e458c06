package org.losslens.core.loss.param;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassMatricesTest {

    @Test
    void defaults() {
        assertArrayEquals(new double[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}}, ClassMatrices.oneMinusIdentity(3));
        assertArrayEquals(new double[][] {{0, 0, 0}, {0, 0, 1}, {0, 1, 0}}, ClassMatrices.distinctForegroundPairs(3));
        assertArrayEquals(new double[][] {{0, 0}, {0, 0}}, ClassMatrices.distinctForegroundPairs(2));
    }

    @Test
    void validationNamesTheParameterAndTheEntry() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ClassMatrices.requireSymmetricNonNegative("m", new double[][] {{0, 2}, {3, 0}}));
        assertTrue(e.getMessage().contains("'m'") && e.getMessage().contains("[0][1]"), e.getMessage());
        assertThrows(InvalidParameterException.class,
                () -> ClassMatrices.requireSymmetricNonNegative("m", new double[][] {{0, Double.NaN}, {Double.NaN, 0}}));
        assertThrows(InvalidParameterException.class, () -> ClassMatrices.requireSymmetricNonNegative("m", new double[0][]));
        assertThrows(InvalidParameterException.class,
                () -> ClassMatrices.requireSymmetricBinary("m", new double[][] {{0, 2}, {2, 0}}));
        assertThrows(InvalidParameterException.class,
                () -> ClassMatrices.requireClasses("m", new double[][] {{0, 1}, {1, 0}}, 3));
        double[][] original = {{0, 1}, {1, 0}};
        double[][] copy = ClassMatrices.requireSymmetricBinary("m", original);
        copy[0][1] = 5;
        assertTrue(original[0][1] == 1, "the check returns a copy");
    }
}
