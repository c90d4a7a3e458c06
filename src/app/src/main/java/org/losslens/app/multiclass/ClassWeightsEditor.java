package org.losslens.app.multiclass;

import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.LossTexts;

/**
 * One field per label for a {@link ClassWeightsViewModel}, each beside its label's colour, a
 * "uniform (none)" button, what is applied now, and — in red, naming the label — why an edit is not
 * applied. Styled as {@link ClassMatrixEditor}.
 */
public final class ClassWeightsEditor extends VBox {


    private final ClassWeightsViewModel viewModel;
    private final TextField[] fields;

    public ClassWeightsEditor(ClassWeightsViewModel viewModel, String parameterName, LossTexts texts) {
        super(4);
        this.viewModel = viewModel;
        String id = "weights-" + parameterName;
        setId(id);
        Label rule = new Label();
        rule.textProperty().bind(texts.binding(() -> texts.ui("ui.classWeights.rule")));
        rule.setWrapText(true);
        rule.getStyleClass().add("hint");
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(2);
        fields = new TextField[viewModel.classes()];
        for (int k = 0; k < fields.length; k++) {
            TextField field = new TextField();
            field.setId(id + "-" + k);
            field.setPrefColumnCount(5);
            int label = k;
            Tooltip help = new Tooltip();
            help.textProperty().bind(texts.binding(() -> texts.ui("ui.classWeights.field.help", label)));
            field.setTooltip(help);
            Runnable commit = () -> commit(field, label);
            field.setOnAction(e -> commit.run());
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commit.run();
                }
            });
            fields[k] = field;
            grid.add(ClassMatrixEditor.swatch(k), 0, k);
            grid.add(field, 1, k);
        }
        Button uniform = new Button();
        uniform.setId(id + "-uniform");
        uniform.textProperty().bind(texts.binding(() -> texts.ui("ui.classWeights.uniform")));
        Tooltip uniformHelp = new Tooltip();
        uniformHelp.textProperty().bind(texts.binding(() -> texts.ui("ui.classWeights.uniform.help")));
        uniform.setTooltip(uniformHelp);
        uniform.setOnAction(e -> viewModel.reset());
        Label state = new Label();
        state.setId(id + "-state");
        state.setWrapText(true);
        state.getStyleClass().add("hint");
        state.textProperty().bind(texts.binding(() -> {
            double[] w = viewModel.appliedProperty().get();
            return w == null ? texts.ui("ui.classWeights.state.none")
                    : texts.ui("ui.classWeights.state.weighted", Arrays.stream(w)
                            .mapToObj(ClassWeightsViewModel::format).collect(Collectors.joining(", ")));
        }, viewModel.appliedProperty()));
        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(texts.binding(() -> describe(viewModel.problemProperty().get(), texts),
                viewModel.problemProperty()));
        grid.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(rule, grid, uniform, state, problem);
        viewModel.revisionProperty().addListener(o -> refresh());
        refresh();
    }

    private static String describe(ClassWeightsViewModel.Problem p, LossTexts texts) {
        if (p == null) {
            return "";
        }
        return switch (p.kind()) {
            case NOT_A_NUMBER -> texts.ui("ui.classWeights.problem.notNumber", p.label(), p.text());
            case NOT_FINITE -> texts.ui("ui.classWeights.problem.notFinite", p.label());
            case NEGATIVE -> texts.ui("ui.classWeights.problem.negative", p.label(), p.text());
            case ALL_ZERO -> texts.ui("ui.classWeights.problem.allZero");
        };
    }

    private void commit(TextField field, int label) {
        String text = field.getText().trim();
        if (text.equals(ClassWeightsViewModel.format(viewModel.get(label)))) {
            // Focus leaving an untouched field is no edit (and must not turn "uniform" into explicit ones).
            return;
        }
        boolean valid = viewModel.set(label, text);
        field.pseudoClassStateChanged(ClassMatrixEditor.INVALID, !valid);
    }

    private void refresh() {
        boolean valid = viewModel.problemProperty().get() == null;
        for (int k = 0; k < fields.length; k++) {
            // A field holding text that is not a number keeps it (and its red), so the user sees what was wrong.
            boolean unparsable = viewModel.problemProperty().get() != null
                    && viewModel.problemProperty().get().kind() == ClassWeightsViewModel.Problem.Kind.NOT_A_NUMBER
                    && viewModel.problemProperty().get().label() == k;
            if (!unparsable) {
                fields[k].setText(ClassWeightsViewModel.format(viewModel.get(k)));
            }
            if (valid) {
                fields[k].pseudoClassStateChanged(ClassMatrixEditor.INVALID, false);
            }
        }
    }
}
