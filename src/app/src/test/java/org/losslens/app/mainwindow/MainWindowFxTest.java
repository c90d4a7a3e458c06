package org.losslens.app.mainwindow;

import org.losslens.imaging.png.PngCodec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.LossLensApp;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.editor.EditorCanvas;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.AppFxTest;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless (Monocle), driven by a robot as a user would. */
class MainWindowFxTest extends AppFxTest {

    private LossLensApp app;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        launch(stage);
        app = running.app();
        workbench = app.workbench();
    }

    private Evaluation settled() throws TimeoutException {
        return running.settled();
    }

    private String shown(String lossId) {
        return workbench.losses().row(lossId).orElseThrow().displayProperty().get();
    }

    private double value(String lossId) {
        return running.value(lossId);
    }

    private void strokeAcrossTopLeft(FxRobot robot) {
        EditorCanvas canvas = app.window().editor();
        Point2D from = canvas.localToScreen(canvas.pixelCentre(8, 10));
        Point2D to = canvas.localToScreen(canvas.pixelCentre(30, 12));
        robot.clickOn("#tool-gt-brush");
        robot.drag(from.getX(), from.getY()).dropTo(to.getX(), to.getY());
    }

    @Test
    void theOtherTabsAreBuiltOnceTheStartIsOverAndTheShownTabStays(FxRobot robot) throws Exception {
        ViewTabs tabs = app.window().views();
        javafx.scene.control.Tab shown = tabs.getSelectionModel().getSelectedItem();
        settled();
        org.losslens.app.testing.RunningApp.waitFor(() -> {
            try {
                return WaitForAsyncUtils.asyncFx(() -> tabs.getTabs().stream().allMatch(tabs::isBuilt)).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertSame(shown, tabs.getSelectionModel().getSelectedItem(), "building is not showing");
        assertFalse(workbench.optimise().visibleProperty().get(), "a built but hidden Optimise does not run");
    }

    @Test
    void brushStrokeChangesTheGroundTruthAndTheDisplayedValues(FxRobot robot) throws Exception {
        settled();
        Masks before = workbench.document().current();
        String diceBefore = shown("dice");
        String bceBefore = shown("bce");
        assertEquals(0, before.groundTruth(before.index(20, 11)));

        strokeAcrossTopLeft(robot);
        settled();

        Masks after = workbench.document().current();
        assertEquals(1, after.groundTruth(after.index(20, 11)));
        assertNotEquals(diceBefore, shown("dice"));
        assertNotEquals(bceBefore, shown("bce"));
        LossInput input = LossInput.of(after.logits(), after.target());
        assertEquals(LossCatalogue.require("dice", Mode.BINARY).create().evaluate(input).value(), value("dice"));
    }

    @Test
    void movingGammaGivesExactlyTheCoreFocalValue(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.losses().select("focal"));
        settled();
        robot.clickOn("#field-gamma").eraseText(12).write("3.5").type(KeyCode.ENTER);
        Evaluation e = settled();
        assertEquals(3.5, workbench.parameters().params("focal").real("gamma"));

        Masks masks = workbench.document().current();
        LossSpec focal = LossCatalogue.require("focal", Mode.BINARY);
        double expected = focal.create(focal.bind(Map.of("gamma", 3.5), false))
                .evaluate(LossInput.of(masks.logits(), masks.target())).value();
        assertEquals(expected, value("focal"), 0.0);
        assertEquals(expected, e.outcome("focal").orElseThrow().value(), 0.0);
        // The heatmap shows focal's gradient now.
        assertEquals("focal", workbench.heatmap().lossIdProperty().get());
    }

    @Test
    void undoAndRedoRestoreThePreviousValues(FxRobot robot) throws Exception {
        settled();
        Masks original = workbench.document().current();
        double diceOriginal = value("dice");
        strokeAcrossTopLeft(robot);
        settled();
        Masks stroked = workbench.document().current();
        double diceStroked = value("dice");
        assertNotEquals(diceOriginal, diceStroked);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settled();
        assertSame(original, workbench.document().current());
        assertEquals(diceOriginal, value("dice"), 0.0);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        settled();
        assertSame(stroked, workbench.document().current());
        assertEquals(diceStroked, value("dice"), 0.0);
    }

    @Test
    void loadingPngFixturesReplacesGroundTruthAndPrediction(FxRobot robot) throws Exception {
        settled();
        Path gt = fixture("disc-128.png");
        Path prediction = fixture("disc-shifted-soft-128.png");
        robot.interact(() -> assertTrue(app.files().load(gt, true)));
        robot.interact(() -> assertTrue(app.files().load(prediction, false)));
        settled();

        Masks m = workbench.document().current();
        double[] expectedGt = PngCodec.read(gt).grey();
        double[] expectedP = PngCodec.read(prediction).grey();
        for (int i = 0; i < m.pixels(); i++) {
            assertEquals(expectedGt[i] >= 0.5 ? 1 : 0, m.groundTruth(i), "gt " + i);
            assertEquals(expectedP[i], m.probability(i), 0.0, "p " + i);
        }
        LossInput input = LossInput.of(m.logits(), m.target());
        assertEquals(LossCatalogue.require("bce", Mode.BINARY).create().evaluate(input).value(), value("bce"), 0.0);
    }

    @Test
    void aCorruptPngShowsAClearErrorAndLeavesTheDrawingUntouched(FxRobot robot, @TempDir Path dir) throws Exception {
        settled();
        Path corrupt = dir.resolve("corrupt.png");
        byte[] header = Files.readAllBytes(fixture("disc-128.png"));
        Files.write(corrupt, java.util.Arrays.copyOf(header, 60));
        Masks before = workbench.document().current();
        String diceBefore = shown("dice");

        robot.interact(() -> assertTrue(!app.files().load(corrupt, true)));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("corrupt.png"), dialog.getContentText());
        assertTrue(dialog.getContentText().contains("has not been changed"), dialog.getContentText());
        assertSame(before, workbench.document().current());
        assertTrue(!workbench.document().canUndoProperty().get());
        assertEquals(diceBefore, shown("dice"));
        robot.clickOn("OK");
    }

    private static Path fixture(String name) throws IOException {
        try {
            return Path.of(MainWindowFxTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("missing fixture " + name, e);
        }
    }
}
