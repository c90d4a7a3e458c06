package org.losslens.app.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.editor.EditorCanvas;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.AppFxTest;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The heatmap grid in multiclass mode, as a user reaches it at 1280×698: Multiclass in the tool bar,
 * then the Grid tab, then a stroke. Its panels must be on screen in the tab, each showing the computed
 * gradient of one of the mode's compared losses. They were once pushed out of sight: the long
 * multiclass legend, squeezed beside the controls, wrapped into a one-letter column hundreds of
 * pixels tall, and the panels lay below it, out of the tab's view.
 */
class MulticlassGridFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
        placeAt(stage, 1280, 698);
    }

    @Test
    void theMulticlassGridShowsAPanelPerComparedLossInsideItsTabInEnglish(FxRobot robot) throws Exception {
        theMulticlassGridShowsItsPanels(robot, Messages.ENGLISH);
    }

    @Test
    void theMulticlassGridShowsAPanelPerComparedLossInsideItsTabInChinese(FxRobot robot) throws Exception {
        theMulticlassGridShowsItsPanels(robot, Messages.SIMPLIFIED_CHINESE);
    }

    private void theMulticlassGridShowsItsPanels(FxRobot robot, Locale locale) throws Exception {
        speak(robot, locale);
        Workbench workbench = running.workbench();
        robot.clickOn("#mode-multiclass");
        running.settled();
        robot.clickOn("#tab-grid");
        SmallMultiplesView grid = running.app().window().views().grid();

        EditorCanvas editor = running.app().window().editor();
        Point2D from = editor.localToScreen(editor.pixelCentre(20, 20));
        Point2D to = editor.localToScreen(editor.pixelCentre(50, 40));
        robot.drag(from.getX(), from.getY()).dropTo(to.getX(), to.getY());
        Evaluation shown = running.settled();
        Masks drawing = workbench.document().current();
        assertEquals(Mode.MULTICLASS, drawing.mode());
        List<LossSpec> chosen = List.copyOf(workbench.comparison().chosen());
        assertFalse(chosen.isEmpty());
        org.losslens.app.testing.RunningApp.waitFor(() -> grid.titles().size() == chosen.size()
                && workbench.smallMultiples().masksProperty().get() == drawing);

        // one panel per compared loss of the mode, each with the gradient computed for the stroke's drawing
        List<SmallMultiplesViewModel.Panel> panels = workbench.smallMultiples().panelsProperty().get();
        assertEquals(chosen, panels.stream().map(SmallMultiplesViewModel.Panel::spec).toList());
        for (SmallMultiplesViewModel.Panel panel : panels) {
            assertEquals(Mode.MULTICLASS, panel.spec().mode());
            assertArrayEquals(shown.gradient(panel.spec().id()).orElseThrow().toArray(), panel.gradient().toArray(),
                    0.0, panel.spec().id());
        }

        List<Canvas> canvases = new ArrayList<>();
        robot.interact(() -> collectCanvases(grid.exportNode(), canvases));
        assertEquals(chosen.size(), canvases.size());
        ScrollPane tab = scrollPaneOf(grid);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            // the tab fits its view: nothing of the grid needs scrolling to at this window size
            Bounds viewport = tab.lookup(".viewport").localToScene(tab.lookup(".viewport").getLayoutBounds());
            Bounds view = grid.localToScene(grid.getLayoutBounds());
            if (view.getHeight() > viewport.getHeight() + 1 || view.getWidth() > viewport.getWidth() + 1) {
                problems.add("the grid's view " + size(view) + " is larger than its tab " + size(viewport));
            }
            for (int k = 0; k < canvases.size(); k++) {
                Canvas canvas = canvases.get(k);
                Bounds b = canvas.localToScene(canvas.getLayoutBounds());
                String id = panels.get(k).spec().id();
                if (b.getMinX() < viewport.getMinX() - 1 || b.getMaxX() > viewport.getMaxX() + 1
                        || b.getMinY() < viewport.getMinY() - 1 || b.getMaxY() > viewport.getMaxY() + 1) {
                    problems.add(id + "'s panel at " + b + " is not inside the tab's view " + viewport);
                }
                if (!showsAHeatmap(canvas)) {
                    problems.add(id + "'s panel shows no heatmap");
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A painted panel: its square holds many colours (the gradient under the colour map, not a note on
     * the panel's background) and its colour bar, right of the square, runs through the colour map.
     */
    private static boolean showsAHeatmap(Canvas canvas) {
        WritableImage image = canvas.snapshot(null, null);
        PixelReader pixels = image.getPixelReader();
        int side = (int) canvas.getHeight();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < side; y += 2) {
            for (int x = 0; x < side; x += 2) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        Set<Integer> bar = new HashSet<>();
        int barX = side + 6 + 4;
        for (int y = 8; y < side - 8; y++) {
            bar.add(pixels.getArgb(barX, y));
        }
        return colours.size() >= 16 && bar.size() >= 16;
    }

    private static void collectCanvases(Node node, List<Canvas> into) {
        if (node instanceof Canvas canvas) {
            into.add(canvas);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectCanvases(child, into));
        }
    }

    private static ScrollPane scrollPaneOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("the grid is not in its tab's scroll pane");
    }

    private static String size(Bounds b) {
        return Math.round(b.getWidth()) + "×" + Math.round(b.getHeight());
    }
}
