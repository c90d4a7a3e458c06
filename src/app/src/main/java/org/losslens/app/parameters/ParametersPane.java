package org.losslens.app.parameters;

import org.losslens.app.controls.NumberSlider;
import org.losslens.app.controls.ValueField;
import org.losslens.app.i18n.LossTexts;
import org.losslens.app.i18n.Messages;
import org.losslens.app.multiclass.ClassMatrixEditor;
import org.losslens.app.multiclass.ClassMatrixViewModel;
import org.losslens.app.multiclass.ClassWeightsEditor;
import org.losslens.app.multiclass.ClassWeightsViewModel;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.param.Params;

/**
 * The prominent α, β, γ sliders (each with a numeric field and, spelled out, which parameter of the
 * selected loss it drives and what that weights), then the selected loss's other parameters, all
 * built from the catalogue, and reset-to-defaults.
 */
public final class ParametersPane extends VBox {

    /** Style of a slider whose parameter the selected loss does not have: no thumb (theme/losslens.css). */
    private static final String ABSENT = "parameter-absent";

    private final ParametersViewModel viewModel;
    private final Messages messages;
    private final LossTexts texts;
    private final GridPane ownParameters = new GridPane();
    private final Label ownTitle = new Label();
    private final Label error = new Label();

    public ParametersPane(ParametersViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        this.texts = new LossTexts(messages);
        setId("parameters-pane");
        setPadding(new Insets(6));
        Label title = new Label();
        title.textProperty().bind(messages.text("parameters.title"));
        title.getStyleClass().add("section-title");
        getChildren().add(title);
        for (ParamRole role : new ParamRole[] {ParamRole.ALPHA, ParamRole.BETA, ParamRole.GAMMA}) {
            getChildren().add(roleRow(viewModel.role(role)));
        }
        ownTitle.getStyleClass().addAll("section-title", "spaced");
        ownParameters.setHgap(6);
        ownParameters.setVgap(1);
        error.getStyleClass().add("problem");
        error.setWrapText(true);
        Button reset = new Button();
        reset.textProperty().bind(messages.text("parameters.reset"));
        reset.setId("reset-parameters");
        reset.setOnAction(e -> {
            viewModel.resetSelected();
            rebuildOwn();
        });
        getChildren().addAll(ownTitle, ownParameters, error, reset);
        viewModel.selectedProperty().addListener((obs, old, now) -> rebuildOwn());
        messages.localeProperty().addListener((obs, old, now) -> rebuildOwn());
        viewModel.classCountProperty().addListener((obs, old, now) -> rebuildOwn());
        viewModel.restoredProperty().addListener((obs, old, now) -> rebuildOwn());
        rebuildOwn();
    }

