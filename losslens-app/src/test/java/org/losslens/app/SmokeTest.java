package org.losslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SmokeTest {
    Label label;
    @Start
    void start(Stage stage) {
        label = new Label("hi");
        stage.setScene(new Scene(label, 100, 100));
        stage.show();
    }
    @Test
    void works() {
        assertEquals("hi", label.getText());
    }
}
