package org.losslens.app.optimise;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.losslens.app.controls.NumberSlider;
import org.losslens.app.controls.ValueField;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;
import org.losslens.app.theme.Palette;
import org.losslens.core.loss.LossSpec;

/**
 * The Optimise tab's controls: transport (play, pause, step, reset, the step counter), the descent
 * settings (optimizer, η, step count, speed, smoothing σ), the panels' losses, "show ∂L/∂logit" and
 * the two exports. Everything binds to {@link OptimiseViewModel}; styles are in theme/losslens.css.
 */
final class OptimiseControls extends VBox {

    private static final String INVALID = "optimise-invalid";

    private final OptimiseViewModel model;
    private final Messages messages;
    /** The panels' loss choices, in the choice flow: it wraps between them in a narrow tab. */
    private final List<ComboBox<String>> lossBoxes = new java.util.ArrayList<>();
    private FlowPane choiceFlow;

    /**
     * @param showGradient  the panels' "show ∂L/∂logit" switch
     * @param status        what the frame export is doing, worded
     */
    OptimiseControls(OptimiseViewModel model, Messages messages, BooleanProperty showGradient,
                     ObservableValue<String> status, Runnable exportCurves, Runnable exportFrames) {
        super(4);
        this.model = model;
        this.messages = messages;
        getStyleClass().add("optimise-controls");
        setPadding(new Insets(4, 6, 4, 6));
        getChildren().addAll(transport(), choice(showGradient, status, exportCurves, exportFrames));
        model.lossesProperty().addListener(o -> rebuildLossBoxes());
        rebuildLossBoxes();
    }

    /** A number as short as it can be written exactly to 4 significant digits ("4000", "0.1"). */
    static String compact(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }

    private FlowPane transport() {
        Button play = button("optimise.play", "optimise-play");
        Button pause = button("optimise.pause", "optimise-pause");
        Button step = button("optimise.step", "optimise-step");
        Button reset = button("optimise.reset", "optimise-reset");
        play.setOnAction(e -> model.play());
        pause.setOnAction(e -> model.pause());
        step.setOnAction(e -> model.stepOnce());
        reset.setOnAction(e -> model.reset());
        play.disableProperty().bind(model.runningProperty());
        pause.disableProperty().bind(model.runningProperty().not());
        Label counter = new Label();
        counter.setId("optimise-counter");
        counter.getStyleClass().add("optimise-counter");
        counter.textProperty().bind(Bindings.createStringBinding(() -> messages.get("optimise.counter",
                String.valueOf(model.stepProperty().get()), String.valueOf(model.maxStepsProperty().get())),
                model.stepProperty(), model.maxStepsProperty(), messages.localeProperty()));

        ChoiceBox<OptimizerKind> optimizer = Localised.choice(messages, "optimise.optimizer.", OptimizerKind.values());
        optimizer.setId("optimise-optimizer");
        optimizer.valueProperty().bindBidirectional(model.optimizerProperty());
        optimizer.setTooltip(Localised.tooltip(messages, "optimise.optimizer.help"));
        Spinner<Integer> steps = new Spinner<>(1, 100_000, model.maxStepsProperty().get(), 50);
        steps.setId("optimise-max-steps");
        steps.getStyleClass().add("optimise-steps");
        steps.setEditable(true);
        steps.valueProperty().addListener((obs, old, now) -> model.maxStepsProperty().set(now));
        model.maxStepsProperty().addListener((obs, old, now) -> steps.getValueFactory().setValue(now.intValue()));
        steps.setTooltip(Localised.tooltip(messages, "optimise.steps.help"));
        NumberSlider speed = slider("optimise-speed", 1, OptimiseViewModel.UNLIMITED_SPEED, 1, true, model.speedProperty());
        Label speedShown = shown(Bindings.createStringBinding(() -> model.speedProperty().get()
                >= OptimiseViewModel.UNLIMITED_SPEED ? messages.get("optimise.speed.max")
                : messages.get("optimise.speed.perSecond", String.format(Locale.ROOT, "%.0f", model.speedProperty().get())),
                model.speedProperty(), messages.localeProperty()));
        Tooltip.install(speed, Localised.tooltip(messages, "optimise.speed.help"));
        NumberSlider sigma = slider("optimise-sigma", 0, 4, 0.1, false, model.smoothingProperty());
        Label sigmaShown = shown(Bindings.createStringBinding(() -> model.smoothingProperty().get() == 0
                ? messages.get("optimise.smoothing.off")
                : String.format(Locale.ROOT, "%.1f px", model.smoothingProperty().get()), model.smoothingProperty(),
                messages.localeProperty()));
        Tooltip smoothingTip = Localised.tooltip(messages, "optimise.smoothing.help");
        smoothingTip.setWrapText(true);
        smoothingTip.getStyleClass().add("optimise-wide-tooltip");
        Tooltip.install(sigma, smoothingTip);
        Label sigmaName = Localised.label(messages, "optimise.smoothing");
        sigmaName.setTooltip(smoothingTip);

        FlowPane transport = new FlowPane(8, 4, play, pause, step, reset, counter, new Separator(),
                Localised.label(messages, "optimise.optimizer"), optimizer,
                // η's name and field in one box: the flow never wraps the name away from its field
                named(Localised.label(messages, "optimise.lr"), learningRate()),
                Localised.label(messages, "optimise.steps"), steps,
                new HBox(4, Localised.label(messages, "optimise.speed"), speed, typed(speed, 0), speedShown),
                new HBox(4, sigmaName, sigma, typed(sigma, 1), sigmaShown));
        transport.setAlignment(Pos.CENTER_LEFT);
        return transport;
    }

