package org.losslens.app;

import org.losslens.app.presentation.PresentationViewModel;
import org.losslens.app.presentation.HelpMenu;
import org.losslens.app.presentation.ClassroomMenu;
import org.losslens.app.session.SessionViewModel;
import org.losslens.app.session.SessionMenu;
import org.losslens.app.dataset.DatasetMenu;
import org.losslens.app.dataset.DatasetWindow;
import org.losslens.app.pin.PinMenu;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.losslens.app.i18n.LanguageStore;
import org.losslens.app.i18n.Messages;
import org.losslens.app.logging.LogFile;
import org.losslens.app.mainwindow.StartPlaceholder;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.export.ExportActions;
import org.losslens.app.files.FileActions;
import org.losslens.app.mainwindow.MainWindow;
import org.losslens.app.mainwindow.WindowPlacement;
import org.losslens.app.performance.PerformanceMonitor;
import org.losslens.app.performance.StartupTrace;
import org.losslens.app.theme.Theme;

/** Builds the composition root ({@link Workbench}), the main window from its view models and the performance monitor, and shows them. */
public final class LossLensApp extends Application {

    /**
     * A Workbench the launcher began building before the toolkit started ({@link #prepareWorkbench()}).
     * Static because {@link Application#launch} makes the instance by reflection; tests and the latency
     * benchmark start the app without it and build the Workbench in {@link #start}.
     */
    private static volatile WorkbenchStart prepared;
    private static final Logger LOG = Logger.getLogger(LossLensApp.class.getName());

    private Workbench workbench;
    private MainWindow window;
    private PerformanceMonitor performance;
    private FileActions files;
    private ExportActions export;
    private SessionViewModel sessions;
    private SessionMenu sessionMenu;
    private PresentationViewModel presentation;
    private WindowPlacement placement;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    /** Where the main window's Workbench comes from: the launcher's, begun early, or a new one. */
    private final Supplier<Workbench> workbenchSource;

    public LossLensApp() {
        this(LossLensApp::preparedOrNew);
    }

    /** With the Workbench from {@code workbenchSource} (tests: one whose building fails). */
    LossLensApp(Supplier<Workbench> workbenchSource) {
        this.workbenchSource = workbenchSource;
    }

    /**
     * Shows the first window at once, then fills it: right after the toolkit starts, the window is
     * placed (remembered or from the screen's visual bounds) and shown with a {@link StartPlaceholder};
     * after its first pulse, the Workbench is awaited, the main window built and swapped into the same
     * scene, so the window neither moves nor resizes unless the layout needs more room (issue 15).
     */
    @Override
    public void start(Stage stage) {
        StartupTrace.mark("JavaFX toolkit start");
        // The saved language, read cheaply: the Workbench and its Messages may still be being built.
        Messages early = new Messages(new LanguageStore(home()).initial(Locale.getDefault()));
        StartPlaceholder placeholder = new StartPlaceholder(early.get("start.preparing"));
        Scene scene = new Scene(placeholder);
        // The theme is parsed once, here; the main window's scene is this one.
        Theme.apply(scene.getStylesheets());
        // unbound first: the main window binds it, and a stage may have held an app before (tests reuse theirs)
        stage.titleProperty().unbind();
        stage.setTitle(early.get("app.title"));
        stage.setScene(scene);
        placement = new WindowPlacement(home());
        // The main window is built once the window manager has mapped the window at its size, so the
        // placeholder is painted at that size while the FX thread builds (about a second).
        // After a pulse at that size: the placeholder is laid out there and handed to the renderer first.
        placement.place(stage, () -> afterNextPulse(scene, () -> Platform.runLater(() -> {
            StartupTrace.mark("first window: mapped, its size asked again (after 250 ms), painted at "
                    + Math.round(scene.getWidth()) + "×" + Math.round(scene.getHeight()));
            try {
                fill(stage, scene);
                ready.complete(null);
            } catch (RuntimeException | Error failed) {
                LOG.log(Level.SEVERE, "the main window could not be built", failed);
                // it may have failed after the main window went in: the window says what failed instead
                scene.setRoot(placeholder);
                placeholder.showFailure(early.get("start.failed", reason(failed), LogFile.in(home())));
                ready.completeExceptionally(failed);
            }
        })));
        stage.show();
        StartupTrace.mark("first window: placeholder shown");
        afterNextPulse(scene, () -> StartupTrace.mark("first window: its first pulse (then painted)"));
    }

    /** Completes on the FX thread once the main window replaced the placeholder (exceptionally if it failed). */
    public CompletableFuture<Void> ready() {
        return ready;
    }

