package org.losslens.app.guess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.editor.MaskPainting;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Predict first as a teacher plays it: F6 hides the values, an edit, F7 reveals them and the verdict. */
class GuessFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    @Test
    void f6HidesTheValuesAndF7RevealsThemWithWhatRoseMost(FxRobot robot) throws Exception {
        running.settled();
        robot.clickOn("#editor-canvas");
        robot.type(KeyCode.F6);
        RunningApp.waitFor(() -> running.workbench().guess().phaseProperty().get() == GuessViewModel.Phase.ASKING);
        assertTrue(robot.lookup("#guess-bar").query().isVisible());
        assertEquals("?", robot.lookup("#metric-dice").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#formula-substitution").query().isVisible(), "the live formula gives no answer away");
        assertTrue(robot.lookup(".tree-table-cell").queryAll().stream()
                .anyMatch(n -> n.getParent() != null && robot.from(n).lookup((javafx.scene.text.Text t) -> "?".equals(
                        t.getText())).tryQuery().isPresent()), "the table's values read ?");

        robot.interact(() -> running.workbench().document().commit(MaskPainting.stampProbability(
                running.workbench().document().current(), 4, 4, 3, 0.99, 0)));
        running.settled();
        assertEquals("?", robot.lookup("#metric-dice").queryAs(Label.class).getText(), "hidden until the reveal");

        robot.type(KeyCode.F7);
        RunningApp.waitFor(() -> running.workbench().guess().phaseProperty().get() == GuessViewModel.Phase.REVEALED);
        String verdict = robot.lookup("#guess-text").queryAs(Label.class).getText();
        String roseMost = running.workbench().guess().verdictProperty().get().roseMost();
        assertTrue(verdict.startsWith("Rose most: " + roseMost + " (+"), verdict);
        assertFalse(robot.lookup("#metric-dice").queryAs(Label.class).getText().equals("?"));
        RunningApp.waitFor(() -> robot.lookup("#formula-substitution").query().isVisible());

        robot.clickOn("#guess-end");
        RunningApp.waitFor(() -> running.workbench().guess().phaseProperty().get() == GuessViewModel.Phase.OFF);
        assertFalse(robot.lookup("#guess-bar").query().isVisible());
        assertFalse(running.workbench().pin().isPinned());
    }
}
