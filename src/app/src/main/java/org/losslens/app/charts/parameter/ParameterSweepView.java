package org.losslens.app.charts.parameter;

import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.losslens.app.charts.ChartPane;
import org.losslens.app.export.ExportActions;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/** The parameter-sweep tab: which parameter of the selected loss to sweep; two plots. */
public final class ParameterSweepView {

    private ParameterSweepView() {
    }

    public static ChartPane create(ParameterSweepViewModel model, ExportActions export, Messages messages) {
        ChoiceBox<String> parameter = new ChoiceBox<>(model.choices());
        parameter.setId("parameter-choice");
        parameter.valueProperty().bindBidirectional(model.parameterProperty());
        Label hint = Localised.label(messages, "parameter.hint");
        hint.getStyleClass().add("hint");
        HBox controls = new HBox(8, Localised.label(messages, "parameter.sweep"), parameter, hint);
        controls.setAlignment(Pos.CENTER_LEFT);
        return new ChartPane("parameter", controls, model.plots(), Set.of(), export, messages);
    }
}
