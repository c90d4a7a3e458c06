package org.losslens.app.optimise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.Workbench;
import org.losslens.app.masks.Masks;
import org.losslens.app.parameters.ParameterSet;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.Mode;

/** The view model without the toolkit: results are delivered on the worker thread. */
class OptimiseViewModelTest {

    private final SimpleObjectProperty<Masks> drawing = new SimpleObjectProperty<>(Workbench.defaultMasks(40));
    private final OptimiseViewModel model = new OptimiseViewModel(LossCatalogue.forMode(Mode.BINARY), drawing,
            new SimpleObjectProperty<>(ParameterSet.defaults(LossCatalogue.forMode(Mode.BINARY))), Runnable::run);

    @AfterEach
    void close() {
        model.close();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void startsWithFourPanelsAtStepZero() throws Exception {
        waitFor(() -> model.frameProperty().get() != null);
        assertEquals(0, model.stepProperty().get());
        assertEquals(OptimiseViewModel.DEFAULT_LOSSES,
                model.frameProperty().get().panels().stream().map(Frame.Panel::lossId).toList());
    }

    @Test
    void stepPlayStopsAtTheStepCountAndReset() throws Exception {
        model.stepOnce();
        model.stepOnce();
        waitFor(() -> model.stepProperty().get() == 2);
        model.maxStepsProperty().set(7);
        model.speedProperty().set(OptimiseViewModel.UNLIMITED_SPEED);
        // At unlimited speed the run may finish before play() returns to us, so read its transitions
        // (running set, then cleared) instead of a momentary state.
        List<Boolean> transitions = new CopyOnWriteArrayList<>();
        model.runningProperty().addListener((obs, was, now) -> transitions.add(now));
        model.play();
        waitFor(() -> transitions.size() == 2);
        assertEquals(List.of(true, false), transitions);
        model.awaitWorkerIdle();
        assertEquals(7, model.stepProperty().get());
        for (Frame.Panel p : model.frameProperty().get().panels()) {
            assertEquals(7, p.loss().length, p.lossId());
        }
        model.reset();
        waitFor(() -> model.stepProperty().get() == 0);
        assertFalse(model.runningProperty().get());
    }

    @Test
    void pauseStopsTheRun() throws Exception {
        model.speedProperty().set(20);
        model.play();
        waitFor(() -> model.stepProperty().get() >= 2);
        model.pause();
        model.awaitWorkerIdle(); // a step under way has landed; later scheduled steps see the pause
        int paused = model.stepProperty().get();
        Thread.sleep(300); // nothing may happen in the meantime
        assertEquals(paused, model.stepProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void panelCountAndLossesResetTheRun() throws Exception {
        model.stepOnce();
        waitFor(() -> model.stepProperty().get() == 1);
        model.setPanelCount(2);
        waitFor(() -> model.stepProperty().get() == 0 && model.frameProperty().get().panels().size() == 2);
        model.setLoss(1, "focal");
        waitFor(() -> model.frameProperty().get().panels().get(1).lossId().equals("focal"));
        assertEquals(List.of("bce", "focal"), model.lossesProperty().get());
    }

    @Test
    void choosingAnOptimizerSetsItsLearningRate() {
        model.optimizerProperty().set(OptimizerKind.PLAIN);
        assertEquals(40 * 40, model.learningRateProperty().get());
        model.optimizerProperty().set(OptimizerKind.ADAM);
        assertEquals(0.1, model.learningRateProperty().get());
    }

    @Test
    void frameExportWritesOnePngPerStep(@TempDir Path dir) throws Exception {
        model.setPanelCount(2);
        model.stepOnce();
        model.stepOnce();
        model.stepOnce();
        waitFor(() -> model.stepProperty().get() == 3);
        int written = FrameSequence.write(model.replay(), dir, 1, 2, org.losslens.core.sweep.SweepProgress.NONE,
                new org.losslens.app.i18n.Messages(org.losslens.app.i18n.Messages.ENGLISH));
        assertEquals(4, written);
        BufferedImage last = ImageIO.read(dir.resolve("frame-00003.png").toFile());
        assertTrue(last.getWidth() > 2 * 2 * 40, "two panels at 2×");
        assertTrue(Files.exists(dir.resolve("frame-00000.png")));
    }
}
