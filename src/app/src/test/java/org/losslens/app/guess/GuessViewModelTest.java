package org.losslens.app.guess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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

/** Predict first without a window: hidden while asking, the verdict against the core's own numbers. */
class GuessViewModelTest {

    private static boolean settled(Workbench w) {
        Evaluation e = w.latestProperty().get();
        return e != null && e.request().masks() == w.document().current()
                && e.request().params().equals(w.parameters().snapshot());
    }

    private static Map<String, Double> core(Masks m) {
        Map<String, Double> values = new HashMap<>();
        for (LossSpec spec : LossCatalogue.forMode(m.mode())) {
            if (spec.implemented()) {
                values.put(spec.id(), spec.create(spec.defaults()).evaluate(LossInput.of(m.logits(), m.target())).value());
            }
        }
        return values;
    }

    @Test
    void aQuestionHidesTheValuesAndTheRevealNamesWhatRoseAndFellMost() {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            w.requestEvaluation();
            Await.until(() -> settled(w));
            GuessViewModel guess = w.guess();
            assertFalse(w.losses().hiddenProperty().get());

            guess.advance(); // F7 when off starts a question, as F6 does
            assertEquals(GuessViewModel.Phase.ASKING, guess.phaseProperty().get());
            assertTrue(w.losses().hiddenProperty().get());
            assertTrue(w.pin().isPinned());
            Masks before = w.document().current();

            // a confident false positive far from the object: one edit while the class guesses
            Masks after = MaskPainting.stampProbability(before, 3, 3, 3, 0.99, 0);
            w.document().commit(after);
            Await.until(() -> settled(w));
            assertTrue(w.losses().hiddenProperty().get(), "still hidden until the reveal");

            guess.advance();
            assertEquals(GuessViewModel.Phase.REVEALED, guess.phaseProperty().get());
            assertFalse(w.losses().hiddenProperty().get());
            Map<String, Double> a = core(before);
            Map<String, Double> b = core(after);
            String rose = null;
            double most = 0;
            int rising = 0;
            for (String id : b.keySet()) {
                double change = GuessViewModel.relativeChange(a.get(id), b.get(id));
                if (change > GuessViewModel.UNCHANGED) {
                    rising++;
                    if (change > most) {
                        most = change;
                        rose = id;
                    }
                }
            }
            GuessViewModel.Verdict verdict = guess.verdictProperty().get();
            assertEquals(rose, verdict.roseMost());
            assertEquals(most, verdict.roseBy(), 1e-9 * Math.abs(most));
            assertEquals(rising, verdict.rose());
            assertFalse(verdict.unchanged());

            // next question: the state now is the new before, values hidden again
            guess.advance();
            assertEquals(GuessViewModel.Phase.ASKING, guess.phaseProperty().get());
            assertSame(w.latestProperty().get(), w.pin().pinnedProperty().get());
            guess.reveal();
            assertTrue(guess.verdictProperty().get().unchanged(), "nothing was edited since the question");
        }
    }

    @Test
    void endingRemovesOnlyItsOwnPin() {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            w.requestEvaluation();
            Await.until(() -> settled(w));
            GuessViewModel guess = w.guess();
            guess.toggle();
            guess.toggle();
            assertEquals(GuessViewModel.Phase.OFF, guess.phaseProperty().get());
            assertFalse(w.pin().isPinned());
            assertNull(guess.verdictProperty().get());

            // the teacher pins something of their own during a round: ending keeps it
            guess.toggle();
            w.document().commit(MaskPainting.stampProbability(w.document().current(), 3, 3, 2, 0.9, 0));
            Await.until(() -> settled(w));
            assertTrue(w.pin().pin());
            guess.stop();
            assertTrue(w.pin().isPinned());
            assertFalse(w.losses().hiddenProperty().get());
        }
    }
}
