package org.losslens.app.dataset;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.losslens.app.files.FileActions;
import org.losslens.app.i18n.Messages;
import org.losslens.app.theme.Theme;

/**
 * The dataset view in a window of its own (a table of many columns needs the width the editor and its
 * tabs take), created on first use and kept while the app runs. It is not an owned window: an owned
 * one stays above the main window, and a case opened from the table must come to the front with its
 * heatmaps. It closes with the main window instead.
 */
public final class DatasetWindow {

    private final DatasetViewModel model;
    private final Messages messages;
    private final Stage owner;
    private Stage stage;
    private DatasetView view;

    public DatasetWindow(DatasetViewModel model, Messages messages, Stage owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
    }

    /** Shows the window (creating it the first time) and brings it to the front. */
    public void show() {
        if (stage == null) {
            stage = new Stage();
            owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stage.close());
            Supplier<Window> self = () -> stage;
            view = new DatasetView(model, messages, FileActions.dialogs(self, messages), self, owner::toFront);
            Scene scene = new Scene(view, 1180, 640);
            Theme.apply(scene.getStylesheets());
            stage.setScene(scene);
            stage.titleProperty().bind(messages.text("dataset.title"));
        }
        stage.show();
        stage.toFront();
    }

    /** Shows the window on {@code folder} and computes it (the app's {@code --dataset FOLDER}). */
    public void open(Path folder) {
        show();
        model.folderProperty().set(folder);
        model.compute();
    }

    /** Shows the window and lets the user pick a folder at once. */
    public void chooseFolder() {
        show();
        view.lookup("#dataset-choose").fireEvent(new javafx.event.ActionEvent());
    }

    /** The window, once shown (tests). */
    Stage stage() {
        return stage;
    }
}
