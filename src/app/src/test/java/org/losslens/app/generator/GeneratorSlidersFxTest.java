package org.losslens.app.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.Workbench;
import org.losslens.app.testing.AppFxTest;
import org.losslens.core.synthesis.PredictionRecipe;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The generator's integer sliders step by one, a value can be typed, and a reset resets them too. */
class GeneratorSlidersFxTest extends AppFxTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        launch(stage);
        workbench = running.app().workbench();
    }

    @Test
    void theShiftMovesByOnePixelPerArrowKey(FxRobot robot) throws Exception {
        Slider dx = robot.lookup("#gen-dx").queryAs(Slider.class);
        int before = workbench.generator().recipeProperty().get().dx();
        robot.interact(dx::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertEquals(before + 1, workbench.generator().recipeProperty().get().dx());
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(before + 1 - 10, workbench.generator().recipeProperty().get().dx());
    }

    @Test
    void aTypedShiftRegeneratesThePrediction(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#gen-dx-field").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("-5");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(-5, workbench.generator().recipeProperty().get().dx());
        assertEquals(GeneratorViewModel.generate(workbench.document().current(),
                workbench.generator().recipeProperty().get()).probabilityCopy()[0],
                workbench.document().current().probabilityCopy()[0], 0.0);
    }

    @Test
    void resetToTheStartingExampleResetsTheSlidersToo(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.generator().update(
                workbench.generator().recipeProperty().get().withShift(27, -4), false));
        robot.interact(workbench::resetToStartingExample);
        PredictionRecipe now = workbench.generator().recipeProperty().get();
        assertEquals(GeneratorViewModel.STARTING, now);
        assertEquals(now.dx(), robot.lookup("#gen-dx").queryAs(Slider.class).getValue(), 0.0);
        assertEquals(String.valueOf(now.dx()), robot.lookup("#gen-dx-field").queryAs(TextField.class).getText());
        // the sliders describe the prediction on screen: regenerating changes nothing
        double[] shown = workbench.document().current().probabilityCopy();
        double[] regenerated = GeneratorViewModel.generate(workbench.document().current(), now).probabilityCopy();
        assertTrue(java.util.Arrays.equals(shown, regenerated), "the reset prediction is the starting recipe's");
    }

    @Test
    void aParameterTheLossLacksShowsADash(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.losses().select("focal"));
        TextField gamma = robot.lookup("#field-gamma").queryAs(TextField.class);
        assertEquals("2.000", gamma.getText());
        robot.interact(() -> workbench.losses().select("bce"));
        assertEquals("—", gamma.getText(), "bce has no γ: no stale 2.000");
        assertTrue(robot.lookup("#slider-gamma").query().getStyleClass().contains("parameter-absent"));
    }
}
