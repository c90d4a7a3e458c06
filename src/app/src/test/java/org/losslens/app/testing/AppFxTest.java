package org.losslens.app.testing;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Base of the headless TestFX tests: a fresh app (own home folder) per test, closed cleanly after it. */
@ExtendWith(ApplicationExtension.class)
public abstract class AppFxTest {

    protected RunningApp running;
    protected Stage stage;

    /** TestFX only finds {@code @Start} on the test class itself, so each test's @Start calls this. */
    protected void launch(Stage stage) {
        this.stage = stage;
        running = new RunningApp(stage);
    }

    /** The window at the screen's top-left corner, at the size a test looks at it. */
    protected static void placeAt(Stage stage, double width, double height) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    /** Switches the app's language and waits until every view shows it. */
    protected void speak(org.testfx.api.FxRobot robot, java.util.Locale locale) throws java.util.concurrent.TimeoutException {
        robot.interact(() -> running.workbench().messages().localeProperty().set(locale));
        running.settled();
    }

    @AfterEach
    void stop() {
        running.close();
    }
}
