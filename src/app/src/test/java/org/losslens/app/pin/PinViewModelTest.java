package org.losslens.app.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.editor.MaskPainting;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.Await;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/** The pinned baseline without a window: what is pinned, and every comparison against the core's numbers. */
class PinViewModelTest {

    private static boolean settled(Workbench w) {
        Evaluation e = w.latestProperty().get();
        return e != null && e.request().masks() == w.document().current()
                && e.request().params().equals(w.parameters().snapshot());
    }

    private static double core(String id, Masks m) {
        LossSpec spec = LossCatalogue.require(id, Mode.BINARY);
        return spec.create(spec.defaults()).evaluate(LossInput.of(m.logits(), m.target())).value();
    }

    @Test
    void everyRowComparesTheStateNowWithThePinnedOne() {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            w.requestEvaluation();
            Await.until(() -> settled(w));
            Masks a = w.document().current();
            assertTrue(w.pin().pin());
            // a false-positive dab: one edit
            Masks b = MaskPainting.stampProbability(a, 3, 3, 2, 0.95, 0);
            w.document().commit(b);
            Await.until(() -> settled(w));
            for (String id : new String[] {"dice", "bce", "hausdorff_dt", "boundary"}) {
                double va = core(id, a);
                double vb = core(id, b);
                PinComparison c = w.pin().compare(id, w.losses().row(id).orElseThrow().valueProperty().get())
                        .orElseThrow();
                assertEquals(va, c.pinned(), 0.0, id);
                assertEquals(vb, c.now(), 0.0, id);
                assertEquals(vb - va, c.delta(), 0.0, id);
                assertEquals(vb / va, c.ratio(), 0.0, id);
                assertEquals(c.format(), w.losses().row(id).orElseThrow().comparisonProperty().get(), id);
            }
            w.pin().clear();
            assertEquals("", w.losses().row("dice").orElseThrow().comparisonProperty().get());
        }
    }

    @Test
    void aRestoredPinHasTheValuesAndGradientOfThatStateComputedOffScreen() {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            w.requestEvaluation();
            Await.until(() -> settled(w));
            Masks earlier = MaskPainting.stampProbability(w.document().current(), 16, 16, 3, 0.0, 0);
            w.pin().restore(earlier, w.parameters().snapshot());
            Await.until(() -> w.pin().isPinned() && w.pin().pinnedGradientProperty().get() != null);
            assertTrue(w.pin().pinnedProperty().get().request().masks() == earlier);
            assertEquals(core("tversky", earlier), w.pin().pinnedProperty().get().outcome("tversky").orElseThrow()
                    .value(), 0.0);
            // the heatmap's loss changes: A's gradient of the new loss is computed for the pinned drawing
            w.losses().select("dice");
            Await.until(() -> "dice".equals(w.heatmap().lossIdProperty().get()) && settled(w));
            Await.until(() -> w.pin().pinnedGradientProperty().get() != null);
            LossSpec dice = LossCatalogue.require("dice", Mode.BINARY);
            double[] expected = dice.create(dice.defaults()).evaluate(LossInput.of(earlier.logits(), earlier.target()))
                    .gradient().toArray();
            double[] shown = w.pin().pinnedGradientProperty().get().toArray();
            assertEquals(expected.length, shown.length);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], shown[i], 0.0, "pixel " + i);
            }
        }
    }

    @Test
    void aRatioAgainstZeroIsUndefinedButTheDifferenceIsNot() {
        PinComparison c = new PinComparison(0, 0.25);
        assertTrue(Double.isNaN(c.ratio()));
        assertEquals("Δ +0.250 · ×—", c.format());
        assertEquals("Δ -0.0500 · ×0.90000", new PinComparison(0.5, 0.45).format().replace("−", "-"));
        assertEquals(3.0, PinDifference.of(new double[] {1, 2}, new double[] {4, 2})[0], 0.0);
    }

    @Test
    void nothingIsPinnedBeforeAnythingIsComputed() {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            assertFalse(w.pin().pin());
            assertFalse(w.pin().compare("dice", 0.5).isPresent());
            assertNotNull(w.pin().pinnedProperty());
        }
    }
}
