package org.losslens.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.AppFxTest;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Each built-in scenario, loaded by its shortcut, shows exactly the values the core computes for it. */
class ScenarioLoadFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};


    @Test
    void everyBuiltInScenarioYieldsTheCoreValues(FxRobot robot) throws Exception {
        running.settled();
        List<Scenario> scenarios = ScenarioLibrary.builtIn();
        robot.clickOn("#editor-canvas");
        for (int k = 0; k < scenarios.size(); k++) {
            Scenario s = scenarios.get(k);
            robot.press(KeyCode.CONTROL).type(DIGITS[k]).release(KeyCode.CONTROL);
            running.settled();
            Masks shown = running.workbench().document().current();
            Masks expected = ScenarioScene.masks(s);
            assertTrue(shown.sameContent(expected), s.id());
            assertEquals(s.select(), running.workbench().losses().selectedProperty().get().id());
            LossInput input = LossInput.of(expected.logits(), expected.target());
            for (LossSpec spec : LossCatalogue.forMode(s.mode())) {
                double core = spec.create(spec.bind(s.parameters().getOrDefault(spec.id(), Map.of()), false))
                        .evaluate(input).value();
                assertEquals(core, running.value(spec.id()), 0.0, s.id() + " · " + spec.id());
            }
            String title = robot.lookup("#scenario-title").queryAs(Label.class).getText();
            assertTrue(title.contains(s.title(java.util.Locale.ENGLISH)), title);
        }
    }
}
