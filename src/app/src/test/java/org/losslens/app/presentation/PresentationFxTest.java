package org.losslens.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.editor.Tool;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.testing.AppFxTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F5 presents, F1 lists every shortcut, and the demo shortcuts act. */
class PresentationFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    @Test
    void presentationModeEnlargesAndSwitchesToHighContrastAndBack(FxRobot robot) throws Exception {
        running.settled();
        HeatmapViewModel heatmap = running.workbench().heatmap();
        robot.clickOn("#editor-canvas");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(running.app().presentation().activeProperty().get());
        assertTrue(heatmap.highContrastProperty().get());
        assertEquals(PresentationViewModel.THICK_STROKES, heatmap.strokeScaleProperty().get());
        assertTrue(robot.lookup("#main-window").query().getScene().getRoot().getStyle().contains("18px"));
        assertEquals(PresentationViewModel.LARGE_FORMULA, running.app().window().formula().formulaPointsProperty().get());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(heatmap.highContrastProperty().get());
        assertEquals(1.0, heatmap.strokeScaleProperty().get());
    }

    @Test
    void helpListsTheShortcutsAndTheyAct(FxRobot robot) throws Exception {
        running.settled();
        robot.clickOn("#editor-canvas");
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Tool.PREDICTION_BRUSH, running.workbench().editor().toolProperty().get());
        robot.press(KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(running.workbench().heatmap().lockedProperty().get());

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class).getContentText();
        for (String expected : new String[] {"F5", "F1", "Undo", "Presentation mode", "Open session", "Alt+P",
            "Next heatmap channel", "Switch language"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        robot.clickOn("OK");
    }
}
