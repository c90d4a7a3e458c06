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

    private Workbench workbench;
    private MainWindow window;
    private PerformanceMonitor performance;
    private FileActions files;
    private ExportActions export;
    private SessionViewModel sessions;
    private SessionMenu sessionMenu;
    private PresentationViewModel presentation;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("JavaFX toolkit start");
        // The composition root: every view model, wired; the views below only receive them.
        WorkbenchStart early = prepared;
        prepared = null;
        workbench = early != null ? early.await()
                : new Workbench(Workbench.defaultMasks(Workbench.DEFAULT_SIZE), Platform::runLater, home());
        StartupTrace.mark(early != null ? "Workbench: the rest of its own thread" : "Workbench: every view model");
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
        Scene scene = new Scene(window);
        Theme.apply(scene.getStylesheets());
        StartupTrace.followFirstFrames(scene, workbench.shownProperty());
        performance = new PerformanceMonitor(scene, workbench.messages());
        workbench.onEvaluationProperty().set(performance::shown);
        workbench.onComputeTiming(performance::computed);
        window.showPerformance(performance.summaryProperty());
        stage.titleProperty().bind(workbench.messages().text("app.title"));
        stage.setScene(scene);
        new WindowPlacement(home()).apply(stage, window);
        StartupTrace.mark("scene, theme, placement");
        stage.show();
        StartupTrace.mark("stage.show(): window mapped");
        workbench.requestEvaluation();
        buildTheOtherTabsOnceIdle();
        // After the window is up, so the offer appears over the app, and never blocks the start.
        Platform.runLater(sessionMenu::offerRecovery);
        // Tests start the app without a launcher, so there are no parameters.
        if (getParameters() != null) {
            LossLensLauncher.datasetFolder(getParameters().getRaw())
                    .ifPresent(folder -> Platform.runLater(() -> datasets.open(folder)));
        }
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
