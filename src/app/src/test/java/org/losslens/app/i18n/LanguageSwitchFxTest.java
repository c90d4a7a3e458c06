package org.losslens.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.AppFxTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Switching the language relabels what is on screen, and switching back restores it. */
class LanguageSwitchFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static String firstMenu(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getText();
    }

    @Test
    void theShortcutSwitchesVisibleLabelsToChineseAndBack(FxRobot robot) throws Exception {
        running.settled();
        assertEquals("File", firstMenu(robot));
        assertEquals("GT brush", text(robot, "#tool-gt-brush"));
        assertEquals("Reset to defaults", text(robot, "#reset-parameters"));

        robot.clickOn("#editor-canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Messages.SIMPLIFIED_CHINESE, running.workbench().messages().locale());
        assertEquals("文件", firstMenu(robot));
        assertEquals("GT 画笔", text(robot, "#tool-gt-brush"));
        assertEquals("恢复默认值", text(robot, "#reset-parameters"));
        assertEquals("LossLens — 看清分割损失函数的行为", ((Stage) robot.window(0)).getTitle());

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("File", firstMenu(robot));
    }
}
