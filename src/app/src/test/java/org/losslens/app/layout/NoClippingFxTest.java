package org.losslens.app.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.losslens.app.i18n.Messages;
import org.losslens.app.mainwindow.ViewTabs;
import org.losslens.app.testing.AppFxTest;
import org.losslens.core.loss.Mode;
import org.losslens.imaging.npy.NpyArray;
import org.losslens.imaging.npy.NpyWriter;
import org.losslens.imaging.png.PngCodec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19.2: at 1280×720, in English and in 中文, every tab of the main window (binary and
 * multiclass, with and without a pin) and every dialog shows all its text: the
 * {@link ClippingProbe} finds no ellipsised label, nothing cut by its viewport, no overflowing
 * tab headers and no squeezed control.
 */
class NoClippingFxTest extends AppFxTest {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;

    private final Set<String> clips = new LinkedHashSet<>();

    @Start
    void start(Stage stage) {
        launch(stage);
        placeAt(stage, WIDTH, HEIGHT);
    }

    @Test
    void nothingIsCutInEnglish(FxRobot robot) throws Exception {
        walk(robot, Messages.ENGLISH);
    }

    @Test
    void nothingIsCutInChinese(FxRobot robot) throws Exception {
        walk(robot, Messages.SIMPLIFIED_CHINESE);
    }

    private void walk(FxRobot robot, Locale locale) throws Exception {
        speak(robot, locale);
        String lang = locale.getLanguage();
        everyTab(robot, lang + " binary");
        robot.interact(() -> running.workbench().pin().pin());
        everyTab(robot, lang + " binary, pinned");
        robot.interact(() -> running.workbench().pin().clear());
        robot.interact(() -> running.workbench().switchMode(Mode.MULTICLASS, 4));
        running.settled();
        everyTab(robot, lang + " multiclass");
        robot.interact(() -> running.workbench().switchMode(Mode.BINARY, 2));
        running.settled();
        dialogs(robot, lang);
        assertTrue(clips.isEmpty(), clips.size() + " things cut at 1280×720:\n" + String.join("\n", clips));
    }

    private void everyTab(FxRobot robot, String where) throws TimeoutException {
        ViewTabs tabs = running.app().window().views();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            running.settled();
            // a chart computes once shown; its finished curves and legend are what must fit
            WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            probe(robot, where + ", " + tab.getId());
        }
    }

    private void dialogs(FxRobot robot, String lang) throws Exception {
        fire(robot, "F1");
        probe(robot, lang + " dialog: shortcuts (F1)");
        closeDialogs(robot);

        Path files = Files.createTempDirectory("losslens-dialogs");
        // "Different size", with the downscale on reading said in the question (1000 px > the largest side)
        Path large = files.resolve("large.png");
        PngCodec.writeBinary(large, 1000, 1000, new double[1000 * 1000]);
        whileAsking(robot, () -> running.app().files().load(large, true));
        dialogProbe(robot, lang + " dialog: different size");
        closeDialogs(robot);

        // the scale of a .npy prediction: logits or probabilities?
        Path logits = files.resolve("logits.npy");
        double[] values = new double[128 * 128];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 11) - 5;
        }
        NpyWriter.write(logits, new NpyArray(new int[] {128, 128}, "<f8", values), List.of());
        whileAsking(robot, () -> running.app().files().load(logits, false));
        dialogProbe(robot, lang + " dialog: npy scale");
        closeDialogs(robot);

        // an error: a file that is not a PNG
        Path corrupt = files.resolve("corrupt.png");
        Files.writeString(corrupt, "not a PNG at all");
        robot.interact(() -> running.app().files().load(corrupt, true));
        dialogProbe(robot, lang + " dialog: corrupt PNG");
        closeDialogs(robot);

        // an error: a session file that is not one
        Path session = files.resolve("broken.losslens.json");
        Files.writeString(session, "{ \"format\": ");
        robot.interact(() -> running.app().sessionMenu().open(session));
        dialogProbe(robot, lang + " dialog: session open failed");
        closeDialogs(robot);

        fireNamed(robot, running.workbench().messages().get("menu.dataset.show"));
        dialogProbe(robot, lang + " window: dataset");
        closeDialogs(robot);
    }

    /**
     * Runs an action that asks with a modal dialog ({@code showAndWait}) later on the FX thread, so
     * the robot is free to look at the dialog while it waits for an answer.
     */
    private static void whileAsking(FxRobot robot, Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
    }

    /** Fires the menu item whose text is {@code text}. */
    private void fireNamed(FxRobot robot, String text) {
        robot.interact(() -> {
            for (Menu m : running.app().window().menuBar().getMenus()) {
                for (MenuItem item : items(m)) {
                    if (text.equals(item.getText())) {
                        item.fire();
                        return;
                    }
                }
            }
            throw new AssertionError("no menu item " + text);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fires the menu item whose accelerator reads {@code accelerator}. */
    private void fire(FxRobot robot, String accelerator) {
        robot.interact(() -> {
            for (Menu m : running.app().window().menuBar().getMenus()) {
                for (MenuItem item : items(m)) {
                    if (item.getAccelerator() != null && item.getAccelerator().getDisplayText().equals(accelerator)) {
                        item.fire();
                        return;
                    }
                }
            }
            throw new AssertionError("no menu item for " + accelerator);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                all.addAll(items(sub));
            } else {
                all.add(item);
            }
        }
        return all;
    }

    private void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
        });
    }

    /**
     * The windows beside the main one (dialogs, the dataset window), and that there is one: the main
     * window is walked tab by tab, and again under each dialog it would only repeat those clips.
     */
    private void dialogProbe(FxRobot robot, String where) {
        robot.interact(() -> {
            List<Window> others = Window.getWindows().stream()
                    .filter(w -> w != stage && w.isShowing() && !(w instanceof javafx.stage.PopupWindow)).toList();
            assertTrue(!others.isEmpty(), where + ": nothing opened");
            others.forEach(w -> ClippingProbe.of(w).forEach(c -> clips.add("[" + where + "] " + c)));
        });
    }

    private void probe(FxRobot robot, String where) {
        robot.interact(() -> ClippingProbe.showingWindows().forEach(c -> clips.add("[" + where + "] " + c)));
    }
}
