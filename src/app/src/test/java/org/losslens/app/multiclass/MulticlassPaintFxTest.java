package org.losslens.app.multiclass;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import org.losslens.core.metrics.ClassMetrics;
import org.losslens.core.metrics.OverlapMetrics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.editor.EditorCanvas;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.AppFxTest;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Multiclass mode through the UI: switch, pick a label, paint, and see the core's multiclass values. */
class MulticlassPaintFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    @Test
    void aMulticlassPaintStrokeChangesTheMulticlassValues(FxRobot robot) throws Exception {
        running.settled();
        robot.clickOn("#mode-multiclass");
        robot.clickOn("#mode-example");
        running.settled();
        Masks before = running.workbench().document().current();
        assertEquals(Mode.MULTICLASS, before.mode());
        double gwdlBefore = running.value("generalized_wasserstein_dice");
        double diceBefore = running.value("dice");

        robot.clickOn("#label-2");
        robot.clickOn("#tool-gt-brush");
        EditorCanvas canvas = running.app().window().editor();
        Point2D from = canvas.localToScreen(canvas.pixelCentre(100, 100));
        Point2D to = canvas.localToScreen(canvas.pixelCentre(120, 110));
        robot.drag(from.getX(), from.getY()).dropTo(to.getX(), to.getY());
        running.settled();

        Masks after = running.workbench().document().current();
        assertEquals(2, after.label(after.index(110, 105)));
        assertNotEquals(gwdlBefore, running.value("generalized_wasserstein_dice"));
        assertNotEquals(diceBefore, running.value("dice"));
        LossInput input = LossInput.of(after.logits(), after.target());
        for (String id : new String[] {"generalized_wasserstein_dice", "dice", "lovasz_softmax", "non_adjacency"}) {
            assertEquals(LossCatalogue.require(id, Mode.MULTICLASS).create().evaluate(input).value(),
                    running.value(id), 0.0, id);
        }
        // the metrics beside the losses are per class now, from the core's arg-max counts
        List<OverlapMetrics> perClass = ClassMetrics.of(input);
        for (int c = 0; c < after.classes(); c++) {
            Label shown = robot.lookup("#metric-dice-" + c).queryAs(Label.class);
            assertEquals(String.format(Locale.ROOT, "%.4f", perClass.get(c).dice()), shown.getText(), "class " + c);
        }
    }
}
