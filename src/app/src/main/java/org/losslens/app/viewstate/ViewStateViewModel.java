package org.losslens.app.viewstate;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.losslens.app.charts.confidence.ConfidenceViewModel;
import org.losslens.app.charts.imbalance.ImbalanceViewModel;
import org.losslens.app.charts.parameter.ParameterSweepViewModel;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.comparison.SmallMultiplesViewModel;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.optimise.OptimiseViewModel;
import org.losslens.app.optimise.OptimizerKind;
import org.losslens.app.pin.PinViewModel;
import org.losslens.app.viewport.ViewportViewModel;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.sweep.ImbalanceSweep.ErrorModel;

/**
 * Captures the whole view as a {@link ViewState} and applies one back, across the view models that
 * own each part (the one place that knows them all, so scenarios and sessions share it). It also owns
 * which tab is on top: the tabs bind to {@link #tabProperty()}, so a lesson can choose the tab without
 * a view. Holds no nodes.
 */
public final class ViewStateViewModel {

    private final StringProperty tab = new SimpleStringProperty(ViewState.TABS.get(0));
    private final HeatmapViewModel heatmap;
    private final PinViewModel pin;
    private final LossSelection grid;
    private final SmallMultiplesViewModel gridView;
    private final ImbalanceViewModel imbalance;
    private final LossSelection imbalanceLosses;
    private final ConfidenceViewModel confidence;
    private final ParameterSweepViewModel parameter;
    private final OptimiseViewModel optimise;
    private final ViewportViewModel viewport;

    public ViewStateViewModel(HeatmapViewModel heatmap, PinViewModel pin, LossSelection grid,
                              SmallMultiplesViewModel gridView, ImbalanceViewModel imbalance,
                              LossSelection imbalanceLosses, ConfidenceViewModel confidence,
                              ParameterSweepViewModel parameter, OptimiseViewModel optimise,
                              ViewportViewModel viewport) {
        this.heatmap = heatmap;
        this.pin = pin;
        this.grid = grid;
        this.gridView = gridView;
        this.imbalance = imbalance;
        this.imbalanceLosses = imbalanceLosses;
        this.confidence = confidence;
        this.parameter = parameter;
        this.optimise = optimise;
        this.viewport = viewport;
    }

    /** The tab on top, by its name in {@link ViewState#TABS}. */
    public StringProperty tabProperty() {
        return tab;
    }

    /** Everything, as a session keeps it. */
    public ViewState capture() {
        return new ViewState(tab.get(), pin.compareProperty().get(),
                // an auto scale follows each gradient: only a locked one is part of the view
                new ViewState.Heatmap(heatmap.lockedProperty().get(),
                        heatmap.lockedProperty().get() ? heatmap.rangeProperty().get() : null),
                new ViewState.Grid(ids(grid), gridView.sharedScaleProperty().get()),
                new ViewState.Imbalance(imbalance.errorModelProperty().get().name(),
                        imbalance.confidenceProperty().get(), imbalance.relativeErrorProperty().get(),
                        imbalance.missedPixelsProperty().get(), imbalance.normalisedProperty().get(),
                        ids(imbalanceLosses)),
                new ViewState.Confidence(confidence.alphaAsInPaperProperty().get()),
                new ViewState.Parameter(parameter.parameterProperty().get()),
                new ViewState.Optimise(optimise.lossesProperty().get(), optimise.optimizerProperty().get().name(),
                        optimise.learningRateProperty().get(), optimise.smoothingProperty().get(),
                        optimise.maxStepsProperty().get(), optimise.speedProperty().get(), null),
                new ViewState.Zoom(viewport.zoom(), viewport.centreX(), viewport.centreY()));
    }

    private static List<String> ids(LossSelection selection) {
        return selection.chosen().stream().map(LossSpec::id).toList();
    }

    /** Sets every part {@code v} names; the rest stays as it is. Call after the drawing, parameters and loss are set. */
    public void apply(ViewState v) {
        if (v.heatmap() != null) {
            if (v.heatmap().locked() != null) {
                heatmap.lockedProperty().set(v.heatmap().locked());
            }
            if (v.heatmap().range() != null && heatmap.lockedProperty().get()) {
                heatmap.rangeProperty().set(v.heatmap().range());
            }
        }
        if (v.grid() != null) {
            if (v.grid().losses() != null) {
                grid.choose(v.grid().losses());
            }
            if (v.grid().sharedScale() != null) {
                gridView.sharedScaleProperty().set(v.grid().sharedScale());
            }
        }
        ViewState.Imbalance i = v.imbalance();
        if (i != null) {
            if (i.errorModel() != null) {
                imbalance.errorModelProperty().set(ErrorModel.valueOf(i.errorModel()));
            }
            setIf(i.confidence(), imbalance.confidenceProperty());
            setIf(i.relativeError(), imbalance.relativeErrorProperty());
            setIf(i.missedPixels(), imbalance.missedPixelsProperty());
            if (i.normalised() != null) {
                imbalance.normalisedProperty().set(i.normalised());
            }
            if (i.losses() != null) {
                imbalanceLosses.choose(i.losses());
            }
        }
        if (v.confidence() != null && v.confidence().alphaAsInPaper() != null) {
            confidence.alphaAsInPaperProperty().set(v.confidence().alphaAsInPaper());
        }
        // a parameter the selected loss lacks is left alone: the chart keeps its own choice
        if (v.parameter() != null && v.parameter().name() != null && parameter.choices().contains(v.parameter().name())) {
            parameter.parameterProperty().set(v.parameter().name());
        }
        applyOptimise(v.optimise());
        // after the drawing: its size decides the centre's clamp
        if (v.zoom() != null) {
            ViewState.Zoom z = v.zoom();
            viewport.set(or(z.factor(), viewport.zoom()), or(z.centreX(), viewport.centreX()),
                    or(z.centreY(), viewport.centreY()));
        }
        if (v.compare() != null) {
            pin.compareProperty().set(v.compare());
        }
        if (v.tab() != null) {
            tab.set(v.tab());
        }
    }

    private void applyOptimise(ViewState.Optimise o) {
        if (o == null) {
            return;
        }
        if (o.losses() != null) {
            optimise.lossesProperty().set(o.losses());
        }
        // the optimizer first: choosing one puts in its default learning rate, which a given rate then replaces
        if (o.optimizer() != null) {
            optimise.optimizerProperty().set(OptimizerKind.valueOf(o.optimizer()));
        }
        setIf(o.learningRate(), optimise.learningRateProperty());
        setIf(o.smoothing(), optimise.smoothingProperty());
        if (o.maxSteps() != null) {
            optimise.maxStepsProperty().set(o.maxSteps());
        }
        setIf(o.speed(), optimise.speedProperty());
        if (Boolean.TRUE.equals(o.play())) {
            optimise.reset();
            optimise.play();
        }
    }

    private static double or(Double value, double fallback) {
        return value != null ? value : fallback;
    }

    private static void setIf(Double value, javafx.beans.property.DoubleProperty property) {
        if (value != null) {
            property.set(value);
        }
    }
}
