package org.losslens.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.charts.PlotView;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart and optimise tabs relabel live, axis titles included, and the choice outlives the app. */
class ChartsLanguageFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    private Map<String, String> tabTitles() {
        Map<String, String> titles = new TreeMap<>();
        for (Tab tab : running.app().window().views().getTabs()) {
            titles.put(tab.getId(), tab.getText());
        }
        return titles;
    }

    private static String axisLabel(FxRobot robot) {
        return robot.lookup("#imbalance-values").queryAs(PlotView.class).chart().getXAxis().getLabel();
    }

    private static void switchLanguage(FxRobot robot) {
        robot.clickOn("#editor-canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tabTitlesAndAxisLabelsSwitchToChineseAndBack(FxRobot robot) throws Exception {
        running.settled();
        robot.clickOn("#tab-imbalance");
        RunningApp.waitFor(() -> robot.lookup("#imbalance-values").queryAs(PlotView.class).plot() != null);
        assertEquals("Imbalance", tabTitles().get("tab-imbalance"));
        assertEquals("Optimise", tabTitles().get("tab-optimise"));
        assertEquals("Confidence", tabTitles().get("tab-confidence"));
        assertEquals("foreground fraction", axisLabel(robot));

        switchLanguage(robot);

        assertEquals(Messages.SIMPLIFIED_CHINESE, running.workbench().messages().locale());
        assertEquals("类别不平衡", tabTitles().get("tab-imbalance"));
        assertEquals("优化", tabTitles().get("tab-optimise"));
        assertEquals("置信度", tabTitles().get("tab-confidence"));
        assertEquals("参数扫描", tabTitles().get("tab-parameter"));
        assertEquals("前景占比", axisLabel(robot));

        switchLanguage(robot);

        assertEquals("Imbalance", tabTitles().get("tab-imbalance"));
        assertEquals("Optimise", tabTitles().get("tab-optimise"));
        assertEquals("foreground fraction", axisLabel(robot));
    }

    @Test
    void theNextRunStartsInTheLanguageChosenLast(FxRobot robot) throws Exception {
        running.settled();
        assertEquals(Messages.ENGLISH, running.workbench().messages().locale(), "a fresh home starts in English");
        switchLanguage(robot);
        assertEquals(Messages.SIMPLIFIED_CHINESE, running.workbench().messages().locale());

        // A clean exit and a new start with the same (test-only) home folder.
        running.close();
        robot.interact(() -> running = new RunningApp(stage, running.home()));
        running.settled();

        assertEquals(Messages.SIMPLIFIED_CHINESE, running.workbench().messages().locale());
        assertEquals("优化", tabTitles().get("tab-optimise"));
    }
}
