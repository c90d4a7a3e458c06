package org.losslens.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.Await;
import org.losslens.app.i18n.Messages;
import org.losslens.app.Workbench;
import org.losslens.app.charts.confidence.ConfidenceViewModel;
import org.losslens.app.charts.imbalance.ImbalanceViewModel;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.EvaluationRequest;
import org.losslens.app.compute.LossEvaluator;
import org.losslens.app.compute.RefreshWhenShown;
import org.losslens.app.masks.Masks;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.sweep.ImbalanceSweep;

/** The chart view models without the FX toolkit: results are published on the sweep thread. */
class ChartModelsTest {

    private final List<LossSpec> specs = LossCatalogue.forMode(Mode.BINARY);
    private final SimpleObjectProperty<LossSpec> selected = new SimpleObjectProperty<>(
            LossCatalogue.require("focal", Mode.BINARY));
    private final ParametersViewModel parameters = new ParametersViewModel(specs, selected);
    private final SimpleObjectProperty<Masks> masks = new SimpleObjectProperty<>(Workbench.defaultMasks(64));

    @Test
    void imbalanceSweepsOnlyWhenVisibleAndNormalisesOnDemand() throws Exception {
        LossSelection losses = new LossSelection(specs, List.of("bce", "dice"));
        try (ImbalanceViewModel model = new ImbalanceViewModel(losses, parameters, masks, Runnable::run,
                new Messages(Messages.ENGLISH))) {
            model.confidenceProperty().set(0.95);
            Thread.sleep(50);
            assertEquals(null, model.plots().valuesProperty().get(), "nothing is computed for a hidden tab");
            model.plots().refresh().visibleProperty().set(true);
            Await.until(() -> model.plots().valuesProperty().get() != null && model.plots().valuesProperty().get().x().length == 49);
            Plot values = model.plots().valuesProperty().get();
            assertEquals(List.of("bce", "dice"), values.lines().stream().map(Plot.Line::name).toList());
            assertEquals(4, model.plots().gradientsProperty().get().lines().size());
            assertEquals(1.0 / (64 * 64), values.x()[0], 1e-15);

            model.normalisedProperty().set(true);
            for (double y : model.plots().valuesProperty().get().line("dice").y()) {
                assertTrue(y >= 0 && y <= 1, "normalised " + y);
            }

            Masks drawing = masks.get();
            Evaluation e = new LossEvaluator().evaluate(new EvaluationRequest(drawing, specs, parameters.snapshot(),
                    Set.of("bce", "dice"), 0));
            model.showCurrent(e);
            Plot.Marker dice = model.plots().valuesProperty().get().markers().stream()
                    .filter(m -> m.colourKey().equals("dice")).findFirst().orElseThrow();
            assertEquals(ImbalanceSweep.foregroundFraction(drawing.target()), dice.x(), 0.0);
            double raw = e.outcome("dice").orElseThrow().value();
            // normalised: the marker sits on the normalised scale of its curve
            assertTrue(Math.abs(dice.y() - raw) > 1e-9 || raw == 0);
            assertTrue(dice.label().contains(String.format(java.util.Locale.ROOT, "%.6g", raw)), dice.label());
            assertEquals(2, model.plots().gradientsProperty().get().markers().size());
        }
    }

    @Test
    void confidenceCurvesFollowTheCurrentGamma() throws Exception {
        try (ConfidenceViewModel model = new ConfidenceViewModel(parameters, Runnable::run, new Messages(Messages.ENGLISH))) {
            parameters.role(org.losslens.core.loss.param.ParamRole.GAMMA).valueProperty().set(3);
            assertEquals(3.0, parameters.params("focal").real("gamma"));
            model.plots().refresh().visibleProperty().set(true);
            Await.until(() -> model.plots().valuesProperty().get() != null && model.plots().valuesProperty().get().x().length == 199);
            Plot values = model.plots().valuesProperty().get();
            assertTrue(values.line("focal γ=3").emphasised());
            assertTrue(!values.line("focal γ=2").emphasised());
            values.line("bce");
            values.line("focal γ=0");
        }
    }

    @Test
    void chartRefreshRecomputesOnceWhenShownAgain() {
        int[] runs = {0};
        RefreshWhenShown refresh = new RefreshWhenShown(() -> runs[0]++);
        refresh.invalidate();
        refresh.invalidate();
        assertEquals(0, runs[0]);
        refresh.visibleProperty().set(true);
        assertEquals(1, runs[0]);
        refresh.invalidate();
        assertEquals(2, runs[0]);
        refresh.visibleProperty().set(false);
        refresh.visibleProperty().set(true);
        assertEquals(2, runs[0], "nothing changed while hidden");
    }

    @Test
    void logAxesLabelDecades() {
        assertEquals("0.001", AxisScale.LOG.tickLabel(-3));
        assertEquals("1e-5", AxisScale.LOG.tickLabel(-5));
        assertEquals("100", AxisScale.LOG.tickLabel(2));
        assertEquals("0.01 %", AxisScale.LOG_PERCENT.tickLabel(-4));
        assertEquals("10 %", AxisScale.LOG_PERCENT.tickLabel(-1));
        assertTrue(Double.isNaN(AxisScale.LOG.toAxis(0)));
        assertEquals(-2, AxisScale.LOG.toAxis(0.01), 1e-15);
        assertEquals("2.5e-05", AxisScale.LINEAR.tickLabel(2.5e-5));
        assertEquals("0.5", AxisScale.LINEAR.tickLabel(0.5));
        assertEquals("-10", AxisScale.LINEAR.tickLabel(-10));
    }
}
