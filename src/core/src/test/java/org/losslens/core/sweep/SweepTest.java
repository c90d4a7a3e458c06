package org.losslens.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;

class SweepTest {

    private static NamedLoss loss(String id) {
        LossSpec spec = LossCatalogue.require(id, Mode.BINARY);
        return NamedLoss.of(spec, spec.defaults());
    }

    @Test
    void confidenceSweepReproducesTheFocalLossFigure() {
        LossSpec focal = LossCatalogue.require("focal", Mode.BINARY);
        NamedLoss focal0 = new NamedLoss("focal γ=0", focal.create(focal.bind(Map.of("gamma", 0.0, "alpha", 1.0), false)));
        NamedLoss focal2 = new NamedLoss("focal γ=2", focal.create(focal.bind(Map.of("gamma", 2.0, "alpha", 1.0), false)));
        double[] p = {0.1, 0.5, 0.9};
        ConfidenceSweep.Result r = ConfidenceSweep.run(List.of(loss("bce"), focal0, focal2), p, SweepProgress.NONE);
        for (int i = 0; i < p.length; i++) {
            // one foreground pixel: CE = −ln p_t, focal = −(1 − p_t)^γ ln p_t, ∂CE/∂x = p_t − 1
            assertEquals(-Math.log(p[i]), r.values().series("bce").y()[i], 1e-12);
            assertEquals(-Math.log(p[i]), r.values().series("focal γ=0").y()[i], 1e-12);
            assertEquals(-Math.pow(1 - p[i], 2) * Math.log(p[i]), r.values().series("focal γ=2").y()[i], 1e-12);
            assertEquals(p[i] - 1, r.gradients().series("bce").y()[i], 1e-12);
        }
        // γ flattens the loss of easy pixels: at p_t = 0.9 focal is 100× smaller than CE
        assertEquals(0.01, r.values().series("focal γ=2").y()[2] / r.values().series("bce").y()[2], 1e-12);
    }

    @Test
    void imbalanceSweepShowsCrossEntropySwampedAndDiceNot() {
        var settings = new ImbalanceSweep.Settings(64, ImbalanceSweep.ErrorModel.FIXED_CONFIDENCE, 0.7, 0);
        double[] fractions = Grid.logarithmic(0.001, 0.5, 6);
        ImbalanceSweep.Result r = ImbalanceSweep.run(settings, fractions, List.of(loss("bce"), loss("dice")),
                SweepProgress.NONE);
        double[] bceForeground = r.foregroundGradient().series("bce").y();
        double[] diceForeground = r.foregroundGradient().series("dice").y();
        // BCE: same per-pixel gradient (p − t)/N on a foreground pixel whatever the object size
        assertEquals(bceForeground[0], bceForeground[5], 1e-12);
        // Dice: a foreground pixel of a tiny object gets a larger gradient than one of a large object
        // (normalised by the object's size; soft background predictions keep the gain finite)
        assertTrue(diceForeground[0] > 3 * diceForeground[5], diceForeground[0] + " vs " + diceForeground[5]);
        // BCE's value does not depend on the fraction here (every pixel equally confident)
        assertEquals(-Math.log(0.7), r.values().series("bce").y()[0], 1e-12);
    }

    @Test
    void backgroundHazeDecidesWhetherDiceIsSwampedByTheBackground() {
        double[] fractions = Grid.logarithmic(1.0 / (64 * 64), 0.5, 7);
        List<NamedLoss> losses = List.of(loss("bce"), loss("dice"));
        var clean = new ImbalanceSweep.Settings(64, ImbalanceSweep.ErrorModel.RELATIVE_AREA_ERROR, 0.9, -0.3, 1e-6);
        var hazy = new ImbalanceSweep.Settings(64, ImbalanceSweep.ErrorModel.RELATIVE_AREA_ERROR, 0.9, -0.3, 0.1);
        ImbalanceSweep.Result r = ImbalanceSweep.run(clean, fractions, losses, SweepProgress.NONE);
        ImbalanceSweep.Result h = ImbalanceSweep.run(hazy, fractions, losses, SweepProgress.NONE);
        double[] bce = r.values().series("bce").y();
        double[] dice = r.values().series("dice").y();
        // the articles' claim with a clean background: the object's error vanishes in BCE's mean over
        // N pixels as the object shrinks (≥ 100× smaller at 2 pixels than at half the image) ...
        assertTrue(bce[1] < bce[6] / 100, bce[1] + " vs " + bce[6]);
        // ... while Dice, normalised by the object, stays within 0.1 of its large-object value
        assertEquals(dice[6], dice[2], 0.1);
        // with haze 0.1 the N·0.1 background "predicted pixels" swamp soft Dice's Σp: near 1 for a tiny object
        assertTrue(h.values().series("dice").y()[1] > 0.95, String.valueOf(h.values().series("dice").y()[1]));
        // the background pixels really carry the haze
        LossInput scene = ImbalanceSweep.scene(clean, 0.1);
        assertEquals(1e-6, scene.activations().probability(0), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> new ImbalanceSweep.Settings(64, ImbalanceSweep.ErrorModel.FIXED_CONFIDENCE, 0.9, 0, 0));
    }

