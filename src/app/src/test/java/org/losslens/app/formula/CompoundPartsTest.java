package org.losslens.app.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/** A compound loss's parts are the core's terms and add up to its value, for every compound of either mode. */
class CompoundPartsTest {

    private static Masks drawing() {
        double[] gt = new double[40 * 40];
        double[] p = new double[40 * 40];
        for (int i = 0; i < gt.length; i++) {
            gt[i] = Math.hypot(i % 40 - 20, i / 40 - 18) <= 8 ? 1 : 0;
            p[i] = Math.hypot(i % 40 - 17, i / 40 - 20) <= 9 ? 0.85 : 0.03;
        }
        return Masks.of(40, 40, gt, p);
    }

    @Test
    void thePartsOfEveryWeightedSumAddUpToTheCoresValue() {
        Masks m = drawing();
        Messages en = new Messages(Messages.ENGLISH);
        int sums = 0;
        for (LossSpec spec : LossCatalogue.forMode(Mode.BINARY)) {
            if (!spec.implemented()) {
                continue;
            }
            var parts = CompoundParts.of(spec, spec.defaults(), m);
            double core = spec.create(spec.defaults()).evaluate(LossInput.of(m.logits(), m.target())).value();
            if (parts.isPresent()) {
                sums++;
                assertEquals(core, parts.get().total(), 1e-12 * Math.max(1, Math.abs(core)), spec.id());
                for (CompoundParts.Part part : parts.get().parts()) {
                    assertTrue(en.has("formula.part." + part.kind()), spec.id() + " has words for " + part.kind());
                }
            } else {
                assertFalse(java.util.Set.of("dice_ce", "dice_focal", "combo").contains(spec.id()),
                        spec.id() + " is a weighted sum and must show its parts");
            }
        }
        assertTrue(sums >= 4, "dice_ce, dice_focal, combo, unified focal are sums: " + sums);
        assertFalse(CompoundParts.of(LossCatalogue.require("bce", Mode.BINARY),
                LossCatalogue.require("bce", Mode.BINARY).defaults(), m).isPresent());
    }
}
