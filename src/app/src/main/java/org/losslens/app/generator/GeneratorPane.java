package org.losslens.app.generator;

import org.losslens.app.controls.NumberSlider;
import org.losslens.app.controls.ValueField;
import org.losslens.app.i18n.Localised;
import javafx.beans.binding.Bindings;
import org.losslens.app.i18n.Messages;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * Sliders that build the prediction from the GT: shift, grow/shrink, blur, confidence inside and
 * outside, noise and its seed, plus one-click "add a false-positive blob" and "drop a component".
 */
public final class GeneratorPane extends VBox {

    private final GeneratorViewModel viewModel;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int row;
    private boolean syncing;

    public GeneratorPane(GeneratorViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("generator-pane");
        setPadding(new Insets(6));
        Label title = label("generator.title");
        title.getStyleClass().add("section-title");
        grid.setHgap(6);
        grid.setVgap(2);
        add("dx", -32, 32, 1, PredictionRecipe::dx, true, (x, v) -> x.withShift((int) Math.round(v), x.dy()));
        add("dy", -32, 32, 1, PredictionRecipe::dy, true, (x, v) -> x.withShift(x.dx(), (int) Math.round(v)));
        add("grow", -12, 12, 1, PredictionRecipe::growRadius, true, (x, v) -> x.withGrowRadius((int) Math.round(v)));
        add("blur", 0, 8, 0.1, PredictionRecipe::blurSigma, false, PredictionRecipe::withBlurSigma);
        add("inside", 0, 1, 0.01, PredictionRecipe::confidenceInside, false,
                (x, v) -> x.withConfidence(v, x.confidenceOutside()));
        add("outside", 0, 1, 0.01, PredictionRecipe::confidenceOutside, false,
                (x, v) -> x.withConfidence(x.confidenceInside(), v));
        add("noise", 0, 0.5, 0.01, PredictionRecipe::noiseSigma, false, (x, v) -> x.withNoise(v, x.seed()));
        add("seed", 0, 100, 1, PredictionRecipe::seed, true, (x, v) -> x.withNoise(x.noiseSigma(), Math.round(v)));
        Button blob = button("generator.addBlob");
        blob.setId("add-blob");
        blob.setOnAction(e -> viewModel.addFalsePositiveBlob());
        Button drop = button("generator.dropComponent");
        drop.setId("drop-component");
        drop.setOnAction(e -> viewModel.dropComponent());
        Button regenerate = button("generator.regenerate");
        regenerate.setOnAction(e -> viewModel.regenerate());
        // the buttons go onto a second line in a narrow column instead of ending in "…" (中文 at 1280×720)
        FlowPane buttons = new FlowPane(6, 4, blob, drop, regenerate);
        for (Button b : new Button[] {blob, drop, regenerate}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the counts and the class line wrap in a narrow column rather than end in "…"
        Label counts = new Label();
        counts.setWrapText(true);
        counts.textProperty().bind(messages.format("generator.counts",
                Bindings.createIntegerBinding(() -> viewModel.recipeProperty().get().falsePositiveBlobs(),
                        viewModel.recipeProperty()),
                Bindings.createIntegerBinding(() -> viewModel.recipeProperty().get().droppedComponents(),
                        viewModel.recipeProperty())));
        Label forClass = new Label();
        forClass.setId("generator-class");
        forClass.setWrapText(true);
        forClass.textProperty().bind(messages.format("generator.forClass", viewModel.selectedClassProperty()));
        forClass.visibleProperty().bind(viewModel.multiclassProperty());
        forClass.managedProperty().bind(forClass.visibleProperty());
        getChildren().addAll(title, forClass, grid, buttons, counts);
    }

    private Label label(String key) {
        return Localised.label(messages, key);
    }

    private Button button(String key) {
        return Localised.button(messages, key);
    }

    /** One row: name, slider (an arrow key moves by {@code step}, Shift by ten) and a field to type the value. */
    private void add(String name, double min, double max, double step, ToDoubleFunction<PredictionRecipe> read,
                     boolean integer, BiFunction<PredictionRecipe, Double, PredictionRecipe> change) {
        NumberSlider slider = new NumberSlider(min, max, read.applyAsDouble(viewModel.recipeProperty().get()), step,
                integer);
        // Another class's recipe selected (multiclass): show its values without regenerating anything.
        viewModel.recipeProperty().addListener((obs, old, now) -> {
            syncing = true;
            try {
                slider.setValue(read.applyAsDouble(now));
            } finally {
                syncing = false;
            }
        });
        slider.setId("gen-" + name);
        GridPane.setHgrow(slider, Priority.ALWAYS);
        ValueField shown = ValueField.of(slider, ValueField.decimals(integer ? 0 : 2), messages);
        shown.setId("gen-" + name + "-field");
        shown.setPrefColumnCount(4);
        slider.valueProperty().addListener((obs, old, now) -> {
            if (syncing) {
                return;
            }
            PredictionRecipe next = change.apply(viewModel.recipeProperty().get(), now.doubleValue());
            if (!next.equals(viewModel.recipeProperty().get()) || !slider.isValueChanging()) {
                viewModel.update(next, slider.isValueChanging());
            }
        });
        // The end of a drag makes the whole drag one undo step.
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.update(change.apply(viewModel.recipeProperty().get(), slider.getValue()), false);
            }
        });
        // the name keeps its width ("dilate (+) / erode (−)"); the slider takes what is left
        Label label = label("generator." + name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        slider.getStyleClass().add("narrow-slider");
        grid.addRow(row++, label, slider, shown);
    }
}