    @Test
    void sceneHasExactlyTheRequestedAreaAndError() {
        var missed = new ImbalanceSweep.Settings(32, ImbalanceSweep.ErrorModel.MISSED_PIXELS, 0.9, 3);
        LossInput input = ImbalanceSweep.scene(missed, 0.1);
        assertEquals(Math.round(0.1 * 1024), input.target().classSum(0));
        int predicted = 0;
        for (int i = 0; i < 1024; i++) {
            predicted += input.activations().probability(i) > 0.5 ? 1 : 0;
        }
        assertEquals(Math.round(0.1 * 1024) - 3, predicted);
    }

    @Test
    void parameterSweepMatchesDirectEvaluation() {
        LossSpec tversky = LossCatalogue.require("tversky", Mode.BINARY);
        var settings = new ImbalanceSweep.Settings(32, ImbalanceSweep.ErrorModel.RELATIVE_AREA_ERROR, 0.9, 0.5);
        LossInput input = ImbalanceSweep.scene(settings, 0.05);
        double[] betas = Grid.linear(0, 1, 5);
        Curves c = ParameterSweep.run(tversky, tversky.defaults(), "beta", betas, input, SweepProgress.NONE);
        for (int i = 0; i < betas.length; i++) {
            Params p = tversky.bind(Map.of("beta", betas[i]), false);
            assertEquals(tversky.create(p).evaluate(input).value(), c.series("tversky").y()[i], 0.0);
        }
        // over-segmentation: raising β (the false-negative weight) does not change the FN-free loss much,
        // while the value stays in [0, 1]
        assertTrue(c.series("tversky").y()[4] >= 0 && c.series("tversky").y()[4] <= 1);
        assertThrows(IllegalArgumentException.class,
                () -> ParameterSweep.run(tversky, tversky.defaults(), "gamma", betas, input, SweepProgress.NONE));
    }

    @Test
    void aCancelledSweepStops() {
        SweepProgress cancelAfterTwo = new SweepProgress() {
            int done;

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }

            @Override
            public void completed(int d, int total) {
                done = d;
            }
        };
        var settings = new ImbalanceSweep.Settings(16, ImbalanceSweep.ErrorModel.FIXED_CONFIDENCE, 0.8, 0);
        assertThrows(CancellationException.class, () -> ImbalanceSweep.run(settings, Grid.linear(0.1, 0.5, 10),
                List.of(loss("bce")), cancelAfterTwo));
    }

    @Test
    void gridsIncludeTheirEnds() {
        double[] g = Grid.logarithmic(0.0005, 0.5, 7);
        assertEquals(0.0005, g[0]);
        assertEquals(0.5, g[6]);
        assertEquals(Math.sqrt(0.0005 * 0.5), g[3], 1e-15);
    }

    @Test
    void everyRealParameterCanBeSweptAcrossItsCatalogueGrid() {
        // the grid of ParameterSweep.grid holds only values the loss accepts with its other
        // parameters at their defaults (top-k's k = 0 used to end every k sweep at its first point)
        LossInput binary = ImbalanceSweep.scene(
                new ImbalanceSweep.Settings(16, ImbalanceSweep.ErrorModel.RELATIVE_AREA_ERROR, 0.9, -0.3), 0.2);
        for (LossSpec spec : LossCatalogue.forMode(Mode.BINARY)) {
            if (!spec.implemented()) {
                continue;
            }
            for (var param : spec.params()) {
                // smooth_dr = 0 with the default smooth_nr > 0 is refused by design (CommonParams.checkSmoothing)
                if (param.kind() != org.losslens.core.loss.param.ParamKind.REAL || param.name().equals("smooth_dr")) {
                    continue;
                }
                double[] grid = ParameterSweep.grid(param, 5);
                assertEquals(param.isBounded() ? param.max() : param.min() + ParameterSweep.OPEN_RANGE, grid[4], 1e-12);
                ParameterSweep.Result r = org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> ParameterSweep.sweep(
                        spec, spec.defaults(), param.name(), grid, binary, SweepProgress.NONE),
                        spec.label() + " " + param.name());
                for (double y : r.loss().series(spec.id()).y()) {
                    assertTrue(Double.isFinite(y), spec.label() + " " + param.name());
                }
            }
        }
        double[] k = ParameterSweep.grid(LossCatalogue.require("topk", Mode.BINARY).param("k").orElseThrow(), 4);
        assertEquals(25.0, k[0], 1e-12);
        assertEquals(100.0, k[3], 1e-12);
    }
}
