package org.losslens.app.charts;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.beans.binding.Bindings;
import org.losslens.app.compute.SweepService;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/** A sweep's progress bar, what it is doing, and the button that stops it. */
public final class SweepStatusView extends HBox {

    public SweepStatusView(String idPrefix, SweepService<?> service, Messages messages) {
        super(8);
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(service.progressProperty());
        Label message = new Label();
        message.setId(idPrefix + "-status");
        message.textProperty().bind(Bindings.createStringBinding(() -> describe(service.stateProperty().get(), messages),
                service.stateProperty(), messages.localeProperty()));
        message.getStyleClass().add("hint");
        Button cancel = Localised.button(messages, "sweep.cancel");
        cancel.setId(idPrefix + "-cancel");
        cancel.disableProperty().bind(service.runningProperty().not());
        cancel.setOnAction(e -> service.cancel());
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 6, 2, 6));
        getChildren().addAll(bar, cancel, message);
    }

    static String describe(SweepService.State state, Messages messages) {
        return switch (state.phase()) {
            case IDLE -> "";
            case STARTING -> messages.get("sweep.starting");
            // The pass names of the charts ("coarse", "full") are keys of their own, e.g. sweep.pass.coarse.
            case RUNNING -> messages.get("sweep.running", messages.has("sweep.pass." + state.pass())
                    ? messages.get("sweep.pass." + state.pass()) : state.pass(), state.percent());
            case CANCELLED -> messages.get("sweep.cancelled");
            case FAILED -> messages.get("sweep.failed", state.error());
            case DONE -> messages.get("sweep.done");
        };
    }
}
