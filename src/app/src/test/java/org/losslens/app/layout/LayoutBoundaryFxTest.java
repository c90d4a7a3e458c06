package org.losslens.app.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A live value behind a boundary lays out its own box, and the window only when its size need changes. */
@ExtendWith(ApplicationExtension.class)
class LayoutBoundaryFxTest {

    private Label value;
    private final AtomicInteger windowLayouts = new AtomicInteger();
    private VBox window;

    @Start
    void start(Stage stage) {
        value = new Label("0.1234");
        // digits of one width, as the app's live values use
        value.setFont(javafx.scene.text.Font.font("Monospaced", 12));
        window = new VBox(new LayoutBoundary(value), new Label("below")) {
            @Override
            protected void layoutChildren() {
                windowLayouts.incrementAndGet();
                super.layoutChildren();
            }
        };
        stage.setScene(new Scene(window, 300, 200));
        stage.show();
    }

    @Test
    void aNewValueOfTheSameSizeDoesNotLayOutTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int before = windowLayouts.get();
        robot.interact(() -> {
            value.setText("0.5678");
            assertFalse(window.isNeedsLayout(), "the change stops at the boundary");
        });
        // two pulses later: the value has been laid out (and shown) by now
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !value.isNeedsLayout());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(windowLayouts.get() == before, "window laid out again for a same-size value");
    }

    @Test
    void aValueThatNeedsMoreRoomLaysOutTheWindowOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int before = windowLayouts.get();
        robot.interact(() -> value.setText("undefined (0/0), a much longer text"));
        // the boundary passes the new size need on once the value has been laid out
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> windowLayouts.get() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(value.getWidth() >= value.prefWidth(-1) - 1e-9, "and the value got its room: " + value.getWidth());
    }
}
