package org.losslens.core.loss.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.losslens.core.loss.boundary.GeometryLossChecks.assertGradientMatchesCentralDifferences;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.losslens.core.activation.Activations;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.distribution.BinaryCrossEntropy;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

class ShapeAwareTest {

    private final ShapeAware loss = new ShapeAware();

    @Test
    void gradientMatchesCentralDifferences() {
        Random random = new Random(3);
        for (int trial = 0; trial < 4; trial++) {
            Target t = GeometryLossChecks.randomTarget(random, 9, 7 + trial);
            assertGradientMatchesCentralDifferences(loss, GeometryLossChecks.randomLogits(random, t), t);
        }
    }

    @Test
    void contourDistanceOnAHandCheckedInput() {
        // GT: 3x3 square at rows/cols 1..3 of 6x6; prediction: the same square shifted right by 2.
        Target t = Target.binary(6, 6, mask(6, (y, x) -> y >= 1 && y <= 3 && x >= 1 && x <= 3));
        double[] x = new double[36];
        for (int i = 0; i < 36; i++) {
            int r = i / 6;
            int c = i % 6;
            x[i] = r >= 1 && r <= 3 && c >= 3 && c <= 5 ? 4 : -4;
        }
        // The predicted square (cols 3..5) touches the right border. Its contour is
        // (1,3) (1,4) (1,5) (2,3) (3,3) (3,4) (3,5): (2,4) is interior, and (2,5)'s only neighbour
        // not in the mask would lie beyond the image, which does not count.
        // Distances to the GT ring (rows/cols 1..3 minus (2,2)): 0, 1, 2, 0, 0, 1, 2 → E = 6/7.
        Activations a = Activations.sigmoid(Tensor.of(new Shape(1, 6, 6), x));
        assertEquals(6.0 / 7.0, ShapeAware.contourDistance(a, t), 1e-15);
        double bce = new BinaryCrossEntropy(1, 1).evaluate(LossInput.of(a, t)).value();
        assertEquals((1 + 6.0 / 7.0) * bce,
                GeometryLossChecks.value(loss, Tensor.of(new Shape(1, 6, 6), x), t), 1e-14);
    }

    @Test
    void emptyContoursGivePlainCrossEntropy() {
        Random random = new Random(5);
        for (double v : new double[] {0, 1}) {
            double[] gt = new double[20];
            Arrays.fill(gt, v);
            Target t = Target.binary(4, 5, gt);
            Tensor x = GeometryLossChecks.randomLogits(random, GeometryLossChecks.randomTarget(random, 4, 5));
            Activations a = Activations.sigmoid(x);
            assertEquals(0.0, ShapeAware.contourDistance(a, t), 0.0);
            double bce = new BinaryCrossEntropy(1, 1).evaluate(LossInput.of(a, t)).value();
            assertEquals(bce, GeometryLossChecks.value(loss, x, t), 1e-15);
        }
    }

    @Test
    void degenerateInputsAreFinite() {
        GeometryLossChecks.assertFiniteOnDegenerateInputs(loss);
    }

    interface PixelTest {
        boolean test(int row, int column);
    }

    static double[] mask(int size, PixelTest inside) {
        double[] m = new double[size * size];
        for (int i = 0; i < m.length; i++) {
            m[i] = inside.test(i / size, i % size) ? 1 : 0;
        }
        return m;
    }
}
