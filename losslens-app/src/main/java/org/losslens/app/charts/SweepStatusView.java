package org.losslens.app.charts;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.losslens.app.compute.SweepService;

/** A sweep's progress bar, what it is doing, and the button that stops it. */
public final class SweepStatusView extends HBox {

    public SweepStatusView(String idPrefix, SweepService<?> service) {
        super(8);
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(service.progressProperty());
        Label message = new Label();
        message.setId(idPrefix + "-status");
        message.textProperty().bind(service.messageProperty());
        message.setStyle("-fx-font-size: 11px;");
        Button cancel = new Button("Cancel");
        cancel.setId(idPrefix + "-cancel");
        cancel.disableProperty().bind(service.runningProperty().not());
        cancel.setOnAction(e -> service.cancel());
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 6, 2, 6));
        getChildren().addAll(bar, cancel, message);
    }
}
