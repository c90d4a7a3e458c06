package org.losslens.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.losslens.app.LossLensApp;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.testfx.util.WaitForAsyncUtils;

/** The real app started on a TestFX stage, with waits for the newest computation to be shown. */
public final class RunningApp {

    private final LossLensApp app = new LossLensApp();
    private final Path home;

    /** The app with a fresh, empty home folder (no autosave, no recent files). */
    public RunningApp(Stage stage) {
        this(stage, freshHome());
    }

    /** The app with the given home folder (e.g. one holding a crashed run's autosave). */
    public RunningApp(Stage stage, Path home) {
        this.home = home;
        System.setProperty("losslens.home", home.toString());
        app.start(stage);
        awaitReady(app);
    }

    /**
     * Waits until the main window has replaced the first window's placeholder, as a user would: on the FX
     * thread (a test's {@code @Start}) in a nested event loop, which runs the pulses and the deferred build.
     */
    public static void awaitReady(LossLensApp app) {
        if (!app.ready().isDone()) {
            if (!Platform.isFxApplicationThread()) {
                app.ready().orTimeout(60, TimeUnit.SECONDS).join();
                return;
            }
            Object key = new Object();
            app.ready().whenComplete((done, failed) -> Platform.runLater(() -> Platform.exitNestedEventLoop(key, null)));
            Platform.enterNestedEventLoop(key);
        }
        app.ready().join();
    }

    public static Path freshHome() {
        try {
            return Files.createTempDirectory("losslens-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path home() {
        return home;
    }

    public LossLensApp app() {
        return app;
    }

    public Workbench workbench() {
        return app.workbench();
    }

    /** Waits until the shown evaluation is of the current masks and parameters. */
    public Evaluation settled() throws TimeoutException {
        Workbench workbench = workbench();
        waitFor(() -> {
            Evaluation e = workbench.latestProperty().get();
            return e != null && e.request().masks() == workbench.document().current()
                    && e.request().params().equals(workbench.parameters().snapshot());
        });
        return workbench.latestProperty().get();
    }

    public static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The value the loss table shows for a loss of the current mode. */
    public double value(String lossId) {
        return workbench().losses().row(lossId).orElseThrow().valueProperty().get();
    }

    /** A clean exit, as closing the window does. */
    public void close() {
        app.stop();
    }
}
