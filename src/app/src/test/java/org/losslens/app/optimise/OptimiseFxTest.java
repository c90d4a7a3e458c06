package org.losslens.app.optimise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.LossLensApp;
import org.losslens.app.Workbench;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.masks.Masks;
import org.losslens.core.descent.DescentRun;
import org.losslens.core.descent.GradientDescent;
import org.losslens.core.descent.StepRecord;
import org.losslens.core.loss.LossSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Optimise tab of the real main window, headless. */
class OptimiseFxTest extends AppFxTest {

    private LossLensApp app;
    private Workbench workbench;
    private OptimiseViewModel model;

    @Start
    void start(Stage stage) {
        launch(stage);
        app = running.app();
        workbench = app.workbench();
        model = workbench.optimise();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String counter(FxRobot robot) {
        return robot.lookup("#optimise-counter").queryAs(Label.class).getText();
    }

    @Test
    void bceDescentLowersTheLossMonotonicallyAndMatchesTheCore(FxRobot robot) throws Exception {
        robot.clickOn("#tab-optimise");
        int n = 25;
        double lr = 200; // small: BCE's mean gradient is ~1/16384 per pixel
        robot.interact(() -> {
            model.optimizerProperty().set(OptimizerKind.PLAIN);
            model.learningRateProperty().set(lr);
            model.maxStepsProperty().set(n);
            model.speedProperty().set(OptimiseViewModel.UNLIMITED_SPEED);
        });
        robot.clickOn("#optimise-play");
        waitFor(() -> !model.runningProperty().get() && model.stepProperty().get() == n);
        assertEquals("step " + n + " / " + n, counter(robot));

        Frame frame = model.frameProperty().get();
        Frame.Panel bce = frame.panels().get(0);
        assertEquals("bce", bce.lossId());
        for (int k = 1; k < n; k++) {
            assertTrue(bce.loss()[k] < bce.loss()[k - 1], "loss rose at step " + k);
        }
        Masks start = workbench.document().current();
        LossSpec spec = model.candidates().stream().filter(s -> s.id().equals("bce")).findFirst().orElseThrow();
        DescentRun direct = new DescentRun(start.logits(), start.target(),
                spec.create(workbench.parameters().params("bce")), new GradientDescent(lr), 0);
        double[] loss = new double[n];
        double[] iou = new double[n];
        for (int k = 0; k < n; k++) {
            StepRecord r = direct.step();
            loss[k] = r.loss();
            iou[k] = r.iou();
        }
        assertArrayEquals(loss, bce.loss(), 0.0);
        assertArrayEquals(iou, bce.iou(), 0.0);
        double[] logits = direct.current().toArray();
        for (int i = 0; i < logits.length; i += 97) {
            assertEquals(1 / (1 + Math.exp(-logits[i])), bce.probability()[i], 1e-15);
        }
    }

    @Test
    void pauseStepAndResetBehaveAndPanelsShareTheCounter(FxRobot robot) throws Exception {
        robot.clickOn("#tab-optimise");
        robot.clickOn("#optimise-step");
        waitFor(() -> model.stepProperty().get() == 1);
        robot.clickOn("#optimise-step");
        waitFor(() -> model.stepProperty().get() == 2);
        assertEquals("step 2 / 300", counter(robot));

        robot.interact(() -> model.speedProperty().set(15));
        robot.clickOn("#optimise-play");
        waitFor(() -> model.stepProperty().get() >= 5);
        robot.clickOn("#optimise-pause");
        assertFalse(model.runningProperty().get());
        model.awaitWorkerIdle(); // a step under way has landed and been handed to the FX thread
        WaitForAsyncUtils.waitForFxEvents();
        int paused = model.stepProperty().get();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, model.stepProperty().get(), "no steps while paused");
        Frame frame = model.frameProperty().get();
        assertEquals(4, frame.panels().size());
        for (Frame.Panel p : frame.panels()) {
            assertEquals(paused, p.loss().length, p.lossId() + " shares the counter");
        }

        robot.clickOn("#optimise-step");
        waitFor(() -> model.stepProperty().get() == paused + 1);
        robot.clickOn("#optimise-reset");
        waitFor(() -> model.stepProperty().get() == 0);
        assertEquals("step 0 / 300", counter(robot));
        assertTrue(model.frameProperty().get().panels().stream().allMatch(p -> p.loss().length == 0));
    }
}
