package org.losslens.core.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.sweep.ImbalanceSweep;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

class DescentRunTest {

    private static final LossInput SCENE = ImbalanceSweep.scene(
            new ImbalanceSweep.Settings(24, ImbalanceSweep.ErrorModel.MISSED_PIXELS, 0.8, 10), 0.1);

    private static Loss binary(String id) {
        return LossCatalogue.require(id, Mode.BINARY).create();
    }

    @Test
    void smallStepsOfGradientDescentLowerTheLossMonotonically() {
        DescentRun run = new DescentRun(SCENE.activations().logits(), SCENE.target(), binary("bce"),
                new GradientDescent(1.0), 0);
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 30; i++) {
            StepRecord r = run.step();
            assertEquals(i, r.step());
            assertTrue(r.loss() < previous, "step " + i + ": " + r.loss() + " >= " + previous);
            previous = r.loss();
        }
    }

    @Test
    void aGradientDescentStepIsExactlyXMinusEtaTimesTheCoreGradient() {
        Loss dice = binary("dice");
        DescentRun run = new DescentRun(SCENE.activations().logits(), SCENE.target(), dice, new GradientDescent(0.5), 0);
        double[] expected = SCENE.activations().logits().toArray();
        double[] g = dice.evaluate(SCENE).gradient().toArray();
        for (int k = 0; k < expected.length; k++) {
            expected[k] -= 0.5 * g[k];
        }
        assertEquals(null, run.lastGradient());
        run.step();
        assertArrayEquals(expected, run.current().toArray(), 0.0);
        assertArrayEquals(g, run.lastGradient().toArray(), 0.0);
    }

    @Test
    void probabilityIsWhatTheNextStepsLossSees() {
        DescentRun run = new DescentRun(SCENE.activations().logits(), SCENE.target(), binary("dice"),
                new GradientDescent(50), 0);
        run.step();
        double[] p = run.probability();
        LossInput next = LossInput.of(run.current(), SCENE.target());
        assertEquals(next.activations().logits().size(), p.length);
        for (int k = 0; k < p.length; k++) {
            assertEquals(next.activations().probability(k), p[k], 0.0, "pixel " + k);
        }
    }

    @Test
    void aMulticlassRunsProbabilityIsTheSoftmaxOverItsChannels() {
        Shape shape = new Shape(3, 4, 5);
        double[] x = new double[shape.size()];
        int[] labels = new int[shape.pixels()];
        for (int k = 0; k < x.length; k++) {
            x[k] = Math.sin(k) * 3;
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
        }
        Target target = Target.labels(3, 4, 5, labels);
        DescentRun run = new DescentRun(Tensor.of(shape, x), target,
                LossCatalogue.require("dice", Mode.MULTICLASS).create(), new GradientDescent(1), 0);
        run.step();
        double[] p = run.probability();
        LossInput next = LossInput.of(run.current(), target);
        for (int k = 0; k < p.length; k++) {
            assertEquals(next.activations().probability(k), p[k], 0.0, "element " + k);
        }
    }

    @Test
    void adamsFirstStepMovesEveryLogitByTheLearningRateWhateverItsGradient() {
        DescentRun run = new DescentRun(SCENE.activations().logits(), SCENE.target(), binary("bce"), new Adam(0.1), 0);
        double[] before = SCENE.activations().logits().toArray();
        double[] g = binary("bce").evaluate(SCENE).gradient().toArray();
        run.step();
        double[] after = run.current().toArray();
        for (int k = 0; k < before.length; k++) {
            // bias-corrected m̂ = g, v̂ = g²: the step is η·g/(|g| + ε)
            assertEquals(before[k] - 0.1 * g[k] / (Math.abs(g[k]) + 1e-8), after[k], 1e-15);
        }
    }

    @Test
    void momentumAcceleratesAlongAConstantGradient() {
        Momentum m = new Momentum(1.0, 0.5);
        double[] x = {0};
        double[] g = {1};
        m.apply(x, g);
        assertEquals(-1, x[0]);
        m.apply(x, g);
        assertEquals(-2.5, x[0]);
        Optimizer fresh = m.fresh();
        double[] y = {0};
        fresh.apply(y, g);
        assertEquals(-1, y[0]);
    }

    @Test
    void resetReturnsToTheStartAndStepZero() {
        DescentRun run = new DescentRun(SCENE.activations().logits(), SCENE.target(), binary("tversky"), new Adam(0.2), 1);
        double first = run.step().loss();
        run.step();
        run.reset();
        assertEquals(0, run.steps());
        assertEquals(SCENE.activations().logits(), run.current());
        assertEquals(first, run.step().loss(), 0.0);
    }

    @Test
    void smoothingCouplesNeighbours() {
        // one wrong pixel in a confident, correct background: only smoothing moves its neighbours
        double[] x = new double[25];
        java.util.Arrays.fill(x, -8);
        x[12] = 8;
        Tensor logits = Tensor.of(new org.losslens.core.tensor.Shape(1, 5, 5), x);
        Target empty = Target.binary(5, 5, new double[25]);
        DescentRun plain = new DescentRun(logits, empty, binary("bce"), new GradientDescent(1), 0);
        DescentRun smoothed = new DescentRun(logits, empty, binary("bce"), new GradientDescent(1), 1.0);
        plain.step();
        smoothed.step();
        assertEquals(-8, plain.current().get(11), 1e-3);
        assertTrue(smoothed.current().get(11) < -8.001);
    }

    @Test
    void scoresFollowTheHardPrediction() {
        DescentRun run = new DescentRun(SCENE.activations().logits(), SCENE.target(), binary("bce"),
                new GradientDescent(1.0), 0);
        StepRecord r = run.step();
        int object = (int) SCENE.target().classSum(0);
        // MISSED_PIXELS = 10: TP = object − 10, FN = 10, FP = 0
        assertEquals(2.0 * (object - 10) / (2.0 * (object - 10) + 10), r.dice(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(0));
        assertThrows(IllegalArgumentException.class, () -> run.setSmoothing(-1));
    }
}
