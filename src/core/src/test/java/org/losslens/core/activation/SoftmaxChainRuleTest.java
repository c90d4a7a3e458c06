package org.losslens.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * The softmax chain rule on labelled targets: the vector loops (in use in the test run, see
 * {@link ElementwiseTest}) give exactly the numbers of the scalar formula, over whole vectors and
 * the tail, for every channel.
 */
class SoftmaxChainRuleTest {

    private static final int CHANNELS = 3;
    private static final Shape SHAPE = new Shape(CHANNELS, 5, 7); // 35 pixels: whole vectors and a tail

    private static Activations softmax() {
        double[] x = new double[SHAPE.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = 4 * Math.sin(2.3 * k) + (k % 9 == 0 ? 40 : 0);
        }
        return Activations.softmax(Tensor.of(SHAPE, x));
    }

    private static int[] labels() {
        int[] labels = new int[SHAPE.pixels()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (i * 7 + i / 3) % CHANNELS;
        }
        return labels;
    }

    private static double[] startingGradient() {
        double[] g = new double[SHAPE.size()];
        for (int k = 0; k < g.length; k++) {
            g[k] = 0.01 * k;
        }
        return g;
    }

    @Test
    void theAffineChainRuleOnLabelsIsTheScalarFormulaToTheBit() {
        assertTrue(Elementwise.vectorised(), "the vector path must be the one under test");
        Activations a = softmax();
        int[] labels = labels();
        double[] onTarget = {0.3, -1.2, 2.5};
        double[] constant = {0.1, 0.2, -0.3};
        double[] onProbability = {0.01, 0.5, -0.2};
        double scale = 0.7;
        double[] gradient = startingGradient();
        a.backpropagateAffineOnLabels(onTarget, constant, onProbability, labels, scale, gradient);
        int n = SHAPE.pixels();
        double[] expected = startingGradient();
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (int c = 0; c < CHANNELS; c++) {
                double p = a.probability(c * n + i);
                double t = labels[i] == c ? 1.0 : 0.0;
                mean += p * (onTarget[c] * t + constant[c] + onProbability[c] * p);
            }
            for (int c = 0; c < CHANNELS; c++) {
                double p = a.probability(c * n + i);
                double t = labels[i] == c ? 1.0 : 0.0;
                double d = onTarget[c] * t + constant[c] + onProbability[c] * p;
                expected[c * n + i] += scale * p * (d - mean);
            }
        }
        assertSameNumbers(expected, gradient);
    }

    @Test
    void theWeightedResidualOfATileIsWTimesPMinusTheOneHotToTheBit() {
        Activations a = softmax();
        int[] labels = labels();
        int n = SHAPE.pixels();
        int start = 3;
        int length = 29; // pixels 3 … 31: whole vectors, a tail, and pixels outside left alone
        double[] weight = new double[length];
        for (int i = 0; i < length; i++) {
            weight[i] = 0.5 + 0.1 * i;
        }
        double[] gradient = startingGradient();
        a.addWeightedResidual(start, length, weight, labels, gradient);
        double[] expected = startingGradient();
        for (int c = 0; c < CHANNELS; c++) {
            for (int i = 0; i < length; i++) {
                int k = c * n + start + i;
                expected[k] += weight[i] * (a.probability(k) - (labels[start + i] == c ? 1 : 0));
            }
        }
        assertSameNumbers(expected, gradient);
    }

    @Test
    void aLabelTableBackpropagatesAsTheArrayItStandsFor() {
        Activations a = softmax();
        int[] labels = labels();
        int n = SHAPE.pixels();
        double[][] table = {{0.5, -1, 2}, {0, 0.25, -3}, {7, 1e-3, 0}};
        double[] dLossDProbability = new double[SHAPE.size()];
        for (int c = 0; c < CHANNELS; c++) {
            for (int i = 0; i < n; i++) {
                dLossDProbability[c * n + i] = table[labels[i]][c];
            }
        }
        double[] expected = startingGradient();
        a.backpropagate(dLossDProbability, 0.3, expected);
        double[] gradient = startingGradient();
        a.backpropagateByLabel(table, labels, 0.3, gradient);
        assertSameNumbers(expected, gradient);
    }

    private static void assertSameNumbers(double[] expected, double[] actual) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 0.0, "element " + k);
        }
    }

    @Test
    void labelsAreAMulticlassTarget() {
        Activations binary = Activations.sigmoid(Tensor.of(new Shape(1, 2, 2), new double[] {0, 1, 2, 3}));
        assertThrows(IllegalStateException.class,
                () -> binary.addWeightedResidual(0, 4, new double[4], new int[4], new double[4]));
        assertThrows(IllegalStateException.class,
                () -> binary.backpropagateByLabel(new double[1][1], new int[4], 1, new double[4]));
    }
}
