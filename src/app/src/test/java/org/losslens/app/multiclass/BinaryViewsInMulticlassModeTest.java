package org.losslens.app.multiclass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.losslens.app.testing.Await;
import org.losslens.app.Workbench;
import org.losslens.app.optimise.Frame;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;

/**
 * The imbalance and confidence charts and the optimise tab work on binary losses; with a multiclass
 * drawing on screen they must keep working (or say why not), never throw or show a multiclass loss's
 * numbers under a binary loss's name. (The heatmap grid follows the mode: see MulticlassGridTest.)
 */
class BinaryViewsInMulticlassModeTest {

    @Test
    void binaryParametersStayReachableByTheirSpecWhileTheDrawingIsMulticlass() {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            LossSpec binaryFocal = LossCatalogue.require("focal", Mode.BINARY);
            Params tuned = binaryFocal.defaults().with(binaryFocal.label(), binaryFocal.params(), "gamma", 3.5);
            w.parameters().restore("focal", tuned);
            w.switchMode(Mode.MULTICLASS, 3);
            // by id the pane now means the multiclass focal; by spec the binary views still find theirs
            assertEquals(3.5, w.parameters().params(binaryFocal).real("gamma"), 0.0);
            assertEquals(binaryFocal.defaults().get("alpha"), w.parameters().params(binaryFocal).get("alpha"));
            LossSpec bce = LossCatalogue.require("bce", Mode.BINARY);
            assertEquals(bce.defaults().toString(), w.parameters().params(bce).toString());
            assertTrue(w.parameters().snapshot(Mode.BINARY).containsKey("bce"));
            assertFalse(w.parameters().snapshot().containsKey("bce"));
        }
    }

    @Test
    void optimiseRunsTheBinaryLossesOnTheForegroundOfAMulticlassDrawing() {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            w.switchMode(Mode.MULTICLASS, 3);
            w.optimise().reset();
            Await.until(() -> w.optimise().multiclassDrawingProperty().get());
            w.optimise().stepOnce();
            Await.until(() -> w.optimise().frameProperty().get() != null && w.optimise().frameProperty().get().step() == 1);
            Frame frame = w.optimise().frameProperty().get();
            assertEquals(Mode.BINARY, frame.start().mode());
            for (Frame.Panel panel : frame.panels()) {
                assertNull(panel.problem(), panel.lossId());
                assertTrue(Double.isFinite(panel.loss()[0]), panel.lossId());
            }
        }
    }
}
