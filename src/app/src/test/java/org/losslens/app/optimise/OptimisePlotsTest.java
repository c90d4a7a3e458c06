package org.losslens.app.optimise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.Await;
import org.losslens.app.charts.Plot;
import org.losslens.app.i18n.Messages;

/** The Optimise curves as chart data: relative loss, Dice and IoU per panel, long runs sampled. */
class OptimisePlotsTest {

    private final OptimiseViewModel model = OptimiseModels.onDefaultScene(40);
    private final Messages messages = new Messages(Messages.ENGLISH);

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void everyPanelHasItsRelativeLossAndItsDiceAndIouLines() throws Exception {
        model.setPanelCount(2);
        for (int k = 0; k < 4; k++) {
            model.stepOnce();
        }
        Await.until(() -> model.stepProperty().get() == 4);
        Frame frame = model.frameProperty().get();
        Plot loss = OptimisePlots.relativeLoss(frame, 300, messages);
        assertArrayEquals(new double[] {0, 1, 2, 3, 300}, loss.x(), 0.0, "the axis spans the run's 300 steps");
        assertTrue(Double.isNaN(loss.line("bce").y()[4]), "the axis's end is not drawn");
        assertEquals(List.of("bce", "dice"), loss.colourKeys());
        assertEquals(1.0, loss.line("bce").y()[0], 1e-15, "÷ its value at step 0");
        assertEquals(frame.panels().get(0).loss()[3] / frame.panels().get(0).loss()[0], loss.line("bce").y()[3], 1e-15);

        Plot overlap = OptimisePlots.overlap(frame, 300, messages);
        assertEquals(4, overlap.lines().size());
        assertArrayEquals(frame.panels().get(1).iou(), java.util.Arrays.copyOf(overlap.line("IoU dice").y(), 4), 0.0);
        assertTrue(overlap.line("IoU dice").dashed());
        assertEquals("dice", overlap.line("Dice dice").colourKey(), "Dice and IoU of a panel share its colour");
    }

    @Test
    void aLongRunIsSampledEvenlyAndKeepsItsLastStep() {
        int[] steps = OptimisePlots.sampledSteps(1000);
        assertEquals(OptimisePlots.MAX_POINTS, steps.length);
        assertEquals(0, steps[0]);
        assertEquals(999, steps[steps.length - 1]);
        for (int k = 1; k < steps.length; k++) {
            assertTrue(steps[k] > steps[k - 1]);
        }
        assertArrayEquals(new int[] {0, 1, 2}, OptimisePlots.sampledSteps(3));
        assertEquals(0, OptimisePlots.sampledSteps(0).length);
    }
}
