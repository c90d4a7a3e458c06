package org.losslens.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.AppFxTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The catalogue's texts on screen (α meaning, parameter tooltips, formula heading) switch with the language. */
class LossTextsFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    @Test
    void switchingToChineseShowsTheChineseCatalogueTexts(FxRobot robot) throws Exception {
        running.settled();
        // Tversky (binary) is selected at start: α drives its false-positive weight.
        assertEquals("weight of FALSE POSITIVES Σ p(1 − t): raise it to punish over-segmentation",
                label(robot, "#meaning-alpha").getText());
        assertEquals("weight of FALSE POSITIVES Σ p(1 − t): raise it to punish over-segmentation",
                robot.lookup("#slider-alpha").queryAs(javafx.scene.control.Slider.class).getTooltip().getText());
        assertTrue(label(robot, "#formula-loss").getText().startsWith("Tversky loss"));

        robot.clickOn("#editor-canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Messages.SIMPLIFIED_CHINESE, running.workbench().messages().locale());
        assertEquals("假阳性 Σ p(1 − t) 的权重:调高它以惩罚过分割", label(robot, "#meaning-alpha").getText());
        assertEquals("假阳性 Σ p(1 − t) 的权重:调高它以惩罚过分割",
                robot.lookup("#slider-alpha").queryAs(javafx.scene.control.Slider.class).getTooltip().getText());
        assertTrue(label(robot, "#param-name-smooth_nr").getTooltip().getText().startsWith("加在分子上"),
                label(robot, "#param-name-smooth_nr").getTooltip().getText());
        assertTrue(label(robot, "#formula-loss").getText().startsWith("Tversky 损失"),
                label(robot, "#formula-loss").getText());

        // Another loss, still in Chinese: the table row's title and the γ meaning follow the selection.
        robot.interact(() -> running.workbench().losses().select("focal"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("聚焦指数:(1 − p_t)^γ 降低已分类良好像素的权重;γ = 0 时即为交叉熵",
                label(robot, "#meaning-gamma").getText());
        assertTrue(robot.lookup(".tree-table-cell").queryAllAs(javafx.scene.control.TreeTableCell.class).stream()
                .anyMatch(c -> "Focal 损失(焦点损失)".equals(c.getText())), "the table row's Chinese title");

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#meaning-gamma").getText().startsWith("focusing exponent"));
    }
}