    /** η as typed: applied on Enter or leaving the field; an invalid value is marked and not applied. */
    private TextField learningRate() {
        TextField lr = new TextField();
        lr.setId("optimise-lr");
        lr.setPrefColumnCount(5);
        lr.setTooltip(Localised.tooltip(messages, "optimise.lr.help"));
        lr.setText(compact(model.learningRateProperty().get()));
        model.learningRateProperty().addListener((obs, old, now) -> lr.setText(compact(now.doubleValue())));
        lr.setOnAction(e -> applyLearningRate(lr));
        lr.focusedProperty().addListener((obs, old, now) -> {
            if (!now) {
                applyLearningRate(lr);
            }
        });
        return lr;
    }

    private FlowPane choice(BooleanProperty showGradient, ObservableValue<String> status, Runnable exportCurves,
                            Runnable exportFrames) {
        Spinner<Integer> count = new Spinner<>(1, OptimiseViewModel.MAX_PANELS, model.lossesProperty().get().size());
        count.setId("optimise-panels");
        count.getStyleClass().add("optimise-panel-count");
        count.valueProperty().addListener((obs, old, now) -> model.setPanelCount(now));
        Button csv = Localised.button(messages, "optimise.exportCurves");
        csv.setId("optimise-export-csv");
        csv.setOnAction(e -> exportCurves.run());
        Button frames = Localised.button(messages, "optimise.exportFrames");
        frames.setId("optimise-export-frames");
        frames.setOnAction(e -> exportFrames.run());
        CheckBox gradient = new CheckBox();
        gradient.setId("optimise-show-gradient");
        gradient.textProperty().bind(messages.text("optimise.showGradient"));
        gradient.setTooltip(Localised.tooltip(messages, "optimise.showGradient.help"));
        gradient.selectedProperty().bindBidirectional(showGradient);
        Label statusLabel = new Label();
        statusLabel.getStyleClass().add("optimise-status");
        statusLabel.textProperty().bind(status);
        Label projected = Localised.label(messages, "optimise.multiclassDrawing");
        projected.setId("optimise-multiclass-note");
        projected.getStyleClass().add("optimise-note");
        projected.visibleProperty().bind(model.multiclassDrawingProperty());
        projected.managedProperty().bind(projected.visibleProperty());
        // Adam divides each coordinate's step by its own running gradient size, so the panels' gradient
        // sizes no longer show in how they move: said on screen whenever Adam is chosen.
        Label adamHides = Localised.label(messages, "optimise.adamNote");
        adamHides.setId("optimise-adam-note");
        adamHides.getStyleClass().add("optimise-note");
        adamHides.visibleProperty().bind(model.optimizerProperty().isEqualTo(OptimizerKind.ADAM));
        adamHides.managedProperty().bind(adamHides.visibleProperty());
        choiceFlow = new FlowPane(8, 4, Localised.label(messages, "optimise.panels"), count, gradient,
                csv, frames, statusLabel, projected, adamHides);
        choiceFlow.setAlignment(Pos.CENTER_LEFT);
        return choiceFlow;
    }

    /** One loss choice per panel, underlined in the panel's curve colour. */
    private void rebuildLossBoxes() {
        choiceFlow.getChildren().removeAll(lossBoxes);
        lossBoxes.clear();
        List<String> ids = model.lossesProperty().get();
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            ComboBox<String> box = new ComboBox<>();
            box.setId("optimise-loss-" + i);
            box.getStyleClass().addAll("optimise-loss", Palette.seriesStyleClass(i));
            box.getItems().setAll(model.candidates().stream().map(LossSpec::id).toList());
            box.setValue(ids.get(i));
            box.setVisibleRowCount(16);
            box.valueProperty().addListener((obs, old, now) -> {
                if (now != null && !now.equals(model.lossesProperty().get().get(index))) {
                    model.setLoss(index, now);
                }
            });
            lossBoxes.add(box);
        }
        // after "panels [n]", before "show ∂L/∂logit"
        choiceFlow.getChildren().addAll(2, lossBoxes);
    }

    private void applyLearningRate(TextField field) {
        field.getStyleClass().remove(INVALID);
        try {
            double value = Double.parseDouble(field.getText().trim());
            if (value > 0 && Double.isFinite(value)) {
                model.learningRateProperty().set(value);
                return;
            }
        } catch (NumberFormatException e) {
            // marked below: the field shows the value was not taken
        }
        field.getStyleClass().add(INVALID);
    }

    /** A button worded by {@code key}, with its tooltip {@code key + ".help"}. */
    private Button button(String key, String id) {
        Button b = Localised.button(messages, key);
        b.setId(id);
        return b;
    }

    private static HBox named(Label name, javafx.scene.Node field) {
        HBox box = new HBox(4, name, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ValueField typed(NumberSlider slider, int decimals) {
        ValueField field = ValueField.of(slider, ValueField.decimals(decimals), messages);
        field.setId(slider.getId() + "-field");
        field.setPrefColumnCount(4);
        return field;
    }

    private static NumberSlider slider(String id, double min, double max, double step, boolean whole,
                                       DoubleProperty value) {
        NumberSlider s = new NumberSlider(min, max, value.get(), step, whole);
        s.setId(id);
        s.getStyleClass().add("optimise-slider");
        s.valueProperty().bindBidirectional(value);
        return s;
    }

    private static Label shown(StringBinding text) {
        Label l = new Label();
        l.getStyleClass().add("optimise-shown");
        l.textProperty().bind(text);
        return l;
    }
}
