package org.losslens.app.charts.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.losslens.app.charts.Plot;
import org.losslens.app.i18n.Messages;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

class ConfidenceClippingTest {

    @Test
    void anOffScaleCurveFarBeyondTheOthersIsCutToTheirRangeAndRenamed() {
        Plot.Line a = new Plot.Line("a", "a", false, false, new double[] {0, 1, 2});
        Plot.Line b = new Plot.Line("b", "b", false, false, new double[] {2, 1, 0});
        Plot.Line wild = new Plot.Line("wild", "wild", false, true, new double[] {1, -3, -40});
        Plot.Line mild = new Plot.Line("mild", "mild", false, false, new double[] {1, -1.5, 3.5});
        List<Plot.Line> out = ConfidenceViewModel.clipOutliers(List.of(a, b, wild, mild), Set.of("wild", "mild"),
                n -> n + " (clipped)");
        assertEquals(a, out.get(0));
        assertEquals(b, out.get(1));
        Plot.Line cut = out.get(2);
        assertEquals("wild (clipped)", cut.name());
        assertEquals("wild", cut.colourKey(), "the legend entry and hidden state stay");
        assertTrue(cut.emphasised());
        // the others span [0, 2]: kept within a quarter of that beyond it, [−0.5, 2.5]
        assertEquals(1, cut.y()[0]);
        assertTrue(Double.isNaN(cut.y()[1]) && Double.isNaN(cut.y()[2]));
        // within the others' range widened by their whole span: left alone
        assertEquals(mild, out.get(3));
        // a curve not off scale is never cut
        assertEquals(wild, ConfidenceViewModel.clipOutliers(List.of(a, b, wild), Set.of(), n -> n + "!").get(2));
    }

    @Test
    void conservativeNoLongerSetsTheConfidenceChartsScale() throws Exception {
        List<LossSpec> specs = LossCatalogue.forMode(Mode.BINARY);
        ParametersViewModel parameters = new ParametersViewModel(specs,
                new SimpleObjectProperty<>(LossCatalogue.require("focal", Mode.BINARY)));
        try (ConfidenceViewModel model = new ConfidenceViewModel(parameters, Runnable::run, new Messages(Messages.ENGLISH))) {
            model.plots().refresh().visibleProperty().set(true);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((model.plots().valuesProperty().get() == null
                    || model.plots().valuesProperty().get().x().length != ConfidenceViewModel.FULL_POINTS)
                    && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            Plot values = model.plots().valuesProperty().get();
            Plot.Line conservative = values.line("conservative (clipped)");
            assertTrue(values.note().contains("wce, conservative: clipped"), values.note());
            double lowestOther = values.lines().stream().filter(l -> l != conservative)
                    .flatMapToDouble(l -> java.util.Arrays.stream(l.y())).filter(Double::isFinite).min().orElseThrow();
            double lowestConservative = java.util.Arrays.stream(conservative.y()).filter(Double::isFinite).min()
                    .orElseThrow();
            // bce, focal and the others span about [0, 6.3]: conservative (−12.8 at p_t = 0.995) is cut at −1.6
            assertTrue(lowestConservative >= lowestOther - 2, lowestConservative + " vs " + lowestOther);
            assertEquals("conservative", conservative.colourKey());
            // the untouched curves keep their names and every sample
            assertTrue(java.util.Arrays.stream(values.line("bce").y()).allMatch(Double::isFinite));
        }
    }
}
