package org.losslens.core.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/** What the app's charts rely on besides the sweeps themselves. */
class SweepSupportTest {

    @Test
    void normalisingMapsEachSeriesOntoZeroToOne() {
        Curves c = new Curves("x", new double[] {1, 2, 3}, List.of(
                new Curves.Series("a", new double[] {2, 4, 6}), new Curves.Series("flat", new double[] {5, 5, 5})));
        assertArrayEquals(new double[] {0, 0.5, 1}, c.normalised().series("a").y(), 1e-15);
        assertArrayEquals(new double[] {0, 0, 0}, c.normalised().series("flat").y(), 1e-15);
        // a point off the curve lands on the same scale
        assertEquals(1.5, c.series("a").normalise(8), 1e-15);
    }

    @Test
    void foregroundFractionOfASceneIsItsArea() {
        var settings = new ImbalanceSweep.Settings(20, ImbalanceSweep.ErrorModel.FIXED_CONFIDENCE, 0.9, 0);
        LossInput input = ImbalanceSweep.scene(settings, 0.1);
        assertEquals(40 / 400.0, ImbalanceSweep.foregroundFraction(input.target()), 0.0);
    }

    @Test
    void tverskyBetaMovesThePushFromBackgroundToForeground() {
        LossSpec tversky = LossCatalogue.require("tversky", Mode.BINARY);
        // both kinds of error at once: the object is shifted
        var settings = new ImbalanceSweep.Settings(32, ImbalanceSweep.ErrorModel.RELATIVE_AREA_ERROR, 0.8, -0.4);
        LossInput input = ImbalanceSweep.scene(settings, 0.1);
        double[] betas = Grid.linear(0.1, 0.9, 5);
        ParameterSweep.Result r = ParameterSweep.sweep(tversky, tversky.defaults(), "beta", betas, input,
                SweepProgress.NONE);
        double[] fg = r.gradient().series(ParameterSweep.FOREGROUND).y();
        double[] bg = r.gradient().series(ParameterSweep.BACKGROUND).y();
        assertTrue(fg[4] > fg[0], "foreground push grows with β: " + fg[0] + " → " + fg[4]);
        assertTrue(bg[4] < bg[0], "background push shrinks with β: " + bg[0] + " → " + bg[4]);
        // the two-series form is the same numbers
        Curves pair = ParameterSweep.run(tversky, tversky.defaults(), "beta", betas, input, SweepProgress.NONE);
        assertArrayEquals(r.loss().series("tversky").y(), pair.series("tversky").y(), 0.0);
        assertArrayEquals(r.gradient().series(ParameterSweep.ALL_PIXELS).y(),
                pair.series(ParameterSweep.ALL_PIXELS).y(), 0.0);
    }

    @Test
    void aCountingParameterIsSweptOverWholeNumbers() {
        LossSpec clDice = LossCatalogue.require("soft_cldice", Mode.BINARY);
        var settings = new ImbalanceSweep.Settings(20, ImbalanceSweep.ErrorModel.FIXED_CONFIDENCE, 0.8, 0);
        LossInput input = ImbalanceSweep.scene(settings, 0.1);
        ParameterSweep.Result r = ParameterSweep.sweep(clDice, clDice.defaults(), "iter_",
                Grid.linear(0, 4, 9), input, SweepProgress.NONE);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, r.loss().x(), 0.0);
        assertEquals(5, r.loss().series("soft_cldice").y().length);
    }

    @Test
    void everyPixelWiseBinaryLossHasAConfidenceCurve() {
        List<NamedLoss> pixelWise = LossCatalogue.forMode(Mode.BINARY).stream()
                .filter(ConfidenceSweep::describes)
                .map(s -> NamedLoss.of(s, s.bind(Map.of(), false))).toList();
        assertEquals(List.of("bce", "wce", "balanced_ce", "focal", "mse", "conservative", "asymmetric_focal", "soft_bce",
                        "poly1", "generalized_ce"),
                pixelWise.stream().map(NamedLoss::name).toList());
        ConfidenceSweep.Result r = ConfidenceSweep.run(pixelWise, Grid.linear(0.01, 0.99, 11), SweepProgress.NONE);
        for (Curves.Series s : r.values().series()) {
            for (double v : s.y()) {
                assertTrue(Double.isFinite(v), s.name());
            }
        }
    }
}
