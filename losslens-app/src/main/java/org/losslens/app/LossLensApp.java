package org.losslens.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.losslens.app.files.FileActions;
import org.losslens.app.mainwindow.MainWindow;
import org.losslens.app.performance.PerformanceMonitor;

/** Builds the models, the main window and the performance monitor, and shows them. */
public final class LossLensApp extends Application {

    private Workbench workbench;
    private MainWindow window;
    private PerformanceMonitor performance;
    private FileActions files;

    @Override
    public void start(Stage stage) {
        workbench = new Workbench(Workbench.defaultMasks(Workbench.DEFAULT_SIZE), Platform::runLater);
        files = new FileActions(workbench.document(), () -> stage,
                FileActions.dialogs(() -> stage, workbench.messages()), workbench.messages());
        window = new MainWindow(workbench, files);
        Scene scene = new Scene(window, 1400, 900);
        performance = new PerformanceMonitor(scene, workbench.messages());
        workbench.onEvaluationProperty().set(performance::shown);
        window.showPerformance(performance.summaryProperty());
        stage.titleProperty().bind(workbench.messages().text("app.title"));
        stage.setScene(scene);
        stage.show();
        workbench.requestEvaluation();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
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

    public PerformanceMonitor performance() {
        return performance;
    }
}
