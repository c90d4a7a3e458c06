package org.losslens.core.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SignedDistanceTest {

    private static final double R2 = Math.sqrt(2);
    private static final double R5 = Math.sqrt(5);

    @Test
    void squareInsideAnImage() {
        // A 3x3 square in a 5x5 image: −(EDT − 1) inside (0 on its contour, −1 at its centre),
        // +distance to the square outside.
        Mask g = Mask.of(5, 5, i -> i / 5 >= 1 && i / 5 <= 3 && i % 5 >= 1 && i % 5 <= 3);
        assertArrayEquals(new double[] {
            R2, 1, 1, 1, R2,
            1, 0, 0, 0, 1,
            1, 0, -1, 0, 1,
            1, 0, 0, 0, 1,
            R2, 1, 1, 1, R2}, SignedDistance.of(g).toArray(), 0.0);
    }

    @Test
    void objectTouchingTheBorderMeasuresOnlyToBackgroundInTheImage() {
        // Left two columns of a 2x4 image: the image border is not background.
        Mask g = Mask.of(2, 4, i -> i % 4 < 2);
        assertArrayEquals(new double[] {
            -1, 0, 1, 2,
            -1, 0, 1, 2}, SignedDistance.of(g).toArray(), 0.0);
    }

    @Test
    void onePixelObject() {
        Mask g = Mask.of(3, 3, i -> i == 4);
        assertArrayEquals(new double[] {
            R2, 1, R2,
            1, 0, 1,
            R2, 1, R2}, SignedDistance.of(g).toArray(), 0.0);
        Mask corner = Mask.of(2, 3, i -> i == 0);
        assertArrayEquals(new double[] {0, 1, 2, 1, R2, R5}, SignedDistance.of(corner).toArray(), 0.0);
    }

    @Test
    void emptyAndFullMasksGiveZero() {
        Mask empty = Mask.of(3, 4, i -> false);
        assertArrayEquals(new double[12], SignedDistance.of(empty).toArray(), 0.0);
        assertArrayEquals(new double[12], SignedDistance.of(empty.complement()).toArray(), 0.0);
    }
}
