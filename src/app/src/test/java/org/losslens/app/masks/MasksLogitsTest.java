package org.losslens.app.masks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.losslens.app.editor.MaskPainting;
import org.losslens.app.multiclass.MulticlassExample;

/**
 * A snapshot made by an edit converts only the changed probabilities to logits: the result must be the
 * full conversion's to the bit, whichever earlier snapshot had its logits built.
 */
class MasksLogitsTest {

    private static double[] fresh(Masks m) {
        Masks copy = m.isMulticlass()
                ? Masks.labelled(m.classes(), m.height(), m.width(), m.groundTruthCopy(), m.classProbabilitiesCopy())
                : Masks.of(m.height(), m.width(), m.groundTruthCopy(), m.probabilityCopy());
        return copy.logits().toArray();
    }

    private static Masks brush(Masks m, double x, double strength) {
        return MaskPainting.strokeProbability(m, x, 20, x + 6, 24, 5, strength, 0.5);
    }

    @Test
    void binaryEditsGiveTheFullConversionsLogits() {
        Masks start = Workbench64.start();
        start.logits();
        Masks one = brush(start, 10, 0.95);
        Masks two = brush(one, 14, 0.02);
        // one's logits never built: two converts from start's
        assertArrayEquals(fresh(two), two.logits().toArray());
        Masks three = brush(two, 30, 1.0);
        assertArrayEquals(fresh(three), three.logits().toArray());
        assertArrayEquals(fresh(one), one.logits().toArray());
    }

    @Test
    void multiclassEditsGiveTheFullConversionsLogits() {
        Masks start = MulticlassExample.create(48, 4);
        start.logits();
        Masks one = MaskPainting.strokeClassProbability(start, 10, 10, 20, 14, 5, 2, 0.9, 0.5);
        Masks two = MaskPainting.strokeClassProbability(one, 30, 30, 34, 40, 4, 3, 0.0, 1.0);
        assertArrayEquals(fresh(two), two.logits().toArray());
        assertArrayEquals(fresh(one), one.logits().toArray());
    }

    @Test
    void aGroundTruthEditKeepsThePredictionsLogits() {
        Masks start = Workbench64.start();
        Masks painted = MaskPainting.stampGroundTruth(start, 40, 40, 6, 1);
        assertSame(start.logits(), MaskPainting.stampGroundTruth(start, 20, 40, 6, 1).logits());
        Masks then = brush(painted, 40, 0.3);
        assertArrayEquals(fresh(then), then.logits().toArray());
    }

    /** A soft 64² prediction of a disc, as the app starts with. */
    private static final class Workbench64 {
        static Masks start() {
            return org.losslens.app.Workbench.defaultMasks(64);
        }
    }
}
