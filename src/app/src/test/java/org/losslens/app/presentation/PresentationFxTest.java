package org.losslens.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.editor.Tool;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.theme.Theme;
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
        Scene scene = robot.lookup("#main-window").query().getScene();
        Label editorTitle = robot.lookup(".editor-title").queryAs(Label.class);
        assertTrue(scene.getStylesheets().contains(Theme.PRESENTATION));
        assertEquals(18.0, editorTitle.getFont().getSize(), "text from presentation.css");
        assertEquals(PresentationViewModel.LARGE_FORMULA, running.app().window().formula().formulaPointsProperty().get());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(heatmap.highContrastProperty().get());
        assertEquals(1.0, heatmap.strokeScaleProperty().get());
        assertFalse(scene.getStylesheets().contains(Theme.PRESENTATION));
        assertEquals(Font.getDefault().getSize(), editorTitle.getFont().getSize(), "back to the base theme's text");
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
