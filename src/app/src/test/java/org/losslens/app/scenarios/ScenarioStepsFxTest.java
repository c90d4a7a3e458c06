package org.losslens.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.pin.PinComparison;
import org.losslens.app.pin.PinComparisonView;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.testing.RunningApp;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A lesson of three steps walked with Next ▸ and ◂ Back: the pin, the Δ column, the comparison and the tab follow. */
class ScenarioStepsFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    private static double core(Scenario at, String id) {
        var m = ScenarioScene.masks(at);
        LossSpec spec = LossCatalogue.require(id, Mode.BINARY);
        return spec.create(spec.defaults()).evaluate(LossInput.of(m.logits(), m.target())).value();
    }

    private String selectedTab(FxRobot robot) {
        return robot.lookup("#view-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void nearThenFarThenTheGridAndBack(FxRobot robot) throws Exception {
        running.settled();
        robot.clickOn("#editor-canvas");
        Scenario lesson = ScenarioLibraryTest.named("boundary-shift");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        running.settled();
        assertEquals("Step 1 of 3", robot.lookup("#scenario-step").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#scenario-back").queryButton().isDisabled());
        RunningApp.waitFor(() -> running.workbench().pin().isPinned());
        robot.clickOn("#scenario-next");
        running.settled();
        RunningApp.waitFor(() -> running.workbench().pin().pinnedGradientProperty().get() != null);
        assertEquals("Step 2 of 3", robot.lookup("#scenario-step").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#scenario-text").queryAs(Label.class).getText().contains("far from the object"));
        PinComparison expected = new PinComparison(core(lesson.at(0), "hausdorff_dt"), core(lesson.at(1), "hausdorff_dt"));
        assertEquals(expected.format(), running.workbench().losses().row("hausdorff_dt").orElseThrow()
                .comparisonProperty().get());
        assertTrue(robot.lookup("#pin-comparison").queryAs(PinComparisonView.class).comparing(), "A | B | B − A");
        robot.clickOn("#scenario-next");
        running.settled();
        assertEquals("tab-grid", selectedTab(robot));
        assertTrue(robot.lookup("#scenario-next").queryButton().isDisabled());
        assertEquals(java.util.List.of("dice", "boundary", "hausdorff_dt").stream().sorted().toList(),
                running.workbench().comparison().chosen().stream().map(LossSpec::id).sorted().toList());
        // ◂ Back (Ctrl+Alt+←) re-applies step 2 as it was
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT, KeyCode.CONTROL);
        running.settled();
        assertEquals("Step 2 of 3", robot.lookup("#scenario-step").queryAs(Label.class).getText());
        assertEquals("tab-gradient", selectedTab(robot));
        assertTrue(ScenarioScene.masks(lesson.at(1)).sameContent(running.workbench().document().current()));
        robot.clickOn("#scenario-back");
        running.settled();
        assertTrue(ScenarioScene.masks(lesson.at(0)).sameContent(running.workbench().document().current()));
        assertFalse(robot.lookup("#pin-comparison").queryAs(PinComparisonView.class).comparing());
    }
}
