package org.losslens.app.charts.generator;

import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.FlowPane;
import org.losslens.app.charts.ChartPane;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.comparison.LossSelectionView;
import org.losslens.app.export.ExportActions;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;
import org.losslens.core.sweep.GeneratorSweep.Knob;

/** The generator-sweep tab: which generator setting goes on the x axis, the clean background, the losses. */
public final class GeneratorSweepView {

    private GeneratorSweepView() {
    }

    public static ChartPane create(GeneratorSweepViewModel model, LossSelection selection, ExportActions export,
                                   Messages messages) {
        ChoiceBox<Knob> knob = Localised.choice(messages, "generatorSweep.knob.", Knob.values());
        knob.setId("generator-sweep-knob");
        knob.valueProperty().bindBidirectional(model.knobProperty());
        knob.setTooltip(Localised.tooltip(messages, "generatorSweep.knob.help"));
        CheckBox clean = new CheckBox();
        clean.setId("generator-sweep-clean");
        clean.textProperty().bind(messages.text("generatorSweep.clean"));
        clean.setTooltip(Localised.tooltip(messages, "generatorSweep.clean.help"));
        clean.selectedProperty().bindBidirectional(model.cleanBackgroundProperty());
        FlowPane controls = new FlowPane(10, 4, Localised.label(messages, "generatorSweep.knob"), knob, clean,
                new LossSelectionView("generator-sweep-losses", selection, messages));
        controls.setAlignment(Pos.CENTER_LEFT);
        return new ChartPane("generator-sweep", controls, model.plots(), Set.of(), export, messages);
    }
}
