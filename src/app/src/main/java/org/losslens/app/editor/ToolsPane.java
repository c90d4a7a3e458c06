package org.losslens.app.editor;

import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.losslens.app.controls.NumberSlider;
import org.losslens.app.controls.ValueField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The tool column: tools, brush settings, layer toggles, and the whole-mask edits. */
public final class ToolsPane extends VBox {

    private final Messages messages;

    /** @param fitView fits the whole image into the editor again (the canvas's zoom is view state) */
    public ToolsPane(EditorViewModel viewModel, Runnable fitView, Messages messages) {
        super(6);
        setPadding(new Insets(8));
        // In em, so the column grows with the text in presentation mode.
        getStyleClass().add("side-column");
        this.messages = messages;
        getChildren().add(heading("tools.title"));
        ToggleGroup group = new ToggleGroup();
        for (Tool tool : Tool.values()) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(messages.text(tool.key()));
            button.setId("tool-" + tool.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(tooltip(tool.key() + ".help"));
            button.setSelected(viewModel.toolProperty().get() == tool);
            button.setOnAction(e -> {
                viewModel.toolProperty().set(tool);
                button.setSelected(true);
            });
            viewModel.toolProperty().addListener((obs, old, now) -> button.setSelected(now == tool));
            getChildren().add(button);
        }
        getChildren().addAll(
                labelled("tools.brushRadius", slider(0.5, 32, viewModel.brushRadiusProperty(), "brush-radius")),
                labelled("tools.brushStrength", slider(0, 1, viewModel.strengthProperty(), "brush-strength")),
                labelled("tools.softness", slider(0, 1, viewModel.softnessProperty(), "brush-softness")));
        getChildren().add(heading("tools.layers"));
        getChildren().addAll(
                check("tools.layer.prediction", viewModel.showPredictionProperty()),
                check("tools.layer.tint", viewModel.tintGroundTruthProperty()),
                check("tools.layer.outline", viewModel.outlineGroundTruthProperty()));
        getChildren().add(heading("tools.edit"));
        Button undo = button("tools.undo", "undo", viewModel::undo);
        undo.disableProperty().bind(viewModel.document().canUndoProperty().not());
        Button redo = button("tools.redo", "redo", viewModel::redo);
        redo.disableProperty().bind(viewModel.document().canRedoProperty().not());
        getChildren().addAll(undo, redo,
                button("tools.invertGroundTruth", "invert-gt", viewModel::invertGroundTruth),
                button("tools.clearGroundTruth", "clear-gt", viewModel::clearGroundTruth),
                button("tools.clearPrediction", "clear-prediction", viewModel::clearPrediction),
                button("tools.fitView", "fit-view", fitView));
    }

    private Tooltip tooltip(String key) {
        return Localised.tooltip(messages, key);
    }

    private Label heading(String key) {
        Label l = Localised.label(messages, key);
        l.getStyleClass().addAll("section-title", "spaced");
        return l;
    }

    /** The setting's name, and below it the slider with a field to type its value (the name keeps its line). */
    private VBox labelled(String key, NumberSlider slider) {
        Label label = Localised.label(messages, key);
        ValueField field = ValueField.of(slider, ValueField.decimals(2), messages);
        field.setId(slider.getId() + "-field");
        field.setPrefColumnCount(4);
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox line = new HBox(4, slider, field);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, label, line);
    }

    private static NumberSlider slider(double min, double max, javafx.beans.property.DoubleProperty value, String id) {
        NumberSlider s = NumberSlider.real(min, max, value.get());
        s.setId(id);
        s.valueProperty().bindBidirectional(value);
        return s;
    }

    private CheckBox check(String key, javafx.beans.property.BooleanProperty value) {
        CheckBox c = new CheckBox();
        c.textProperty().bind(messages.text(key));
        c.selectedProperty().bindBidirectional(value);
        return c;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = Localised.button(messages, key);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
