package org.losslens.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.testing.RunningApp;
import org.losslens.imaging.png.PngCodec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Export slides: one picture of the window per lesson step, and the lesson left where it was. */
class SlideExportFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    @Test
    void everyStepOfTheLessonBecomesOnePicture(FxRobot robot) throws Exception {
        running.settled();
        robot.clickOn("#editor-canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL); // tiny-vs-large, 2 steps
        ScenarioViewModel lessons = running.workbench().scenarios();
        RunningApp.waitFor(() -> lessons.currentProperty().get() != null);
        Scenario lesson = lessons.currentProperty().get();
        assertEquals(2, lesson.stepCount());
        Path folder = Files.createTempDirectory("losslens-slides");
        ScenarioMenu menu = (ScenarioMenu) running.app().window().menuBar().getMenus().stream()
                .filter(m -> "menu-scenarios".equals(m.getId())).findFirst().orElseThrow();
        robot.interact(() -> menu.exportSlides(folder));
        Path last = SlideExport.fileOf(folder, lesson, 1);
        RunningApp.waitFor(() -> Files.exists(last));
        for (int k = 0; k < 2; k++) {
            var image = PngCodec.read(SlideExport.fileOf(folder, lesson, k));
            assertTrue(image.width() > 400 && image.height() > 300, image.width() + "×" + image.height());
        }
        RunningApp.waitFor(() -> lessons.stepProperty().get() == 0);
        assertEquals(lesson, lessons.currentProperty().get());
    }
}
