package org.losslens.app.presentation;

import org.losslens.app.i18n.Localised;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.losslens.app.editor.EditorViewModel;
import org.losslens.app.editor.Tool;
import org.losslens.app.guess.GuessViewModel;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.i18n.Messages;
import org.losslens.app.theme.Theme;
import org.losslens.app.masks.Masks;
import org.losslens.app.multiclass.ModeViewModel;

/**
 * Classroom ▸ presentation mode (F5), predict first (F6, then F7 to reveal and ask again) and a keyboard shortcut for every frequent action of a demo:
 * pick a tool, the next label, the next heatmap channel, lock the scale. All are listed in Help (F1).
 */
public final class ClassroomMenu extends Menu {

    public ClassroomMenu(EditorViewModel editor, ModeViewModel mode, HeatmapViewModel heatmap,
                         PresentationViewModel presentation, GuessViewModel guess, Stage stage, Messages messages) {
        setId("menu-classroom");
        textProperty().bind(messages.text("menu.classroom"));
        CheckMenuItem present = new CheckMenuItem();
        present.setId("presentation-mode");
        present.textProperty().bind(messages.text("menu.classroom.presentation"));
        present.setAccelerator(KeyCombination.keyCombination("F5"));
        present.selectedProperty().bindBidirectional(presentation.activeProperty());
        // Predict first: a check item that follows the mode (its bar's End button ends it too)
        CheckMenuItem predictFirst = new CheckMenuItem();
        predictFirst.setId("predict-first");
        predictFirst.textProperty().bind(messages.text("menu.classroom.predictFirst"));
        predictFirst.setAccelerator(KeyCombination.keyCombination("F6"));
        predictFirst.setOnAction(e -> {
            guess.toggle();
            predictFirst.setSelected(guess.phaseProperty().get() != GuessViewModel.Phase.OFF);
        });
        guess.phaseProperty().addListener((obs, old, now) -> predictFirst.setSelected(now != GuessViewModel.Phase.OFF));
        getItems().addAll(present, predictFirst,
                Localised.menuItem(messages, "menu.classroom.revealOrNext", "F7", guess::advance),
                new SeparatorMenuItem());
        String[] keys = {"Alt+B", "Alt+E", "Alt+P", "Alt+D", "Alt+R"};
        Tool[] tools = Tool.values();
        for (int t = 0; t < tools.length; t++) {
            Tool tool = tools[t];
            getItems().add(Localised.menuItem(messages, tool.key(), keys[t],
                    () -> editor.toolProperty().set(tool)));
        }
        getItems().addAll(new SeparatorMenuItem(),
                Localised.menuItem(messages, "menu.classroom.nextLabel", "Alt+L", mode::nextLabel),
                Localised.menuItem(messages, "menu.classroom.nextChannel", "Alt+H", () -> {
                    Masks drawing = mode.drawingProperty().get();
                    int classes = drawing.isMulticlass() ? drawing.classes() : 0;
                    int next = heatmap.channelProperty().get() + 1;
                    heatmap.channelProperty().set(next >= classes ? HeatmapViewModel.SUMMED_MAGNITUDE : next);
                }),
                Localised.menuItem(messages, "menu.classroom.lockScale", "Alt+K", () -> heatmap.lockedProperty().set(
                        !heatmap.lockedProperty().get())));
        presentation.activeProperty().addListener((obs, was, on) -> {
            stage.setFullScreen(on);
            Theme.presentation(stage.getScene().getStylesheets(), on);
        });
        // Leaving full screen with Esc also leaves presentation mode, so the two never disagree.
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (!full) {
                presentation.activeProperty().set(false);
            }
        });
    }
}
