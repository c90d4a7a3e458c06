package org.losslens.core.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.synthesis.PredictionRecipe;

class GeneratorSweepTest {

    private static final int SIZE = 48;
    private static final double[] DISC = GeneratorSweep.disc(SIZE, SIZE, 10);

    private static NamedLoss loss(String id) {
        LossSpec spec = LossCatalogue.require(id, Mode.BINARY);
        return NamedLoss.of(spec, spec.defaults());
    }

    private static PredictionRecipe clean() {
        return PredictionRecipe.defaults().withConfidence(0.9, 0.01);
    }

    @Test
    void everyPointIsTheLossOfTheGeneratedPrediction() {
        List<NamedLoss> losses = List.of(loss("dice"), loss("bce"));
        double[] shifts = {0, 1.2, 2.6, 4};
        GeneratorSweep.Result r = GeneratorSweep.run(SIZE, SIZE, DISC, clean(), GeneratorSweep.Knob.SHIFT, shifts, losses,
                SweepProgress.NONE);
        assertArrayEquals(new double[] {0, 1, 3, 4}, r.values().x());
        for (int i = 0; i < 4; i++) {
            LossInput input = GeneratorSweep.scene(SIZE, SIZE, DISC, clean().withShift((int) r.values().x()[i], 0),
                    GeneratorSweep.Knob.SHIFT, r.values().x()[i]);
            for (NamedLoss l : losses) {
                LossResult direct = l.loss().evaluate(input);
                assertEquals(direct.value(), r.values().series(l.name()).y()[i], 0.0);
                assertEquals(GradientSplit.foreground(direct.gradient(), input.target()),
                        r.foregroundGradient().series(l.name()).y()[i], 0.0);
                assertEquals(GradientSplit.background(direct.gradient(), input.target()),
                        r.backgroundGradient().series(l.name()).y()[i], 0.0);
            }
        }
        // a bigger shift is a bigger mistake for Dice
        double[] dice = r.values().series("dice").y();
        assertTrue(dice[0] < dice[1] && dice[1] < dice[2] && dice[2] < dice[3], java.util.Arrays.toString(dice));
    }

    @Test
    void aOnePixelShiftCostsATinyObjectMostOfItsDice() {
        PredictionRecipe shifted = clean().withShift(1, 0);
        GeneratorSweep.Result r = GeneratorSweep.run(SIZE, SIZE, DISC, shifted, GeneratorSweep.Knob.RADIUS,
                new double[] {1, 2, 4, 8, 16}, List.of(loss("dice")), SweepProgress.NONE);
        double[] dice = r.values().series("dice").y();
        assertTrue(dice[0] > 3 * dice[4], dice[0] + " vs " + dice[4]);
        for (int i = 1; i < dice.length; i++) {
            assertTrue(dice[i] < dice[i - 1], "Dice loss falls as the object grows: " + java.util.Arrays.toString(dice));
        }
        // the ground truth is the disc of that radius, whatever was drawn
        LossInput one = GeneratorSweep.scene(SIZE, SIZE, DISC, shifted, GeneratorSweep.Knob.RADIUS, 4);
        assertEquals(GeneratorSweep.disc(SIZE, SIZE, 4).length, one.target().pixels());
        assertEquals(java.util.Arrays.stream(GeneratorSweep.disc(SIZE, SIZE, 4)).sum(), one.target().classSum(0), 0.0);
    }

    @Test
    void growingAndHazeMoveThePrediction() {
        GeneratorSweep.Result grow = GeneratorSweep.run(SIZE, SIZE, DISC, clean(), GeneratorSweep.Knob.GROW,
                new double[] {-3, 0, 3}, List.of(loss("dice")), SweepProgress.NONE);
        double[] dice = grow.values().series("dice").y();
        assertTrue(dice[1] < dice[0] && dice[1] < dice[2], java.util.Arrays.toString(dice));
        GeneratorSweep.Result haze = GeneratorSweep.run(SIZE, SIZE, DISC, clean(), GeneratorSweep.Knob.HAZE,
                new double[] {0.001, 0.01, 0.1}, List.of(loss("dice")), SweepProgress.NONE);
        double[] hazy = haze.values().series("dice").y();
        assertTrue(hazy[0] < hazy[1] && hazy[1] < hazy[2], java.util.Arrays.toString(hazy));
        assertArrayEquals(new double[] {0.001, 0.01, 0.1}, haze.values().x());
        assertThrows(IllegalArgumentException.class,
                () -> GeneratorSweep.scene(SIZE, SIZE, new double[3], clean(), GeneratorSweep.Knob.SHIFT, 0));
    }
}
