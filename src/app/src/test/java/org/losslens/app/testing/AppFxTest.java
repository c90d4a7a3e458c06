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

    @AfterEach
    void stop() {
        running.close();
    }
}
