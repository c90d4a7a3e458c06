package org.losslens.app.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.testing.RunningApp;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.metrics.OverlapMetrics;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** "Tiny object missed vs found" as one pin and one edit: Ctrl+P, then Ctrl+G; Δ and ratio agree with the core. */
class PinFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    private static double core(String id, Masks m) {
        LossSpec spec = LossCatalogue.require(id, Mode.BINARY);
        return spec.create(spec.defaults()).evaluate(LossInput.of(m.logits(), m.target())).value();
    }

    @Test
    void pinningAndOneEditShowTheDifferenceInTheTableTheMetricsAndTheHeatmap(FxRobot robot) throws Exception {
        running.settled();
        robot.clickOn("#editor-canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL); // tiny object next to a large
        // the lesson's first step pins "both found" itself; unpin to start from a plain state
        RunningApp.waitFor(() -> running.workbench().pin().isPinned());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        RunningApp.waitFor(() -> !running.workbench().pin().isPinned());
        robot.interact(() -> running.workbench().generator().update(
                running.workbench().generator().recipeProperty().get().withDroppedComponents(1), false));
        running.settled();
        Masks missed = running.workbench().document().current();
        javafx.scene.control.TreeTableView<?> table = robot.lookup("#loss-table").queryAs(
                javafx.scene.control.TreeTableView.class);
        TreeTableColumn<?, ?> delta = table.getColumns().stream().filter(c -> "loss-delta-column".equals(c.getId()))
                .findFirst().orElseThrow();
        assertFalse(delta.isVisible(), "no comparison column without a pin");
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        RunningApp.waitFor(() -> running.workbench().pin().isPinned());
        assertTrue(delta.isVisible());
        // the edit: the generator finds every object (dropped 1 → 0)
        robot.interact(() -> running.workbench().generator().update(
                running.workbench().generator().recipeProperty().get().withDroppedComponents(0), false));
        running.settled();
        Masks found = running.workbench().document().current();
        for (String id : new String[] {"dice", "bce"}) {
            PinComparison expected = new PinComparison(core(id, missed), core(id, found));
            assertEquals(expected.format(), running.workbench().losses().row(id).orElseThrow().comparisonProperty()
                    .get(), id);
        }
        OverlapMetrics a = OverlapMetrics.of(missed.groundTruthCopy(), missed.probabilityCopy());
        OverlapMetrics b = OverlapMetrics.of(found.groundTruthCopy(), found.probabilityCopy());
        String recall = robot.lookup("#metric-recall").queryAs(Label.class).getText();
        assertTrue(recall.contains("Δ " + PinComparison.formatDelta(b.recall() - a.recall())), recall);
        robot.interact(() -> running.app().window().views().show("tab-gradient"));
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT, KeyCode.CONTROL);
        RunningApp.waitFor(() -> running.workbench().pin().pinnedGradientProperty().get() != null);
        assertTrue(robot.lookup("#pin-comparison").queryAs(PinComparisonView.class).comparing());
        assertTrue(robot.lookup("#pin-triptych").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        RunningApp.waitFor(() -> !running.workbench().pin().isPinned());
        assertFalse(robot.lookup("#pin-comparison").queryAs(PinComparisonView.class).comparing());
        assertFalse(delta.isVisible());
    }
}
