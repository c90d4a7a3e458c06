package org.losslens.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.controls.ValueField;
import org.losslens.app.testing.AppFxTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The brush settings in the narrow tool column: whole names, and fields that show their whole value. */
class ToolsSlidersFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    @Test
    void theBrushSettingsAreNeitherEllipsisedNorSqueezed(FxRobot robot) {
        for (String name : List.of("Brush radius (px)", "Pred. brush p", "Softness")) {
            Labeled label = robot.lookup((Node n) -> n instanceof Labeled l && name.equals(l.getText()))
                    .queryAs(Labeled.class);
            String drawn = label.lookupAll(".text").stream().filter(Text.class::isInstance)
                    .map(n -> ((Text) n).getText()).findFirst().orElse("");
            assertEquals(name, drawn, "the name is drawn whole");
        }
        for (String id : List.of("#brush-radius-field", "#brush-strength-field", "#brush-softness-field")) {
            ValueField field = robot.lookup(id).queryAs(ValueField.class);
            assertFalse(field.getText().isEmpty(), id);
            assertTrue(field.getWidth() >= field.prefWidth(-1) - 0.5,
                    id + " is " + field.getWidth() + " px wide, needs " + field.prefWidth(-1));
        }
    }
}
