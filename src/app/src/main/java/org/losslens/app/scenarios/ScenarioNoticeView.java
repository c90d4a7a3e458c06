package org.losslens.app.scenarios;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import org.losslens.app.dialogs.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/**
 * The loaded scenario's title and the current step's "what to notice", in the current language,
 * with ◂ Back · Step k of n · Next ▸ for a lesson of several steps, until dismissed.
 */
public final class ScenarioNoticeView extends BorderPane {

    public ScenarioNoticeView(ScenarioViewModel viewModel, Messages messages) {
        setId("scenario-notice");
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("scenario-notice");
        Label title = new Label();
        title.setId("scenario-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.shownProperty().get() == null ? ""
                : messages.get("scenarios.notice.title", viewModel.shownProperty().get().title(messages.locale())),
                viewModel.shownProperty(), messages.localeProperty()));
        Label notice = new Label();
        notice.setId("scenario-text");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> viewModel.shownProperty().get() == null ? ""
                : viewModel.shownProperty().get().notice(messages.locale()),
                viewModel.shownProperty(), messages.localeProperty()));
        Button back = Localised.button(messages, "scenarios.step.back");
        back.setId("scenario-back");
        back.setOnAction(e -> run(() -> viewModel.back(), messages));
        Button next = Localised.button(messages, "scenarios.step.next");
        next.setId("scenario-next");
        next.setDefaultButton(false);
        next.setOnAction(e -> run(() -> viewModel.next(), messages));
        Label position = new Label();
        position.setId("scenario-step");
        position.getStyleClass().add("hint");
        position.textProperty().bind(Bindings.createStringBinding(() -> viewModel.currentProperty().get() == null ? ""
                : messages.get("scenarios.step.of", viewModel.stepProperty().get() + 1,
                viewModel.currentProperty().get().stepCount()),
                viewModel.currentProperty(), viewModel.stepProperty(), messages.localeProperty()));
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.hasPrevious(),
                viewModel.currentProperty(), viewModel.stepProperty()));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.hasNext(),
                viewModel.currentProperty(), viewModel.stepProperty()));
        HBox steps = new HBox(8, back, position, next);
        steps.setAlignment(Pos.CENTER_LEFT);
        // one-step scenarios keep the notice as it was: no step bar
        steps.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.currentProperty().get() != null
                && viewModel.currentProperty().get().stepCount() > 1, viewModel.currentProperty()));
        steps.managedProperty().bind(steps.visibleProperty());
        Button close = new Button("×");
        close.setOnAction(e -> viewModel.dismiss());
        BorderPane.setAlignment(close, Pos.TOP_RIGHT);
        setCenter(new VBox(2, title, notice, steps));
        setRight(close);
        visibleProperty().bind(viewModel.currentProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private interface Step {
        void run() throws ScenarioException;
    }

    private void run(Step step, Messages messages) {
        try {
            step.run();
        } catch (ScenarioException e) {
            Dialogs.alert(getScene() == null ? null : getScene().getWindow(), Alert.AlertType.ERROR,
                    messages.get("scenarios.failed.title"), messages.get("scenarios.failed.message", e.getMessage()))
                    .show();
        }
    }
}
