package org.losslens.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.multiclass.MulticlassExample;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.testing.RunningApp;
import org.losslens.core.loss.Mode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save → open round-trips, a truncated file changes nothing, and a crashed run's work comes back. */
class SessionFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    private SessionViewModel sessions() {
        return running.app().sessions();
    }

    /** A state worth saving: multiclass, a changed parameter, another loss, another language and channel. */
    private void makeADemo(FxRobot robot) throws Exception {
        robot.interact(() -> {
            running.workbench().switchMode(Mode.MULTICLASS, 4);
            running.workbench().document().commit(MulticlassExample.create(128, 4));
            running.workbench().losses().select("tversky");
            running.workbench().parameters().set("alpha", 0.82);
            running.workbench().heatmap().channelProperty().set(3);
            running.workbench().editor().activeLabelProperty().set(3);
            running.workbench().messages().localeProperty().set(Messages.SIMPLIFIED_CHINESE);
        });
        running.settled();
    }

    @Test
    void saveThenOpenRoundTripsExactly(FxRobot robot, @TempDir Path dir) throws Exception {
        makeADemo(robot);
        SessionState saved = sessions().capture();
        double tversky = running.value("tversky");
        Path file = dir.resolve("demo.losslens.json");
        robot.interact(() -> assertDoesNotThrow(() -> sessions().save(file)));

        robot.interact(() -> {
            running.workbench().switchMode(Mode.BINARY, 2);
            running.workbench().messages().localeProperty().set(Messages.ENGLISH);
        });
        running.settled();
        assertEquals(Mode.BINARY, running.workbench().mode());

        robot.interact(() -> running.app().sessionMenu().open(file));
        running.settled();
        SessionState opened = sessions().capture();
        assertTrue(saved.masks().sameContent(opened.masks()));
        assertEquals(saved.parameters().toString(), opened.parameters().toString());
        assertEquals(saved.selectedLoss(), opened.selectedLoss());
        assertEquals(saved.classRecipes(), opened.classRecipes());
        assertEquals(saved.view(), opened.view());
        assertEquals(tversky, running.value("tversky"), 0.0);
        assertEquals(file.toAbsolutePath(), sessions().recent().files().get(0));
    }

    private static void assertDoesNotThrow(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(e);
    }

    @Test
    void aTruncatedSessionIsRefusedWithoutTouchingTheState(FxRobot robot, @TempDir Path dir) throws Exception {
        makeADemo(robot);
        Path file = dir.resolve("cut.losslens.json");
        robot.interact(() -> assertDoesNotThrow(() -> sessions().save(file)));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length * 2 / 3));
        robot.interact(() -> running.workbench().parameters().set("alpha", 0.4));
        running.settled();
        Masks before = running.workbench().document().current();
        String parametersBefore = running.workbench().parameters().snapshotAll().toString();
        boolean couldUndo = running.workbench().document().canUndoProperty().get();
        robot.interact(() -> running.workbench().messages().localeProperty().set(Messages.ENGLISH));

        robot.interact(() -> running.app().sessionMenu().open(file));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("damaged or incomplete"), dialog.getContentText());
        assertTrue(dialog.getContentText().contains("Nothing has been changed"), dialog.getContentText());
        assertSame(before, running.workbench().document().current());
        assertEquals(parametersBefore, running.workbench().parameters().snapshotAll().toString());
        assertEquals(couldUndo, running.workbench().document().canUndoProperty().get());
        assertEquals(0.4, running.workbench().parameters().params("tversky").real("alpha"));
        robot.clickOn("OK");
    }

    @Test
    void theWorkOfACrashedRunIsOfferedAndRecovered(FxRobot robot) throws Exception {
        makeADemo(robot);
        SessionState crashed = sessions().capture();
        Path home = running.home();
        robot.interact(() -> sessions().autosaveNow());
        // A crash: the app never runs its clean exit, so the autosave stays.
        running.app().workbench().close();
        sessions().close();
        assertTrue(Files.exists(home.resolve(SessionViewModel.AUTOSAVE)));

        robot.interact(() -> running = new RunningApp(stage, home));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(Mode.MULTICLASS, running.workbench().mode());
        // The crashed run was left in Chinese, and the language is remembered: the offer speaks it.
        robot.clickOn(running.workbench().messages().get("session.recovery.recover"));
        running.settled();

        SessionState recovered = sessions().capture();
        assertTrue(crashed.masks().sameContent(recovered.masks()));
        assertEquals(crashed.parameters().toString(), recovered.parameters().toString());
        assertEquals(crashed.view(), recovered.view());
        assertFalse(sessions().recoverable().isPresent());
        // One undoable step back to the fresh start.
        assertTrue(running.workbench().document().canUndoProperty().get());
    }

    @Test
    void aSecondInstanceSaysSoAndLeavesTheFirstOnesAutosaveAlone(FxRobot robot) throws Exception {
        robot.interact(() -> sessions().autosaveNow());
        Path home = running.home();
        Path autosave = home.resolve(SessionViewModel.AUTOSAVE);
        assertTrue(Files.exists(autosave));
        RunningApp[] second = new RunningApp[1];
        robot.interact(() -> second[0] = new RunningApp(new Stage(), home));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("Another LossLens window is open"), dialog.getContentText());
        assertTrue(Files.exists(autosave), "the first instance's live autosave was not moved aside");
        assertFalse(Files.exists(home.resolve(SessionViewModel.RECOVERY)));
        robot.clickOn("OK");
        robot.interact(() -> second[0].close());
        assertTrue(Files.exists(autosave), "closing the second instance left the first one's autosave in place");
    }
}