    private VBox roleRow(RoleControl control) {
        String symbol = control.role().symbol();
        Label name = new Label(symbol);
        name.getStyleClass().add("parameter-symbol");
        name.setMinWidth(22);
        NumberSlider slider = NumberSlider.real(0, 1, control.valueProperty().get());
        slider.setId("slider-" + control.role().name().toLowerCase(Locale.ROOT));
        slider.minProperty().bind(control.minProperty());
        slider.maxProperty().bind(control.maxProperty());
        javafx.beans.InvalidationListener stepFromRange = o -> slider.setStep(NumberSlider.defaultStep(
                control.minProperty().get(), control.maxProperty().get()));
        control.minProperty().addListener(stepFromRange);
        control.maxProperty().addListener(stepFromRange);
        stepFromRange.invalidated(null);
        slider.valueProperty().bindBidirectional(control.valueProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        // A loss without this role shows "—" and no thumb, never the last loss's value.
        ValueField field = new ValueField(control.valueProperty(), control.minProperty(), control.maxProperty(), false,
                RoleControl::format, messages).absentUnless(control.availableProperty());
        field.setId("field-" + control.role().name().toLowerCase(Locale.ROOT));
        field.setPrefColumnCount(6);
        control.availableProperty().addListener((obs, was, now) -> markAbsent(slider, now));
        markAbsent(slider, control.availableProperty().get());
        HBox line = new HBox(6, name, slider, field);
        line.setAlignment(Pos.CENTER_LEFT);
        Label drives = new Label();
        drives.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LossSpec spec = viewModel.selectedProperty().getValue();
            return control.availableProperty().get() ? control.drivesProperty().get()
                    : spec == null ? "" : messages.get("parameters.roleMissing", spec.id(), symbol);
        }, control.drivesProperty(), control.availableProperty(), viewModel.selectedProperty(), messages.localeProperty()));
        drives.getStyleClass().add("parameter-drives");
        // "generalized_wasserstein_dice has no α" is longer than the column at 1280×720: wrap, never "…"
        drives.setWrapText(true);
        // The localised meaning of what this slider now drives: the driven parameters change with the
        // selection (drives names the loss, so two losses with equal English meanings still refresh).
        javafx.beans.binding.StringBinding localisedMeaning = texts.binding(() -> {
            LossSpec spec = viewModel.selectedProperty().getValue();
            return spec == null ? "" : control.meaning(texts.meanings(spec));
        }, control.meaningProperty(), control.drivesProperty(), control.availableProperty(), viewModel.selectedProperty());
        Label meaning = new Label();
        meaning.setId("meaning-" + control.role().name().toLowerCase(Locale.ROOT));
        meaning.textProperty().bind(localisedMeaning);
        meaning.setWrapText(true);
        meaning.getStyleClass().add("hint");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(localisedMeaning);
        slider.setTooltip(tip);
        slider.disableProperty().bind(control.availableProperty().not());
        name.disableProperty().bind(control.availableProperty().not());
        return new VBox(1, line, drives, meaning);
    }

    private void rebuildOwn() {
        ownParameters.getChildren().clear();
        error.setText("");
        LossSpec spec = viewModel.selectedProperty().getValue();
        if (spec == null) {
            ownTitle.setText("");
            return;
        }
        ownTitle.setText(messages.get("parameters.own", texts.title(spec), spec.id())
                + (spec.implemented() ? "" : " " + messages.get("losses.unavailable")));
        Params values = viewModel.params(spec.id());
        int row = 0;
        for (ParamSpec p : spec.params()) {
            if (p.role() != ParamRole.NONE) {
                continue;
            }
            Label name = new Label(p.name());
            name.setId("param-name-" + p.name());
            // Rebuilt on every language change, so a plain (unbound) tooltip is enough here.
            name.setTooltip(new Tooltip(messages.get("parameters.tooltip", texts.meaning(spec, p), p.rangeText(),
                    String.valueOf(p.defaultValue()))));
            // The name above its editor: a class matrix or a choice beside it left the name no room
            // ("dist_matrix" shown as "…" at 1280×720, issue 19.2).
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ownParameters.add(name, 0, row++);
            javafx.scene.Node editor = editor(p, values.get(p.name()));
            GridPane.setMargin(editor, new Insets(0, 0, 4, 0));
            ownParameters.add(editor, 0, row++);
        }
        if (row == 0) {
            ownParameters.add(new Label(messages.get("parameters.none")), 0, 0);
        }
    }

    private javafx.scene.Node editor(ParamSpec p, Object current) {
        String id = "param-" + p.name();
        switch (p.kind()) {
            case FLAG -> {
                CheckBox box = new CheckBox();
                box.setId(id);
                box.setSelected(Boolean.TRUE.equals(current));
                box.selectedProperty().addListener((obs, old, now) -> apply(p.name(), now));
                return box;
            }
            case CHOICE -> {
                ChoiceBox<String> choice = new ChoiceBox<>();
                choice.setId(id);
                choice.getItems().setAll(p.choices());
                choice.setValue((String) current);
                choice.valueProperty().addListener((obs, old, now) -> apply(p.name(), now));
                return choice;
            }
            case REAL -> {
                if (!p.isBounded()) {
                    TextField field = new TextField(format((Double) current));
                    field.setId(id);
                    field.setPrefColumnCount(7);
                    onCommit(field, v -> apply(p.name(), v), () -> format(viewModel.params(viewModel.selectedProperty()
                            .getValue().id()).real(p.name())));
                    return field;
                }
                NumberSlider slider = p.whole() ? NumberSlider.whole(p.min(), p.max(), (Double) current)
                        : NumberSlider.real(p.min(), p.max(), (Double) current);
                slider.setPrefWidth(140);
                slider.getStyleClass().add("narrow-slider");
                HBox.setHgrow(slider, Priority.ALWAYS);
                slider.setId(id + "-slider");
                ValueField typed = ValueField.of(slider, ParametersPane::format, messages);
                typed.setId(id);
                typed.setPrefColumnCount(7);
                slider.valueProperty().addListener((obs, old, now) -> {
                    double value = p.whole() ? Math.rint(now.doubleValue()) : now.doubleValue();
                    apply(p.name(), value);
                });
                return new HBox(6, slider, typed);
            }
            case CLASS_MATRIX -> {
                int classes = viewModel.classCountProperty().get();
                return new ClassMatrixEditor(new ClassMatrixViewModel(p, (double[][]) current, classes,
                        m -> apply(p.name(), m == null ? null : java.util.Arrays.asList(m))), p.name(), messages);
            }
            case CLASS_WEIGHTS -> {
                // Null (unweighted) goes to the core as null, a vector as the list Params binds.
                int classes = viewModel.classCountProperty().get();
                return new ClassWeightsEditor(new ClassWeightsViewModel((double[]) current, classes,
                        w -> apply(p.name(), w == null ? null : java.util.Arrays.stream(w).boxed().toList())),
                        p.name(), texts);
            }
            default -> {
                return new Label(messages.get("parameters.multiclassOnly", p.rangeText()));
            }
        }
    }

    private static void markAbsent(NumberSlider slider, boolean available) {
        if (available) {
            slider.getStyleClass().remove(ABSENT);
        } else if (!slider.getStyleClass().contains(ABSENT)) {
            slider.getStyleClass().add(ABSENT);
        }
    }

    private void apply(String name, Object value) {
        try {
            viewModel.set(name, value);
            error.setText("");
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }

    /** Parses the field on Enter or focus loss; bad text is reverted to the current value, and said why. */
    private void onCommit(TextField field, DoubleConsumer sink, java.util.function.Supplier<String> current) {
        Runnable commit = () -> {
            String typed = field.getText().trim();
            try {
                sink.accept(Double.parseDouble(typed));
            } catch (NumberFormatException e) {
                field.setText(current.get());
                error.setText(messages.get("valueField.notNumberUnbounded", typed));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
