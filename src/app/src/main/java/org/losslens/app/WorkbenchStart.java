package org.losslens.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.losslens.app.masks.Masks;

/**
 * Builds the composition root ({@link Workbench}) on its own thread while the JavaFX toolkit starts,
 * so the two halves of a start use both cores: the toolkit (0.4–0.5 s here) and every view model
 * with the loss catalogue and the scenarios (0.7–0.9 s) no longer run one after the other. The
 * Workbench needs no toolkit; what it publishes before the toolkit runs (the first formula, the
 * first results) is held and handed to the FX thread, in order, once {@link #await()} is called
 * there.
 *
 * <p>On the same thread, once the Workbench is built, the LaTeX renderer's font and symbol tables are
 * loaded (class initialisation, which the JVM makes thread-safe), which the formula panel otherwise
 * loaded on the FX thread during the first frame.
 */
final class WorkbenchStart {

    private static final Logger LOG = Logger.getLogger(WorkbenchStart.class.getName());

    private final CompletableFuture<Workbench> built = new CompletableFuture<>();
    /** Publications before the toolkit runs; guarded by itself, like {@link #toolkitRunning}. */
    private final List<Runnable> held = new ArrayList<>();
    private boolean toolkitRunning;

    private WorkbenchStart() {
    }

    /** Starts building a Workbench on {@code masks} with the app's folder {@code home}. */
    static WorkbenchStart begin(Masks masks, Path home) {
        WorkbenchStart start = new WorkbenchStart();
        Thread thread = new Thread(() -> {
            try {
                start.built.complete(new Workbench(masks, start::publish, home));
            } catch (Throwable failed) {
                start.built.completeExceptionally(failed);
                return;
            }
            warmFormulaRenderer();
        }, "workbench-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /** Runs {@code task} on the FX thread, once the toolkit runs. */
    void publish(Runnable task) {
        synchronized (held) {
            if (!toolkitRunning) {
                held.add(task);
                return;
            }
        }
        Platform.runLater(task);
    }

    /**
     * On the FX thread: hands over what was published so far and waits for the Workbench.
     *
     * @throws java.util.concurrent.CompletionException with the cause if building it failed
     */
    Workbench await() {
        synchronized (held) {
            toolkitRunning = true;
            // inside the lock: a publication from another thread now cannot overtake the held ones
            held.forEach(Platform::runLater);
            held.clear();
        }
        return built.join();
    }

    private static void warmFormulaRenderer() {
        try {
            new org.scilab.forge.jlatexmath.TeXFormula("x").createTeXIcon(
                    org.scilab.forge.jlatexmath.TeXConstants.STYLE_DISPLAY, 12);
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the formula panel renders (and reports) on its own.
            LOG.log(Level.FINE, "warming the formula renderer failed", e);
        }
    }
}
