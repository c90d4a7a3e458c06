package org.losslens.app.charts.imbalance;

import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.FlowPane;
import org.losslens.app.charts.ChartPane;
import org.losslens.app.charts.LabelledSlider;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.comparison.LossSelectionView;
import org.losslens.app.export.ExportActions;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;
import org.losslens.core.sweep.ImbalanceSweep.ErrorModel;

/** The imbalance tab: error model and its size, confidence, normalisation, the compared losses; two plots. */
public final class ImbalanceView {

    private ImbalanceView() {
    }

    public static ChartPane create(ImbalanceViewModel model, LossSelection selection, ExportActions export,
                                   Messages messages) {
        ChoiceBox<ErrorModel> errorModel = Localised.choice(messages, "imbalance.errorModel.", ErrorModel.values());
        errorModel.setId("imbalance-error-model");
        errorModel.valueProperty().bindBidirectional(model.errorModelProperty());
        errorModel.setTooltip(Localised.tooltip(messages, "imbalance.errorModel.help"));
        LabelledSlider relative = new LabelledSlider("imbalance-relative-error", messages, "imbalance.areaError",
                v -> String.format(Locale.ROOT, "%+.0f", v), -1, 1, false, model.relativeErrorProperty());
        relative.field().inUnits(100, " %");
        relative.visibleProperty().bind(model.errorModelProperty().isEqualTo(ErrorModel.RELATIVE_AREA_ERROR));
        relative.managedProperty().bind(relative.visibleProperty());
        LabelledSlider missed = new LabelledSlider("imbalance-missed", messages, "imbalance.missed",
                v -> String.valueOf(Math.round(v)), 0, 50, true, model.missedPixelsProperty());
        missed.visibleProperty().bind(model.errorModelProperty().isEqualTo(ErrorModel.MISSED_PIXELS));
        missed.managedProperty().bind(missed.visibleProperty());
        LabelledSlider confidence = new LabelledSlider("imbalance-confidence", messages, "imbalance.confidenceSlider",
                v -> String.format(Locale.ROOT, "%.3f", v), 0.51, 0.999, false, model.confidenceProperty());
        // The background haze on a log scale, 1e-6 … 0.3: the control that decides whether soft Dice's
        // Σp is swamped by the background (its help says how).
        LabelledSlider haze = new LabelledSlider("imbalance-haze", messages, "imbalance.hazeSlider",
                v -> String.format(Locale.ROOT, "%.0e", v), ImbalanceViewModel.DEFAULT_HAZE_EXPONENT,
                ImbalanceViewModel.LARGEST_HAZE_EXPONENT, false, model.hazeExponentProperty());
        haze.field().onLogScale();
        CheckBox normalised = new CheckBox();
        normalised.textProperty().bind(messages.text("imbalance.normalise"));
        normalised.setId("imbalance-normalise");
        normalised.selectedProperty().bindBidirectional(model.normalisedProperty());
        normalised.setTooltip(Localised.tooltip(messages, "imbalance.normalise.help"));
        FlowPane controls = new FlowPane(10, 4, errorModel, relative, missed, confidence, haze, normalised,
                new LossSelectionView("imbalance-losses", selection, messages));
        controls.setAlignment(Pos.CENTER_LEFT);
        return new ChartPane("imbalance", controls, model.plots(), Set.of(), export, messages);
    }
}
