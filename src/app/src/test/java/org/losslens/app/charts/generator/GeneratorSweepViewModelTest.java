package org.losslens.app.charts.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.Await;
import org.losslens.app.Workbench;
import org.losslens.app.charts.Plot;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.sweep.GeneratorSweep;
import org.losslens.core.sweep.NamedLoss;
import org.losslens.core.sweep.SweepProgress;
import org.losslens.core.synthesis.PredictionRecipe;

class GeneratorSweepViewModelTest {

    private final List<LossSpec> specs = LossCatalogue.forMode(Mode.BINARY);
    private final ParametersViewModel parameters = new ParametersViewModel(specs,
            new SimpleObjectProperty<>(LossCatalogue.require("dice", Mode.BINARY)));
    private final SimpleObjectProperty<Masks> masks = new SimpleObjectProperty<>(Workbench.defaultMasks(48));
    private final SimpleObjectProperty<PredictionRecipe> recipe = new SimpleObjectProperty<>(
            PredictionRecipe.defaults().withShift(3, 0));

    @Test
    void theChartCarriesTheCoresSweepOfTheChosenKnob() throws Exception {
        LossSelection losses = new LossSelection(specs, List.of("dice", "boundary"));
        try (GeneratorSweepViewModel model = new GeneratorSweepViewModel(losses, parameters, masks, recipe,
                Runnable::run, new Messages(Messages.ENGLISH))) {
            model.plots().refresh().visibleProperty().set(true);
            Await.until(() -> model.plots().valuesProperty().get() != null
                    && model.plots().valuesProperty().get().x().length == 11);
            Plot values = model.plots().valuesProperty().get();
            assertEquals(3, values.cursorX(), "the generator's shift is the cursor");
            assertEquals("shift dx (px)", values.xLabel());
            List<NamedLoss> named = losses.chosen().stream().map(s -> NamedLoss.of(s, parameters.params(s))).toList();
            Masks m = masks.get();
            GeneratorSweep.Result core = GeneratorSweep.run(m.height(), m.width(), m.groundTruthCopy(), model.base(),
                    GeneratorSweep.Knob.SHIFT, GeneratorSweepViewModel.values(GeneratorSweep.Knob.SHIFT,
                            GeneratorSweepViewModel.FULL_POINTS), named, SweepProgress.NONE);
            assertArrayEquals(core.values().series("dice").y(), values.line("dice").y(), 0.0);
            assertArrayEquals(core.values().series("boundary").y(), values.line("boundary").y(), 0.0);
            // the clean background: 1e-6 outside, not the generator's 0.1
            assertEquals(1e-6, model.base().confidenceOutside());

            model.knobProperty().set(GeneratorSweep.Knob.RADIUS);
            Await.until(() -> model.plots().valuesProperty().get() != null
                    && model.plots().valuesProperty().get().x().length == GeneratorSweepViewModel.FULL_POINTS);
            Plot radius = model.plots().valuesProperty().get();
            assertEquals("object radius (px)", radius.xLabel());
            double[] dice = radius.line("dice").y();
            // a 3-pixel shift: the tiny disc is missed entirely, the large one mostly kept
            assertTrue(dice[0] > 0.9 && dice[dice.length - 1] < 0.3, dice[0] + " vs " + dice[dice.length - 1]);
        }
    }
}
