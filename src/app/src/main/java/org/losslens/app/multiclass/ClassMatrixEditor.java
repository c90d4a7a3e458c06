package org.losslens.app.multiclass;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Messages;
import javafx.css.PseudoClass;
import org.losslens.app.theme.Palette;

/**
 * A grid of fields for a {@link ClassMatrixViewModel}, headed by the label colours. A cell that makes
 * the matrix invalid turns red and the reason is shown; the loss keeps the last valid matrix.
 */
public final class ClassMatrixEditor extends VBox {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ClassMatrixViewModel viewModel;
    private final TextField[][] cells;

    public ClassMatrixEditor(ClassMatrixViewModel viewModel, String parameterName, Messages messages) {
        super(4);
        this.viewModel = viewModel;
        setId("matrix-" + parameterName);
        int c = viewModel.classes();
        cells = new TextField[c][c];
        GridPane grid = new GridPane();
        grid.setHgap(2);
        grid.setVgap(2);
        for (int k = 0; k < c; k++) {
            grid.add(swatch(k), k + 1, 0);
            grid.add(swatch(k), 0, k + 1);
        }
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                TextField cell = new TextField();
                cell.setId("matrix-" + parameterName + "-" + i + "-" + j);
                cell.setPrefColumnCount(3);
                int row = i;
                int column = j;
                Runnable commit = () -> commit(cell, row, column);
                cell.setOnAction(e -> commit.run());
                cell.focusedProperty().addListener((obs, was, now) -> {
                    if (!now) {
                        commit.run();
                    }
                });
                cells[i][j] = cell;
                grid.add(cell, j + 1, i + 1);
            }
        }
        CheckBox symmetric = new CheckBox();
        symmetric.textProperty().bind(messages.text("matrix.keepSymmetric"));
        symmetric.selectedProperty().bindBidirectional(viewModel.keepSymmetricProperty());
        Button reset = new Button();
        reset.textProperty().bind(messages.text("matrix.reset"));
        reset.setOnAction(e -> viewModel.reset());
        Label rule = new Label();
        rule.textProperty().bind(messages.text(viewModel.rule() == ClassMatrixViewModel.Rule.FORBIDDEN_PAIRS
                ? "matrix.rule.forbidden" : "matrix.rule.distance"));
        rule.setWrapText(true);
        rule.getStyleClass().add("hint");
        Label problem = new Label();
        problem.setId("matrix-" + parameterName + "-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(viewModel.problemProperty());
        symmetric.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        // side by side when there is room, one under the other in a narrow column, never cut
        FlowPane buttons = new FlowPane(8, 4, symmetric, reset);
        getChildren().addAll(rule, grid, buttons, problem);
        viewModel.revisionProperty().addListener(o -> refresh());
        refresh();
    }

    private void commit(TextField cell, int row, int column) {
        double value;
        try {
            value = Double.parseDouble(cell.getText().trim());
        } catch (NumberFormatException e) {
            refresh();
            return;
        }
        if (value != viewModel.get(row, column)) {
            boolean valid = viewModel.set(row, column, value);
            cell.pseudoClassStateChanged(INVALID, !valid);
        }
    }

    private void refresh() {
        boolean valid = viewModel.problemProperty().get().isEmpty();
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells.length; j++) {
                cells[i][j].setText(format(viewModel.get(i, j)));
                if (valid) {
                    cells[i][j].pseudoClassStateChanged(INVALID, false);
                }
            }
        }
    }

    /** A label's number on its palette colour: the row/column heads here and in {@link ClassWeightsEditor}. */
    static Label swatch(int label) {
        Label l = new Label(String.valueOf(label));
        l.setMinWidth(22);
        l.getStyleClass().addAll("label-head", Palette.labelStyleClass(label));
        return l;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
