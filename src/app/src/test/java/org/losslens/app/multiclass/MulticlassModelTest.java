package org.losslens.app.multiclass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.Await;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.editor.MaskPainting;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamSpec;

/** Multiclass masks, painting, conversion, the matrix editor's rules and the mode switch, without FX. */
class MulticlassModelTest {

    @Test
    void labelledMasksValidateAndFeedTheCoreAConsistentInput() {
        Masks m = MulticlassExample.create(64, 4);
        assertEquals(Mode.MULTICLASS, m.mode());
        assertEquals(4, m.target().classes());
        assertEquals(4, m.logits().shape().channels());
        // softmax(log p) = p: the core sees exactly the painted probabilities (up to the clamp).
        LossInput input = LossInput.of(m.logits(), m.target());
        int i = m.index(20, 32);
        assertEquals(m.classProbability(1, i), input.activations().probability(m.pixels() + i), 1e-5);
        assertThrows(IllegalArgumentException.class, () -> m.withGroundTruth(new double[m.pixels()]).withGroundTruth(
                filled(m.pixels(), 4)));
        assertThrows(IllegalStateException.class, () -> m.withProbabilities(new double[m.pixels()]));
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void thePredictionBrushMovesOneClassAndKeepsEveryPixelADistribution() {
        Masks m = MulticlassExample.create(64, 3);
        Masks painted = MaskPainting.strokeClassProbability(m, 5, 5, 20, 5, 3, 2, 0.9, 0);
        int i = m.index(10, 5);
        assertEquals(0.9, painted.classProbability(2, i), 1e-12);
        for (int k = 0; k < painted.pixels(); k++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += painted.classProbability(c, k);
            }
            assertEquals(1, sum, 1e-9);
        }
    }

    @Test
    void conversionKeepsTheDrawing() {
        Masks binary = Workbench.defaultMasks(64);
        Masks three = ModeConversion.toMulticlass(binary, 3);
        Masks back = ModeConversion.toBinary(three);
        for (int i = 0; i < binary.pixels(); i++) {
            assertEquals(binary.groundTruth(i), back.groundTruth(i));
            assertEquals(binary.probability(i), back.probability(i), 1e-12);
        }
        Masks two = ModeConversion.toMulticlass(MulticlassExample.create(64, 4), 2);
        assertEquals(2, two.classes());
        for (int i = 0; i < two.pixels(); i++) {
            assertTrue(two.label(i) < 2);
        }
    }

    @Test
    void anInvalidMatrixIsReportedAndNeverApplied() {
        ParamSpec forbidden = LossCatalogue.require("non_adjacency", Mode.MULTICLASS).param("forbidden").orElseThrow();
        List<double[][]> applied = new ArrayList<>();
        ClassMatrixViewModel vm = new ClassMatrixViewModel(forbidden, null, 3, applied::add);
        assertEquals(1, vm.get(1, 2));
        assertFalse(vm.set(1, 2, 0.5));
        assertTrue(vm.problemProperty().get().contains("0 and 1"), vm.problemProperty().get());
        assertFalse(vm.set(0, 0, 1));
        assertTrue(applied.isEmpty());
        vm.set(0, 0, 0);
        assertTrue(vm.set(1, 2, 0));
        assertEquals("", vm.problemProperty().get());
        assertEquals(0, applied.get(applied.size() - 1)[2][1]);
        vm.keepSymmetricProperty().set(false);
        assertFalse(vm.set(0, 1, 1));
        assertTrue(vm.problemProperty().get().contains("symmetric"));
        vm.reset();
        assertNull(applied.get(applied.size() - 1));
    }

    @Test
    void switchingModeShowsTheMulticlassLossesWithTheCoreValues() {
        List<Evaluation> shown = new ArrayList<>();
        try (Workbench w = new Workbench(Workbench.defaultMasks(64), Runnable::run)) {
            w.onEvaluationProperty().set(shown::add);
            w.switchMode(Mode.MULTICLASS, 3);
            assertEquals(Mode.MULTICLASS, w.mode());
            assertEquals(LossCatalogue.forMode(Mode.MULTICLASS), w.losses().specs());
            w.document().commit(MulticlassExample.create(64, 3));
            awaitCurrent(w);
            Masks m = w.document().current();
            double expected = LossCatalogue.require("generalized_wasserstein_dice", Mode.MULTICLASS).create()
                    .evaluate(LossInput.of(m.logits(), m.target())).value();
            assertEquals(expected, w.losses().row("generalized_wasserstein_dice").orElseThrow()
                    .valueProperty().get(), 0.0);
            w.editor().undo();
            w.editor().undo();
            assertSame(Mode.BINARY, w.mode());
            assertEquals(LossCatalogue.forMode(Mode.BINARY), w.losses().specs());
        }
    }

    /** Waits until the views show an evaluation of the current drawing ("latest" is set last). */
    private static void awaitCurrent(Workbench w) {
        Await.until(() -> {
            Evaluation e = w.latestProperty().get();
            return e != null && e.request().masks() == w.document().current();
        });
    }
}
