package org.losslens.app.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.losslens.app.editor.MaskPainting;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.app.testing.Await;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;

/** The live formula: the numbers put into it work out to the core's value of the loss. */
class SubstitutionTest {

    private static Masks drawing() {
        double[] gt = new double[48 * 48];
        double[] p = new double[48 * 48];
        for (int i = 0; i < gt.length; i++) {
            int x = i % 48;
            int y = i / 48;
            gt[i] = Math.hypot(x - 24, y - 22) <= 10 ? 1 : 0;
            p[i] = Math.hypot(x - 20, y - 20) <= 9 ? 0.8 : 0.05 + 0.001 * (i % 7);
        }
        return Masks.of(48, 48, gt, p);
    }

    private static double[] uniform(int classes, int n) {
        double[] p = new double[classes * n];
        java.util.Arrays.fill(p, 1.0 / classes);
        return p;
    }

    private static double core(LossSpec spec, Params p, Masks m) {
        return spec.create(p).evaluate(LossInput.of(m.logits(), m.target())).value();
    }

    @Test
    void diceIouAndTverskyWorkOutToTheCoresValueForAnyParameters() {
        Masks m = drawing();
        SoftCounts c = SoftCounts.of(m);
        assertTrue(c.truePositives() > 0 && c.falsePositives() > 0 && c.falseNegatives() > 0);
        Map<String, Map<String, Object>> settings = Map.of(
                "dice", Map.of("smooth_nr", 0.5, "smooth_dr", 2.0, "squared_pred", true),
                "iou", Map.of("smooth_nr", 1e-5, "smooth_dr", 1e-5),
                "tversky", Map.of("alpha", 0.8, "beta", 0.2, "smooth_nr", 1e-5, "smooth_dr", 1e-5));
        for (var e : settings.entrySet()) {
            LossSpec spec = LossCatalogue.require(e.getKey(), Mode.BINARY);
            for (Params p : new Params[] {spec.defaults(), Params.bind(spec.id(), spec.params(), e.getValue(), false)}) {
                Substitution.Substituted s = Substitution.of(spec, p, c).orElseThrow();
                double expected = core(spec, p, m);
                assertEquals(expected, s.value(), 1e-12 * Math.max(1, Math.abs(expected)), spec.id() + " " + p);
                assertTrue(s.text().endsWith(String.format(java.util.Locale.ROOT, "%.4g", s.value())), s.text());
            }
        }
    }

    @Test
    void otherRegionLossesShowTheirCountsAndOthersNothing() {
        SoftCounts c = SoftCounts.of(drawing());
        Substitution.Substituted ft = Substitution.of(LossCatalogue.require("focal_tversky", Mode.BINARY),
                LossCatalogue.require("focal_tversky", Mode.BINARY).defaults(), c).orElseThrow();
        assertTrue(ft.text().startsWith("TP = Σp·g = "), ft.text());
        assertFalse(Substitution.of(LossCatalogue.require("bce", Mode.BINARY),
                LossCatalogue.require("bce", Mode.BINARY).defaults(), c).isPresent());
        assertEquals(null, SoftCounts.of(Masks.labelled(3, 32, 32, new double[32 * 32], uniform(3, 32 * 32))));
    }

    @Test
    void thePanelFollowsTheDrawingSummedOffTheFxThread() {
        var selected = new SimpleObjectProperty<>(LossCatalogue.require("dice", Mode.BINARY));
        ParametersViewModel parameters = new ParametersViewModel(LossCatalogue.forMode(Mode.BINARY), selected);
        var drawing = new SimpleObjectProperty<>(drawing());
        java.util.concurrent.ConcurrentLinkedQueue<Runnable> fx = new java.util.concurrent.ConcurrentLinkedQueue<>();
        FormulaViewModel vm = new FormulaViewModel(selected, parameters, drawing, fx::add, new Messages(Messages.ENGLISH));
        try {
            Await.until(() -> !fx.isEmpty());
            fx.poll().run();
            assertNotNull(vm.substitutedProperty().get());
            LossSpec dice = selected.get();
            assertEquals(core(dice, dice.defaults(), drawing.get()), vm.substitutedProperty().get().value(), 1e-12);
            drawing.set(MaskPainting.stampProbability(drawing.get(), 5, 5, 3, 0.9, 0));
            Await.until(() -> !fx.isEmpty());
            fx.poll().run();
            assertEquals(core(dice, dice.defaults(), drawing.get()), vm.substitutedProperty().get().value(), 1e-12);
        } finally {
            vm.close();
        }
    }
}
