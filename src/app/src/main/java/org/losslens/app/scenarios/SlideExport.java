package org.losslens.app.scenarios;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;
import org.losslens.app.export.CsvTable;
import org.losslens.app.export.ExportActions;
import org.losslens.app.export.Exportable;

/**
 * Scenarios ▸ Export slides…: one PNG per step of the lesson on screen, the whole window with the
 * step's text in its notice, in the language shown — a slide deck made by the lesson itself. Each
 * step is applied as Next ▸ would, and pictured once the window shows that step's numbers (the
 * evaluation of its drawing and parameters is complete) and one more pulse has painted them; a step
 * that never settles is pictured after {@link #PATIENCE_TICKS} ticks rather than hanging the export.
 * Runs on the FX thread, a step per few pulses, so the window stays live; the lesson is left at the
 * step it was on.
 */
final class SlideExport {

    /** How often the window is checked for the step's numbers. */
    private static final Duration TICK = Duration.millis(50);
    /** Ticks (10 s) after which a step is pictured as it is. */
    static final int PATIENCE_TICKS = 200;

    private final ScenarioViewModel lessons;
    private final BooleanSupplier settled;
    private final Supplier<Node> window;
    private final ExportActions export;

    /**
     * @param settled true when the window shows the complete evaluation of the drawing and parameters now set
     * @param window  the node pictured (the main window's root)
     */
    SlideExport(ScenarioViewModel lessons, BooleanSupplier settled, Supplier<Node> window, ExportActions export) {
        this.lessons = lessons;
        this.settled = settled;
        this.window = window;
        this.export = export;
    }

    /** The file of step {@code k} (from 0): "boundary-shift-step-2.png". */
    static Path fileOf(Path folder, Scenario lesson, int k) {
        return folder.resolve(lesson.id() + "-step-" + (k + 1) + ".png");
    }

    /**
     * Writes every step of the current lesson into {@code folder}.
     *
     * @param done   called with the number of slides written (fewer than the steps if a write failed:
     *               its error dialog has then said why)
     * @param failed called if a step cannot be applied (the export stops there)
     * @throws ScenarioException if the first step cannot be applied
     */
    void run(Path folder, IntConsumer done, java.util.function.Consumer<ScenarioException> failed)
            throws ScenarioException {
        Scenario lesson = lessons.currentProperty().get();
        if (lesson == null) {
            done.accept(0);
            return;
        }
        int returnTo = lessons.stepProperty().get();
        new Run(lesson, folder, returnTo, done, failed).step(0);
    }

    /** One export in progress: the step being pictured and how long it has waited. */
    private final class Run {
        private final Scenario lesson;
        private final Path folder;
        private final int returnTo;
        private final IntConsumer done;
        private final java.util.function.Consumer<ScenarioException> failed;
        private final Timeline ticks = new Timeline();
        private int step;
        private int waited;
        private boolean painted;

        Run(Scenario lesson, Path folder, int returnTo, IntConsumer done,
            java.util.function.Consumer<ScenarioException> failed) {
            this.lesson = lesson;
            this.folder = folder;
            this.returnTo = returnTo;
            this.done = done;
            this.failed = failed;
            ticks.getKeyFrames().add(new KeyFrame(TICK, e -> tick()));
            ticks.setCycleCount(Timeline.INDEFINITE);
        }

        void step(int k) throws ScenarioException {
            step = k;
            waited = 0;
            painted = false;
            lessons.goTo(lesson, k);
            ticks.play();
        }

        private void tick() {
            waited++;
            if (!settled.getAsBoolean() && waited < PATIENCE_TICKS) {
                return;
            }
            // settled: give the renderer one more tick to paint the numbers, then picture them
            if (!painted) {
                painted = true;
                return;
            }
            ticks.stop();
            boolean written = export.png(slide(), fileOf(folder, lesson, step));
            try {
                if (written && step + 1 < lesson.stepCount()) {
                    step(step + 1);
                    return;
                }
                lessons.goTo(lesson, returnTo);
            } catch (ScenarioException e) {
                failed.accept(e);
                return;
            }
            done.accept(written ? lesson.stepCount() : step);
        }

        private Exportable slide() {
            return new Exportable() {
                @Override
                public String exportName() {
                    return lesson.id();
                }

                @Override
                public Node exportNode() {
                    return window.get();
                }

                @Override
                public CsvTable exportTable() {
                    throw new UnsupportedOperationException("a slide has no table");
                }
            };
        }
    }
}
