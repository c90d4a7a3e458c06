package org.losslens.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public final class LossLensApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("LossLens"), 300, 200));
        stage.show();
    }
}
