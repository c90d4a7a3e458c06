package org.losslens.app.charts.imbalance;

import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.losslens.app.charts.ChartPane;
import org.losslens.app.charts.LabelledSlider;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.comparison.LossSelectionView;
import org.losslens.app.export.ExportActions;
import org.losslens.core.sweep.ImbalanceSweep.ErrorModel;

/** The imbalance tab: error model and its size, confidence, normalisation, the compared losses; two plots. */
public final class ImbalanceView {

    private ImbalanceView() {
    }

    public static ChartPane create(ImbalanceViewModel model, LossSelection selection, ExportActions export) {
        ChoiceBox<ErrorModel> errorModel = new ChoiceBox<>();
        errorModel.setId("imbalance-error-model");
        errorModel.getItems().setAll(ErrorModel.values());
        errorModel.valueProperty().bindBidirectional(model.errorModelProperty());
        errorModel.setConverter(new StringConverter<>() {
            @Override
            public String toString(ErrorModel m) {
                return m == null ? "" : switch (m) {
                    case FIXED_CONFIDENCE -> "no error, fixed confidence";
                    case RELATIVE_AREA_ERROR -> "area off by a fraction of the object";
                    case MISSED_PIXELS -> "a fixed number of pixels missed";
                };
            }

            @Override
            public ErrorModel fromString(String s) {
                return null;
            }
        });
        errorModel.setTooltip(new Tooltip("How the synthetic prediction errs at every object size: the GT is a disc "
                + "of the given area at the centre of a canvas-sized image"));
        LabelledSlider relative = new LabelledSlider("imbalance-relative-error", "area error", v -> String.format(Locale.ROOT, "%+.0f %%", 100 * v), -1, 1,
                model.relativeErrorProperty(), "−0.3: the predicted object is 30 % smaller than the GT; +0.3: larger");
        relative.visibleProperty().bind(model.errorModelProperty().isEqualTo(ErrorModel.RELATIVE_AREA_ERROR));
        relative.managedProperty().bind(relative.visibleProperty());
        LabelledSlider missed = new LabelledSlider("imbalance-missed", "missed px", v -> String.valueOf(Math.round(v)), 0, 50,
                model.missedPixelsProperty(), "How many of the object's outermost pixels the prediction misses, "
                + "whatever the object's size");
        missed.slider().setSnapToTicks(true);
        missed.slider().setMajorTickUnit(1);
        missed.slider().setMinorTickCount(0);
        missed.visibleProperty().bind(model.errorModelProperty().isEqualTo(ErrorModel.MISSED_PIXELS));
        missed.managedProperty().bind(missed.visibleProperty());
        LabelledSlider confidence = new LabelledSlider("imbalance-confidence", "confidence", v -> String.format(Locale.ROOT, "%.3f", v), 0.51, 0.999,
                model.confidenceProperty(), "p inside the predicted object; 1 − p outside it");
        CheckBox normalised = new CheckBox("normalise");
        normalised.setId("imbalance-normalise");
        normalised.selectedProperty().bindBidirectional(model.normalisedProperty());
        normalised.setTooltip(new Tooltip("Scale each loss to [0, 1] over the sweep, to compare shapes"));
        FlowPane controls = new FlowPane(10, 4, errorModel, relative, missed, confidence, normalised,
                new LossSelectionView("imbalance-losses", selection));
        controls.setAlignment(Pos.CENTER_LEFT);
        return new ChartPane("imbalance", controls, model.plots(), Set.of(), export);
    }
}
