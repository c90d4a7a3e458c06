package org.losslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.losslens.app.logging.LogFile;
import org.losslens.app.mainwindow.StartPlaceholder;
import org.losslens.app.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first window is shown with a placeholder right after the toolkit starts and then filled with the
 * main window, in the same scene, at the same place and size (issue 15, items 5 and 6).
 */
@ExtendWith(ApplicationExtension.class)
class FirstWindowFxTest {

    private LossLensApp app;

    @Test
    void showsThePlaceholderFirstThenTheMainWindowAtTheSameSize(FxRobot robot) throws Exception {
        firstWindowThenMainWindow(robot, RunningApp.freshHome(), "Preparing the editor…");
    }

    @Test
    void thePlaceholderSpeaksTheSavedLanguage(FxRobot robot) throws Exception {
        Path home = RunningApp.freshHome();
        Files.writeString(home.resolve("language.txt"), "zh-CN\n");
        firstWindowThenMainWindow(robot, home, "正在准备编辑器…");
    }

    @Test
    void aMainWindowThatCannotBeBuiltIsSaidInTheFirstWindowAndLogged(FxRobot robot) throws Exception {
        Path home = RunningApp.freshHome();
        System.setProperty("losslens.home", home.toString());
        IllegalStateException broken = new IllegalStateException("the loss catalogue could not be read");
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(LossLensApp.class.getName());
        log.addHandler(capture);
        try {
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                stage[0] = new Stage();
                app = new LossLensApp(() -> {
                    throw broken;
                });
                app.start(stage[0]);
            });
            ExecutionException failed = assertThrows(ExecutionException.class, () -> app.ready().get(60, TimeUnit.SECONDS));
            assertSame(broken, failed.getCause());
            WaitForAsyncUtils.waitForFxEvents();

            StartPlaceholder shown = assertInstanceOf(StartPlaceholder.class, stage[0].getScene().getRoot(),
                    "the first window stays, saying what failed");
            assertTrue(stage[0].isShowing());
            assertTrue(shown.text().contains("the loss catalogue could not be read"), shown.text());
            assertTrue(shown.text().contains(LogFile.in(home).toString()), "where the details are: " + shown.text());
            assertTrue(!shown.text().contains("Preparing"), shown.text());
            assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.SEVERE && r.getThrown() == broken),
                    "the failure is logged with its stack trace");
            robot.interact(stage[0]::close);
        } finally {
            log.removeHandler(capture);
        }
    }

    private void firstWindowThenMainWindow(FxRobot robot, Path home, String preparing) throws Exception {
        System.setProperty("losslens.home", home.toString());
        Stage[] stage = new Stage[1];
        Object[] first = new Object[5];
        // start() and the look at the window in one FX event: the main window is built only after a pulse
        robot.interact(() -> {
            stage[0] = new Stage();
            app = new LossLensApp();
            app.start(stage[0]);
            first[0] = stage[0].getScene();
            first[1] = stage[0].getScene().getRoot();
            first[2] = stage[0].isShowing();
            first[3] = stage[0].getWidth();
            first[4] = stage[0].getHeight();
        });
        StartPlaceholder placeholder = assertInstanceOf(StartPlaceholder.class, first[1], "the first window's content");
        assertEquals(preparing, placeholder.text());
        assertTrue((Boolean) first[2], "the first window is shown before the main window is built");

        app.ready().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage[0].getScene();
        assertSame(first[0], scene, "the main window goes into the same scene");
        assertSame(app.window(), scene.getRoot(), "the placeholder is replaced by the main window");
        assertEquals((Double) first[3], stage[0].getWidth(), "width unchanged");
        assertEquals((Double) first[4], stage[0].getHeight(), "height unchanged");
        assertTrue(stage[0].getMinWidth() <= stage[0].getWidth() && stage[0].getMinHeight() <= stage[0].getHeight());
    }

    @AfterEach
    void close(FxRobot robot) {
        if (app != null) {
            app.stop();
        }
    }
}
