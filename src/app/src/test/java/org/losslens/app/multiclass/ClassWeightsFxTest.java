package org.losslens.app.multiclass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.AppFxTest;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Typing class weights for multiclass cross-entropy changes the table's value to what the core computes. */
class ClassWeightsFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
    }

    @Test
    void weightsTypedPerClassReachTheComputationAndInvalidOnesAreExplained(FxRobot robot) throws Exception {
        running.settled();
        robot.clickOn("#mode-multiclass");
        robot.clickOn("#mode-example");
        running.settled();
        robot.interact(() -> running.workbench().losses().select("ce"));
        running.settled();
        double unweighted = running.value("ce");
        Masks masks = running.workbench().document().current();
        int classes = masks.classes();
        assertTrue(robot.lookup("#weights-class_weights-" + (classes - 1)).tryQuery().isPresent(), "one field per class");

        type(robot, "#weights-class_weights-1", "3");
        type(robot, "#weights-class_weights-0", "0.5");
        running.settled();
        List<Double> weights = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            weights.add(c == 0 ? 0.5 : c == 1 ? 3.0 : 1.0);
        }
        LossSpec ce = LossCatalogue.require("ce", Mode.MULTICLASS);
        double core = ce.evaluate(ce.bind(Map.of("class_weights", weights), true),
                LossInput.of(masks.logits(), masks.target())).value();
        assertEquals(core, running.value("ce"), 0.0);
        assertNotEquals(unweighted, running.value("ce"));

        type(robot, "#weights-class_weights-1", "-2");
        running.settled();
        assertTrue(robot.lookup("#weights-class_weights-problem").queryAs(Label.class).getText().contains("≥ 0"));
        assertEquals(core, running.value("ce"), 0.0, "an invalid weight is not applied");

        javafx.scene.control.Button uniform = robot.lookup("#weights-class_weights-uniform")
                .queryAs(javafx.scene.control.Button.class);
        robot.interact(uniform::fire);
        running.settled();
        assertEquals(unweighted, running.value("ce"), 0.0);
        assertEquals("", robot.lookup("#weights-class_weights-problem").queryAs(Label.class).getText());

        // Weights replaced from outside (a session opened with ce still selected) show in the fields.
        List<Double> restored = new ArrayList<>(java.util.Collections.nCopies(classes, 1.0));
        restored.set(0, 2.0);
        robot.interact(() -> running.workbench().parameters().restore("ce",
                ce.bind(Map.of("class_weights", restored), true)));
        running.settled();
        assertEquals("2", robot.lookup("#weights-class_weights-0").queryAs(TextField.class).getText());
        assertNotEquals(unweighted, running.value("ce"));
    }
}
