package org.losslens.app.masks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.losslens.core.activation.Logit;

class MaskDocumentTest {

    private static Masks withGt(Masks m, int index) {
        double[] gt = m.groundTruthCopy();
        gt[index] = 1;
        return m.withGroundTruth(gt);
    }

    @Test
    void commitUndoRedo() {
        Masks start = Masks.blank(32);
        MaskDocument doc = new MaskDocument(start);
        Masks one = withGt(start, 5);
        doc.commit(one);
        assertTrue(doc.canUndoProperty().get());
        doc.undo();
        assertSame(start, doc.current());
        assertTrue(doc.canRedoProperty().get());
        doc.redo();
        assertSame(one, doc.current());
        assertFalse(doc.canRedoProperty().get());
    }

    @Test
    void aGestureIsOneHistoryEntry() {
        Masks start = Masks.blank(32);
        MaskDocument doc = new MaskDocument(start);
        doc.beginGesture();
        doc.preview(withGt(start, 1));
        doc.preview(withGt(doc.current(), 2));
        doc.endGesture();
        assertEquals(1, doc.current().groundTruth(2));
        doc.undo();
        assertSame(start, doc.current());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void noOpEditsAddNoHistory() {
        Masks start = Masks.blank(32);
        MaskDocument doc = new MaskDocument(start);
        doc.commit(start.withGroundTruth(start.groundTruthCopy()));
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void newEditClearsRedo() {
        Masks start = Masks.blank(32);
        MaskDocument doc = new MaskDocument(start);
        doc.commit(withGt(start, 1));
        doc.undo();
        doc.commit(withGt(start, 2));
        assertFalse(doc.canRedoProperty().get());
    }

    @Test
    void masksClampProbabilityBeforeTheLogit() {
        Masks m = Masks.blank(32).withProbabilities(new double[32 * 32]);
        assertEquals(Logit.PROBABILITY_CLAMP, m.clampedProbability(0));
        assertEquals(Math.log(1e-6 / (1 - 1e-6)), m.logits().get(0), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Masks.blank(16));
        assertThrows(IllegalArgumentException.class, () -> Masks.blank(32).withGroundTruth(new double[3]));
    }
}
