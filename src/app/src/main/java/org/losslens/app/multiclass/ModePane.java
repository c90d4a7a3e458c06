package org.losslens.app.multiclass;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.Mode;
import org.losslens.app.theme.Palette;

/**
 * Binary | multiclass, the number of labels (2–6), and the label palette: clicking a swatch makes it
 * the active label that the GT brush and shapes paint, the prediction brush moves and the generator's
 * per-class sliders edit. Everything here follows the drawing, so undo across a switch stays in step.
 */
public final class ModePane extends VBox {

    private final ModeViewModel viewModel;
    private final Messages messages;
    private final ToggleButton binary = new ToggleButton();
    private final ToggleButton multiclass = new ToggleButton();
    private final Spinner<Integer> classes = new Spinner<>(Masks.MIN_CLASSES, Masks.MAX_CLASSES, 3);
    private final FlowPane palette = new FlowPane(4, 4);
    private final ToggleGroup labels = new ToggleGroup();
    private final VBox multiclassControls;

    public ModePane(ModeViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("mode-pane");
        setPadding(new Insets(8, 8, 0, 8));
        getStyleClass().add("side-column");
        ToggleGroup modes = new ToggleGroup();
        binary.setToggleGroup(modes);
        multiclass.setToggleGroup(modes);
        binary.setId("mode-binary");
        multiclass.setId("mode-multiclass");
        binary.textProperty().bind(messages.text("mode.binary"));
        multiclass.textProperty().bind(messages.text("mode.multiclass"));
        binary.setOnAction(e -> viewModel.switchMode(Mode.BINARY, 2));
        multiclass.setOnAction(e -> viewModel.switchMode(Mode.MULTICLASS, classes.getValue()));
        Label title = new Label();
        title.textProperty().bind(messages.text("mode.title"));
        title.getStyleClass().add("section-title");

        classes.setId("mode-classes");
        classes.setPrefWidth(70);
        classes.valueProperty().addListener((obs, old, now) -> {
            Masks current = viewModel.drawingProperty().get();
            if (current.isMulticlass() && current.classes() != now) {
                viewModel.switchMode(Mode.MULTICLASS, now);
            }
        });
        Label classesLabel = new Label();
        classesLabel.textProperty().bind(messages.text("mode.labels"));
        Button example = new Button();
        example.setId("mode-example");
        example.textProperty().bind(messages.text("mode.example"));
        example.setMaxWidth(Double.MAX_VALUE);
        example.setOnAction(e -> viewModel.loadMulticlassExample());
        Label paletteLabel = new Label();
        paletteLabel.textProperty().bind(messages.text("mode.activeLabel"));
        paletteLabel.setWrapText(true);
        multiclassControls = new VBox(4, new HBox(6, classesLabel, classes), paletteLabel, palette, example);

        getChildren().addAll(title, new HBox(4, binary, multiclass), multiclassControls);
        viewModel.drawingProperty().addListener((obs, old, now) -> follow(now));
        viewModel.activeLabelProperty().addListener((obs, old, now) -> selectSwatch(now.intValue()));
        follow(viewModel.drawingProperty().get());
    }

    private void follow(Masks masks) {
        binary.setSelected(!masks.isMulticlass());
        multiclass.setSelected(masks.isMulticlass());
        multiclassControls.setVisible(masks.isMulticlass());
        multiclassControls.setManaged(masks.isMulticlass());
        if (masks.isMulticlass()) {
            classes.getValueFactory().setValue(masks.classes());
            if (palette.getChildren().size() != masks.classes()) {
                buildPalette(masks.classes());
            }
        }
    }

    private void buildPalette(int count) {
        palette.getChildren().clear();
        for (int label = 0; label < count; label++) {
            int value = label;
            ToggleButton swatch = new ToggleButton(String.valueOf(label));
            swatch.setId("label-" + label);
            swatch.setToggleGroup(labels);
            swatch.getStyleClass().addAll("label-swatch", Palette.labelStyleClass(label));
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(messages.text(label == 0 ? "mode.label.background" : "mode.label.class"));
            swatch.setTooltip(tip);
            swatch.setOnAction(e -> viewModel.activeLabelProperty().set(value));
            palette.getChildren().add(swatch);
        }
        selectSwatch(viewModel.activeLabelProperty().get());
    }

    private void selectSwatch(int label) {
        palette.getChildren().forEach(n -> ((ToggleButton) n).setSelected(n.getId().equals("label-" + label)));
    }
}
