package org.losslens.app.optimise;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.losslens.app.testing.Await;
import org.losslens.app.Workbench;
import org.losslens.app.editor.MaskPainting;
import org.losslens.app.masks.Masks;

/** A hidden Optimise tab must not rebuild its runs on every brush event, and catches up when shown. */
class OptimiseVisibilityTest {

    private static boolean startsFrom(OptimiseViewModel model, Masks masks) {
        Frame f = model.frameProperty().get();
        return f != null && f.start() == masks;
    }

    @Test
    void aHiddenRunWaitsForTheTabAndThenStartsFromTheNewestDrawing() throws Exception {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            OptimiseViewModel model = w.optimise();
            Masks first = w.document().current();
            Await.until(() -> startsFrom(model, first));
            model.visibleProperty().set(false);
            Masks painted = MaskPainting.strokeGroundTruth(first, 2, 2, 8, 8, 2, 1);
            w.document().commit(painted);
            Thread.sleep(200);
            // nothing rebuilt while hidden: the frame still starts from the old drawing
            assertSame(first, model.frameProperty().get().start());
            model.visibleProperty().set(true);
            Await.until(() -> startsFrom(model, painted));
        }
    }

    @Test
    void aTabHiddenWhenTheAppStartsBuildsNoRunUntilItIsShown() throws Exception {
        // the app's publisher queues for the UI thread: the tab binding (hidden) comes before the queue runs
        java.util.concurrent.ConcurrentLinkedQueue<Runnable> ui = new java.util.concurrent.ConcurrentLinkedQueue<>();
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), ui::add)) {
            OptimiseViewModel model = w.optimise();
            model.visibleProperty().set(false);
            drain(ui);
            Thread.sleep(200);
            drain(ui);
            assertNull(model.frameProperty().get(), "a run was built for a hidden tab");
            model.visibleProperty().set(true);
            Masks drawing = w.document().current();
            Await.until(() -> {
                drain(ui);
                return startsFrom(model, drawing);
            });
        }
    }

    @Test
    void editsAndAStepBeforeTheTabWasEverShownMoveTheRunWithTheEditedSettings() throws Exception {
        java.util.concurrent.ConcurrentLinkedQueue<Runnable> ui = new java.util.concurrent.ConcurrentLinkedQueue<>();
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), ui::add)) {
            OptimiseViewModel model = w.optimise();
            model.visibleProperty().set(false);
            drain(ui);
            // no run exists yet: these used to reach a missing engine on the worker and fail there
            model.learningRateProperty().set(7);
            model.smoothingProperty().set(0.5);
            model.reset();
            model.stepOnce();
            Await.until(() -> {
                drain(ui);
                Frame f = model.frameProperty().get();
                return f != null && f.step() == 1;
            });
        }
    }

    private static void drain(java.util.Queue<Runnable> ui) {
        for (Runnable r; (r = ui.poll()) != null; ) {
            r.run();
        }
    }
}
