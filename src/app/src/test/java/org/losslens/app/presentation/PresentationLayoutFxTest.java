package org.losslens.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.i18n.Messages;
import org.losslens.app.layout.ClippingProbe;
import org.losslens.app.testing.AppFxTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19.1: F5 at 1280×720 shows the view in focus, the chosen values in large type (≥ 40 px)
 * and the chosen panels, with nothing cut (ClippingProbe), in English and in 中文; a panel hidden
 * in the bar is gone, and leaving gives every view back to the normal layout.
 */
class PresentationLayoutFxTest extends AppFxTest {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    private static final double LARGE = 40;

    @Start
    void start(Stage stage) {
        launch(stage);
        place(stage);
    }

    private static void place(Stage stage) {
        placeAt(stage, WIDTH, HEIGHT);
    }

    @Test
    void presentsLargeAndUncutInEnglish(FxRobot robot) throws Exception {
        present(robot, Messages.ENGLISH);
    }

    @Test
    void presentsLargeAndUncutInChinese(FxRobot robot) throws Exception {
        present(robot, Messages.SIMPLIFIED_CHINESE);
    }

    private void present(FxRobot robot, Locale locale) throws Exception {
        speak(robot, locale);
        Node normalEditor = robot.lookup("#editor-canvas").query();
        robot.clickOn("#editor-canvas");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        // a headless screen is larger than a projector: present at 1280×720 all the same
        robot.interact(() -> place(stage));
        running.settled();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(running.app().presentation().activeProperty().get());
        Node layout = running.app().window().presentationLayout();
        assertNotNull(layout, "the presentation layout is the window's centre");
        assertEquals(WIDTH, stage.getScene().getWidth(), 1, "at 1280 px");

        PresentationViewModel vm = running.app().presentation();
        for (PresentedValue v : vm.shownValues()) {
            Label big = robot.lookup("#presentation-value-" + v.name().toLowerCase(Locale.ROOT) + "-text")
                    .queryAs(Label.class);
            assertTrue(big.getFont().getSize() >= LARGE, v + " at " + big.getFont().getSize() + " px");
            assertEquals(vm.textProperty(v).get(), big.getText());
        }
        assertTrue(isInside(robot.lookup("#heatmap-view").query(), layout), "the gradient view is in focus");
        assertSame(normalEditor, robot.lookup("#editor-canvas").query());
        assertTrue(isInside(normalEditor, layout), "the drawing beside it");
        assertTrue(isInside(robot.lookup("#formula-pieces").query(), layout), "the formula, wrapping");
        assertNoClips(lang(locale) + ", default panels");

        // every panel but the loss table at once still fits (the side column scrolls); the table's long
        // names are cut in any column this narrow, as in the normal layout (issue 19.2)
        robot.interact(() -> List.of(PresentationPanel.values()).stream().filter(p -> p != PresentationPanel.LOSSES)
                .forEach(p -> vm.panelShownProperty(p).set(true)));
        settle();
        assertTrue(isInside(robot.lookup("#metrics-view").query(), layout));
        assertTrue(isInside(robot.lookup("#tool-gt-brush").query(), layout));
        assertNoClips(lang(locale) + ", every panel but the loss table");

        robot.interact(() -> vm.panelShownProperty(PresentationPanel.EDITOR).set(false));
        settle();
        assertFalse(normalEditor.getScene() != null && isInside(normalEditor, layout), "a hidden panel is gone");
        assertNoClips(lang(locale) + ", without the drawing");

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(running.app().presentation().activeProperty().get());
        assertEquals(null, running.app().window().presentationLayout());
        assertNotNull(normalEditor.getScene(), "the drawing is back in the normal layout");
        assertNotNull(robot.lookup("#heatmap-view").query().getScene(), "and the gradient view in its tab");
    }

    private void settle() throws Exception {
        running.settled();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertNoClips(String where) throws Exception {
        List<ClippingProbe.Clip> clips = WaitForAsyncUtils.asyncFx(() -> ClippingProbe.of(stage.getScene())).get();
        assertTrue(clips.isEmpty(), clips.size() + " things cut in presentation mode (" + where + "):\n"
                + String.join("\n", clips.stream().map(Object::toString).toList()));
    }

    private static String lang(Locale locale) {
        return locale.getLanguage();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
