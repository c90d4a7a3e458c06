package org.losslens.app.generator;

import java.util.Locale;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * Sliders that build the prediction from the GT: shift, grow/shrink, blur, confidence inside and
 * outside, noise and its seed, plus one-click "add a false-positive blob" and "drop a component".
 */
public final class GeneratorPane extends VBox {

    private final GeneratorViewModel viewModel;
    private final GridPane grid = new GridPane();
    private int row;

    public GeneratorPane(GeneratorViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        setId("generator-pane");
        setPadding(new Insets(6));
        Label title = new Label("Prediction generator (from the GT)");
        title.setStyle("-fx-font-weight: bold;");
        grid.setHgap(6);
        grid.setVgap(2);
        PredictionRecipe r = viewModel.recipeProperty().get();
        add("shift dx", -32, 32, r.dx(), true, (x, v) -> x.withShift((int) Math.round(v), x.dy()));
        add("shift dy", -32, 32, r.dy(), true, (x, v) -> x.withShift(x.dx(), (int) Math.round(v)));
        add("dilate (+) / erode (−)", -12, 12, r.growRadius(), true, (x, v) -> x.withGrowRadius((int) Math.round(v)));
        add("blur σ", 0, 8, r.blurSigma(), false, PredictionRecipe::withBlurSigma);
        add("p inside", 0, 1, r.confidenceInside(), false, (x, v) -> x.withConfidence(v, x.confidenceOutside()));
        add("p outside", 0, 1, r.confidenceOutside(), false, (x, v) -> x.withConfidence(x.confidenceInside(), v));
        add("noise σ", 0, 0.5, r.noiseSigma(), false, (x, v) -> x.withNoise(v, x.seed()));
        add("noise seed", 0, 100, r.seed(), true, (x, v) -> x.withNoise(x.noiseSigma(), Math.round(v)));
        Button blob = new Button("+ FP blob");
        blob.setId("add-blob");
        blob.setTooltip(new Tooltip("Adds a false-positive blob where the GT is background."));
        blob.setOnAction(e -> viewModel.addFalsePositiveBlob());
        Button drop = new Button("Drop object");
        drop.setId("drop-component");
        drop.setTooltip(new Tooltip("Removes the smallest remaining object from the prediction: a missed lesion."));
        drop.setOnAction(e -> viewModel.dropComponent());
        Button regenerate = new Button("Regenerate");
        regenerate.setTooltip(new Tooltip("Rebuild the prediction from the current GT with these settings"));
        regenerate.setOnAction(e -> viewModel.regenerate());
        HBox buttons = new HBox(6, blob, drop, regenerate);
        Label counts = new Label();
        viewModel.recipeProperty().addListener((obs, old, now) -> counts.setText(describe(now)));
        counts.setText(describe(r));
        getChildren().addAll(title, grid, buttons, counts);
    }

    private static String describe(PredictionRecipe r) {
        return r.falsePositiveBlobs() + " false-positive blob(s), " + r.droppedComponents() + " dropped component(s)";
    }

    private void add(String name, double min, double max, double value, boolean integer,
                     BiFunction<PredictionRecipe, Double, PredictionRecipe> change) {
        Slider slider = new Slider(min, max, value);
        slider.setId("gen-" + name.replaceAll("[^a-z]+", "-"));
        if (integer) {
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
        }
        GridPane.setHgrow(slider, Priority.ALWAYS);
        Label shown = new Label();
        shown.setMinWidth(40);
        shown.textProperty().bind(slider.valueProperty().asString(Locale.ROOT, integer ? "%.0f" : "%.2f"));
        slider.valueProperty().addListener((obs, old, now) -> {
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
        grid.addRow(row++, new Label(name), slider, shown);
    }
}
