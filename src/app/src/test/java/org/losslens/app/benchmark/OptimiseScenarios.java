package org.losslens.app.benchmark;

import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.losslens.app.LossLensApp;
import org.losslens.app.Workbench;
import org.losslens.app.masks.Masks;
import org.losslens.app.optimise.OptimiseViewModel;
import org.losslens.app.optimise.OptimizerKind;

/**
 * Not a test: opens the real app on a display (e.g. Xvfb) with one of the README's Optimise scenarios
 * loaded and playing, for screenshots. Run:
 * {@code java -cp <test classpath> org.losslens.app.benchmark.OptimiseScenarios tiny|tversky}
 */
public final class OptimiseScenarios {

    private OptimiseScenarios() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "tiny";
        Platform.startup(() -> {
            LossLensApp app = new LossLensApp();
            Stage stage = new Stage();
            app.start(stage);
            // the rest once the main window has replaced the first window's placeholder
            app.ready().thenRun(() -> play(app, stage, which));
        });
    }

    private static void play(LossLensApp app, Stage stage, String which) {
        {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1900);
            stage.setHeight(1060);
            stage.getScene().getRoot().lookupAll(".split-pane").stream()
                    .filter(n -> n instanceof javafx.scene.control.SplitPane s && s.getOrientation()
                            == javafx.geometry.Orientation.HORIZONTAL && s.getItems().size() == 2)
                    .forEach(n -> ((javafx.scene.control.SplitPane) n).setDividerPositions(0.25));
            stage.getScene().getRoot().lookupAll(".split-pane").stream()
                    .filter(n -> n instanceof javafx.scene.control.SplitPane s && s.getOrientation()
                            == javafx.geometry.Orientation.VERTICAL)
                    .forEach(n -> ((javafx.scene.control.SplitPane) n).setDividerPositions(0.8));
            Workbench w = app.workbench();
            w.document().commit(which.equals("tiny") ? tinyObject(128) : shifted(128));
            app.window().views().show("tab-optimise");
            OptimiseViewModel m = w.optimise();
            m.lossesProperty().set(List.of("bce", "dice", "tversky", "lovasz_hinge"));
            m.optimizerProperty().set(OptimizerKind.PLAIN);
            m.learningRateProperty().set(which.equals("tiny") ? 200 : 4000);
            m.smoothingProperty().set(which.equals("tiny") ? 0 : 1.5);
            m.maxStepsProperty().set(200);
            m.speedProperty().set(10);
            m.reset();
            m.play();
        }
    }

    /** A tiny object (radius 4 px) predicted at p = 0.3 on a hazy (p = 0.2) background: it is missed. */
    static Masks tinyObject(int size) {
        double[] gt = new double[size * size];
        double[] p = new double[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                boolean big = false;
                boolean tiny = hypot(x - 100, y - 28, 0) <= 4;
                gt[i] = big || tiny ? 1 : 0;
                p[i] = big ? 0.8 : tiny ? 0.3 : 0.2;
            }
        }
        return Masks.of(size, size, gt, p);
    }

    /** The default disc with a prediction shifted off it: misses on one side, false positives on the other. */
    static Masks shifted(int size) {
        double[] gt = new double[size * size];
        double[] p = new double[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                gt[i] = hypot(x - 64, y - 64, 0) <= 30 ? 1 : 0;
                double d = hypot(x - 76, y - 60, 0) - 24;
                p[i] = 0.05 + 0.9 / (1 + Math.exp(d / 2.5));
            }
        }
        return Masks.of(size, size, gt, p);
    }

    private static double hypot(double a, double b, int unused) {
        return Math.sqrt(a * a + b * b);
    }
}