    /** What failed, in a line: the cause a Workbench built on its own thread failed with, not its wrapper. */
    private static String reason(Throwable failed) {
        Throwable cause = failed instanceof java.util.concurrent.CompletionException && failed.getCause() != null
                ? failed.getCause() : failed;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** The Workbench the launcher began building ({@link #prepareWorkbench()}), or a new one. */
    private static Workbench preparedOrNew() {
        WorkbenchStart early = prepared;
        prepared = null;
        Workbench built = early != null ? early.await()
                : new Workbench(Workbench.defaultMasks(Workbench.DEFAULT_SIZE), Platform::runLater, home());
        StartupTrace.mark(early != null ? "Workbench: the rest of its own thread" : "Workbench: every view model");
        return built;
    }

    /** Builds the main window and puts it in {@code scene} in place of the placeholder. */
    private void fill(Stage stage, Scene scene) {
        // The composition root: every view model, wired; the views below only receive them.
        workbench = workbenchSource.get();
        files = new FileActions(workbench.document(), () -> stage,
                FileActions.dialogs(() -> stage, workbench.messages()), workbench.messages());
        export = new ExportActions(() -> stage, FileActions.dialogs(() -> stage, workbench.messages()),
                workbench.messages());
        window = new MainWindow(workbench.windowModels(), files, export);
        StartupTrace.mark("MainWindow: the views");
        sessions = workbench.sessions();
        sessionMenu = new SessionMenu(sessions, workbench.messages(), () -> stage);
        window.addMenu(sessionMenu);
        window.addMenu(new PinMenu(workbench.pin(), workbench.messages()));
        DatasetWindow datasets = new DatasetWindow(workbench.dataset(), workbench.messages(), stage);
        window.addMenu(new DatasetMenu(datasets, workbench.messages()));
        presentation = workbench.presentation();
        window.addMenu(new ClassroomMenu(workbench.editor(), workbench.modeSwitch(), workbench.heatmap(), presentation,
                workbench.guess(), stage, workbench.messages()));
        window.addMenu(new HelpMenu(window.menuBar(), workbench.messages(), () -> stage));
        StartupTrace.mark("menus: sessions, pin, dataset, classroom, help");
        scene.setRoot(window);
        StartupTrace.followFirstFrames(scene, workbench.shownProperty());
        performance = new PerformanceMonitor(scene, workbench.messages());
        workbench.onEvaluationProperty().set(performance::shown);
        workbench.onComputeTiming(performance::computed);
        window.showPerformance(performance.summaryProperty());
        stage.titleProperty().bind(workbench.messages().text("app.title"));
        placement.fitLayout(stage, window);
        StartupTrace.mark("real content in the window: CSS pass (every control's skin), minimum size");
        window.layOutFromPreferredSize(scene.getWidth(), scene.getHeight());
        StartupTrace.mark("main window laid out at its preferred size (where the split positions hold)");
        workbench.requestEvaluation();
        buildTheOtherTabsOnceIdle();
        // After the main window is up, so the offer appears over the app, and never blocks the start.
        Platform.runLater(sessionMenu::offerRecovery);
        // Tests start the app without a launcher, so there are no parameters.
        if (getParameters() != null) {
            LossLensLauncher.datasetFolder(getParameters().getRaw())
                    .ifPresent(folder -> Platform.runLater(() -> datasets.open(folder)));
        }
    }

    /** Runs {@code then} once, after the next pulse of {@code scene} has laid it out. */
    private static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * The other tabs' views are built after the first complete evaluation is on screen and the start's
     * pulses have settled (a second later), so neither the first window nor the first values wait
     * for them, and a first tab switch does not build a view (issue 15).
     */
    private void buildTheOtherTabsOnceIdle() {
        javafx.beans.value.ChangeListener<Evaluation> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Evaluation> obs, Evaluation old,
                                Evaluation now) {
                if (now != null && now.stage() == Evaluation.Stage.COMPLETE) {
                    obs.removeListener(this);
                    javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(
                            javafx.util.Duration.seconds(1));
                    idle.setOnFinished(e -> window.views().buildTheOthersLater());
                    idle.play();
                }
            }
        };
        workbench.latestProperty().addListener(once);
    }

    /** Starts building the Workbench on its own thread, to overlap the toolkit's start; the launcher calls it. */
    static void prepareWorkbench() {
        prepared = WorkbenchStart.begin(Workbench.defaultMasks(Workbench.DEFAULT_SIZE), home());
    }

    @Override
    public void stop() {
        if (sessions != null) {
            sessions.shutdown();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    /** The app's own folder: autosave, recovery, recent files and the language. Tests point it elsewhere. */
    static Path home() {
        String configured = System.getProperty("losslens.home");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".losslens");
    }

    public SessionViewModel sessions() {
        return sessions;
    }

    public PresentationViewModel presentation() {
        return presentation;
    }

    public SessionMenu sessionMenu() {
        return sessionMenu;
    }

    /** For tests and the latency benchmark. */
    public Workbench workbench() {
        return workbench;
    }

    public MainWindow window() {
        return window;
    }

    public FileActions files() {
        return files;
    }

    public ExportActions export() {
        return export;
    }

    public PerformanceMonitor performance() {
        return performance;
    }
}
