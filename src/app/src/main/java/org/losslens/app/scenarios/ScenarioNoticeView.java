package org.losslens.app.scenarios;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Messages;

/** The loaded scenario's title and "what to notice", in the current language, until dismissed. */
public final class ScenarioNoticeView extends BorderPane {

    public ScenarioNoticeView(ScenarioViewModel viewModel, Messages messages) {
        setId("scenario-notice");
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("scenario-notice");
        Label title = new Label();
        title.setId("scenario-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.currentProperty().get() == null ? ""
                : messages.get("scenarios.notice.title", viewModel.currentProperty().get().title(messages.locale())),
                viewModel.currentProperty(), messages.localeProperty()));
        Label notice = new Label();
        notice.setId("scenario-text");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> viewModel.currentProperty().get() == null ? ""
                : viewModel.currentProperty().get().notice(messages.locale()),
                viewModel.currentProperty(), messages.localeProperty()));
        Button close = new Button("×");
        close.setOnAction(e -> viewModel.dismiss());
        BorderPane.setAlignment(close, Pos.TOP_RIGHT);
        setCenter(new VBox(2, title, notice));
        setRight(close);
        visibleProperty().bind(viewModel.currentProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
