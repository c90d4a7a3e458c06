package org.losslens.app.viewport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.LossLensApp;
import org.losslens.app.Workbench;
import org.losslens.app.comparison.SmallMultiplesView;
import org.losslens.app.comparison.SmallMultiplesViewModel;
import org.losslens.app.editor.EditorCanvas;
import org.losslens.app.heatmap.HeatmapPainter;
import org.losslens.app.heatmap.HeatmapView;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window: zooming the editor zooms the large heatmap and the grid's panels to the same
 * region (and back with 0), the heatmap paints the zoomed pixels where its transform says, and the
 * editor's and the grid's readouts name the pixel under the mouse while zoomed.
 */
class SharedZoomFxTest extends AppFxTest {

    private LossLensApp app;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        launch(stage);
        app = running.app();
        workbench = app.workbench();
    }

    /** The image point at the centre of a view's drawing area: the region's centre it shows. */
    private static double[] centreOf(ViewTransform t) {
        return new double[] {t.toImageX(t.areaX() + t.areaWidth() / 2), t.toImageY(t.areaY() + t.areaHeight() / 2)};
    }

    private static double fitScale(ViewTransform t, double zoom) {
        return t.scale() / zoom;
    }

    @Test
    void zoomingTheEditorZoomsTheHeatmapToTheSameRegion(FxRobot robot) throws TimeoutException {
        running.settled();
        EditorCanvas editor = app.window().editor();
        HeatmapView heatmap = robot.lookup("#heatmap-view").queryAs(HeatmapView.class);
        ViewportViewModel viewport = workbench.viewport();
        double fitScaleBefore = heatmap.transform().scale();

        // four notches at pixel (40, 50): it stays under the cursor
        Point2D cursor = editor.localToScreen(editor.pixelCentre(40, 50));
        robot.moveTo(cursor);
        robot.scroll(4, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        if (viewport.isFitted()) {
            // a platform whose wheel "up" is negative: the other way zooms in
            robot.scroll(4, VerticalDirection.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        double zoom = viewport.zoom();
        assertEquals(Math.pow(ViewportViewModel.STEP, 4), zoom, 1e-9);
        ViewTransform inEditor = editor.transform();
        assertEquals(40, inEditor.columnAt(editor.screenToLocal(cursor).getX()));
        assertEquals(50, inEditor.rowAt(editor.screenToLocal(cursor).getY()));

        // the heatmap followed: same centre in image pixels, its own fit scale times the same zoom
        ViewTransform inHeatmap = heatmap.transform();
        assertNotNull(inHeatmap);
        assertEquals(fitScaleBefore * zoom, inHeatmap.scale(), 1e-9);
        assertEquals(centreOf(inEditor)[0], centreOf(inHeatmap)[0], 1e-9);
        assertEquals(centreOf(inEditor)[1], centreOf(inHeatmap)[1], 1e-9);
        assertTrue(inHeatmap.endColumn() - inHeatmap.firstColumn() < workbench.document().current().width() / 2,
                "the heatmap shows a magnified part, not the whole image");

        // and painted it there: the canvas pixel at image pixel (40, 50) has that pixel's colour
        assertHeatmapColourAt(heatmap, workbench.heatmap(), 40, 50);
        assertHeatmapColourAt(heatmap, workbench.heatmap(), inHeatmap.firstColumn() + 1, inHeatmap.firstRow() + 1);

        // the readout names the pixel under the mouse while zoomed
        robot.moveTo(editor.localToScreen(editor.pixelCentre(43, 47)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.readoutProperty().get().startsWith("(43, 47)"), editor.readoutProperty().get());

        // + on the heatmap zooms the editor; 0 fits both
        robot.clickOn(heatmap.canvas());
        robot.type(KeyCode.EQUALS);
        assertEquals(zoom * ViewportViewModel.STEP, viewport.zoom(), 1e-9,
                "focus on " + heatmap.getScene().getFocusOwner());
        assertEquals(viewport.zoom() * fitScale(inEditor, zoom), editor.transform().scale(), 1e-9);
        robot.type(KeyCode.DIGIT0);
        assertTrue(viewport.isFitted());
        assertEquals(fitScaleBefore, heatmap.transform().scale(), 1e-9);
    }

    private static void assertHeatmapColourAt(HeatmapView view, HeatmapViewModel model, int x, int y) {
        ViewTransform t = view.transform();
        double[] values = model.displayed();
        int expected = HeatmapPainter.colormap(model.showsMagnitude(), model.highContrastProperty().get())
                .argb(values[y * t.imageWidth() + x], model.rangeProperty().get());
        int[] seen = new int[1];
        try {
            // the heatmap paints in the next layout pass
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                seen[0] = WaitForAsyncUtils.asyncFx(() -> {
                    WritableImage shot = view.canvas().snapshot(null, null);
                    return shot.getPixelReader().getArgb((int) t.toScreenX(x + 0.5), (int) t.toScreenY(y + 0.5));
                }).get();
                return seen[0] == expected;
            });
        } catch (TimeoutException e) {
            // reported below with both colours
        }
        assertEquals(Integer.toHexString(expected), Integer.toHexString(seen[0]), "colour at pixel (" + x + ", " + y + ")");
    }

    @Test
    void theGridFollowsTheEditorAndItsReadoutNamesTheZoomedPixel(FxRobot robot) throws TimeoutException {
        running.settled();
        ViewportViewModel viewport = workbench.viewport();
        robot.clickOn("#tab-grid");
        RunningApp.waitFor(() -> !app.window().views().grid().titles().isEmpty());
        SmallMultiplesView grid = app.window().views().grid();
        SmallMultiplesViewModel model = workbench.smallMultiples();
        // zoomed on the editor's side (as the wheel there does), 8× around (70, 60)
        robot.interact(() -> viewport.set(8, 70, 60));
        Point2D zoomed = grid.pixelCentre(0, 70, 60);
        robot.moveTo(zoomed);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new SmallMultiplesViewModel.Pixel(70, 60), model.hoveredProperty().get());
        robot.moveTo(grid.pixelCentre(0, 71, 61));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new SmallMultiplesViewModel.Pixel(71, 61), model.hoveredProperty().get());
        double zoomedWidth = grid.pixelCentre(0, 71, 60).getX() - grid.pixelCentre(0, 70, 60).getX();
        robot.interact(viewport::fit);
        double fittedWidth = grid.pixelCentre(0, 71, 60).getX() - grid.pixelCentre(0, 70, 60).getX();
        assertEquals(8 * fittedWidth, zoomedWidth, 1e-6, "one pixel is 8 times as wide");
        robot.interact(() -> viewport.set(8, 70, 60));
        zoomed = grid.pixelCentre(0, 70, 60);

        // a drag on a panel pans every view: the editor's centre moves with it
        double centreX = viewport.centreX();
        robot.drag(zoomed.getX(), zoomed.getY()).dropBy(40, 0);
        assertTrue(viewport.centreX() < centreX, "dragging right shows what lay left");
        assertEquals(viewport.centreX(), centreOf(app.window().editor().transform())[0], 1e-9);
    }
}
