package org.losslens.app.charts.imbalance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.losslens.app.Workbench;
import org.losslens.app.charts.LogLogSlope;
import org.losslens.app.charts.Plot;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/** Issue 18: the imbalance chart's default shows the articles' claim, and each curve's log–log slope. */
class ImbalanceDefaultTest {

    private final List<LossSpec> specs = LossCatalogue.forMode(Mode.BINARY);
    private final ParametersViewModel parameters = new ParametersViewModel(specs,
            new SimpleObjectProperty<>(LossCatalogue.require("dice", Mode.BINARY)));
    private final SimpleObjectProperty<Masks> masks = new SimpleObjectProperty<>(Workbench.defaultMasks(64));

    private static Plot full(ImbalanceViewModel model) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((model.plots().gradientsProperty().get() == null
                || model.plots().gradientsProperty().get().x().length != ImbalanceViewModel.FULL_POINTS)
                && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        return model.plots().valuesProperty().get();
    }

    @Test
    void byDefaultCrossEntropyIsSwampedAndDiceIsNotAndTheSlopesSaySo() throws Exception {
        try (ImbalanceViewModel model = new ImbalanceViewModel(new LossSelection(specs, List.of("bce", "dice")),
                parameters, masks, Runnable::run, new Messages(Messages.ENGLISH))) {
            model.plots().refresh().visibleProperty().set(true);
            Plot values = full(model);
            Plot gradients = model.plots().gradientsProperty().get();
            double bceSlope = LogLogSlope.of(values.x(), values.line("bce").y());
            double diceSlope = LogLogSlope.of(values.x(), values.line("dice").y());
            double diceForeground = LogLogSlope.of(gradients.x(), gradients.line("dice · foreground").y());
            // BCE's mean scales with the object's area (≈ +1; the rounding of a −30 % error on objects of a
            // few pixels bends it); Dice's value does not; Dice's push per object pixel grows as 1/area
            assertEquals(1.0, bceSlope, 0.2);
            assertEquals(0.0, diceSlope, 0.1);
            assertEquals(-1.0, diceForeground, 0.1);
            assertTrue(values.note().contains(String.format(java.util.Locale.ROOT, "bce %+.2f", bceSlope)), values.note());
            assertTrue(gradients.note().contains(String.format(java.util.Locale.ROOT, "dice %+.2f", diceForeground)),
                    gradients.note());
            assertTrue(values.note().contains("background haze 1e-06"), values.note());

            // the old coupling (outside p = 1 − confidence = 0.1): soft Dice's Σp is swamped instead
            model.hazeExponentProperty().set(-1);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (full(model) == values && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            double[] hazyDice = model.plots().valuesProperty().get().line("dice").y();
            assertTrue(hazyDice[0] > 0.95 && hazyDice[0] > hazyDice[hazyDice.length - 1] + 0.5,
                    hazyDice[0] + " vs " + hazyDice[hazyDice.length - 1]);
        }
    }
}
