package org.losslens.app.editor;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The tool column: tools, brush settings, layer toggles, and the whole-mask edits. */
public final class ToolsPane extends VBox {

    public ToolsPane(EditorViewModel viewModel, EditorCanvas canvas) {
        super(6);
        setPadding(new Insets(8));
        setPrefWidth(185);
        getChildren().add(heading("Tools"));
        ToggleGroup group = new ToggleGroup();
        for (Tool tool : Tool.values()) {
            ToggleButton button = new ToggleButton(tool.title());
            button.setId("tool-" + tool.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(tool.help()));
            button.setSelected(viewModel.toolProperty().get() == tool);
            button.setOnAction(e -> {
                viewModel.toolProperty().set(tool);
                button.setSelected(true);
            });
            viewModel.toolProperty().addListener((obs, old, now) -> button.setSelected(now == tool));
            getChildren().add(button);
        }
        getChildren().addAll(
                labelled("Brush radius (px)", slider(0.5, 32, viewModel.brushRadiusProperty(), "brush-radius")),
                labelled("Pred. brush p", slider(0, 1, viewModel.strengthProperty(), "brush-strength")),
                labelled("Softness", slider(0, 1, viewModel.softnessProperty(), "brush-softness")));
        getChildren().add(heading("Layers"));
        getChildren().addAll(
                check("Prediction p", canvas.showPredictionProperty()),
                check("GT tint", canvas.tintGroundTruthProperty()),
                check("GT outline", canvas.outlineGroundTruthProperty()));
        getChildren().add(heading("Edit"));
        Button undo = button("Undo", "undo", viewModel::undo);
        undo.disableProperty().bind(viewModel.document().canUndoProperty().not());
        Button redo = button("Redo", "redo", viewModel::redo);
        redo.disableProperty().bind(viewModel.document().canRedoProperty().not());
        getChildren().addAll(undo, redo,
                button("Invert GT", "invert-gt", viewModel::invertGroundTruth),
                button("Clear GT", "clear-gt", viewModel::clearGroundTruth),
                button("Clear prediction", "clear-prediction", viewModel::clearPrediction),
                button("Fit view", "fit-view", canvas::fit));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return l;
    }

    private static VBox labelled(String text, Slider slider) {
        Label label = new Label();
        label.textProperty().bind(slider.valueProperty().asString(text + ": %.2f"));
        return new VBox(2, label, slider);
    }

    private static Slider slider(double min, double max, javafx.beans.property.DoubleProperty value, String id) {
        Slider s = new Slider(min, max, value.get());
        s.setId(id);
        s.valueProperty().bindBidirectional(value);
        return s;
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty value) {
        CheckBox c = new CheckBox(text);
        c.selectedProperty().bindBidirectional(value);
        return c;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
