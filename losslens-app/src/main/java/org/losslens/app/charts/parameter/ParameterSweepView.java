package org.losslens.app.charts.parameter;

import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.losslens.app.charts.ChartPane;
import org.losslens.app.export.ExportActions;

/** The parameter-sweep tab: which parameter of the selected loss to sweep; two plots. */
public final class ParameterSweepView {

    private ParameterSweepView() {
    }

    public static ChartPane create(ParameterSweepViewModel model, ExportActions export) {
        ChoiceBox<String> parameter = new ChoiceBox<>(model.choices());
        parameter.setId("parameter-choice");
        parameter.valueProperty().bindBidirectional(model.parameterProperty());
        Label hint = new Label("of the loss selected in the table, on your drawing; dashed line = current value");
        hint.setStyle("-fx-font-size: 11px;");
        HBox controls = new HBox(8, new Label("Sweep"), parameter, hint);
        controls.setAlignment(Pos.CENTER_LEFT);
        return new ChartPane("parameter", controls, model.plots(), Set.of(), export);
    }
}
