package org.losslens.app.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.Await;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.EvaluationRequest;
import org.losslens.app.compute.LossEvaluator;
import org.losslens.app.heatmap.GradientChannel;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.multiclass.MulticlassExample;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/** The heatmap grid in multiclass mode: the mode's losses, the heatmap's channel, never another mode's gradient. */
class MulticlassGridTest {

    /** The core's gradient of {@code spec} for the workbench's drawing and parameters. */
    private static double[] coreGradient(Workbench w, LossSpec spec) {
        Masks m = w.document().current();
        LossInput input = LossInput.of(m.logits(), m.target());
        double[] gradient = new double[input.shape().size()];
        spec.create(w.parameters().params(spec)).accumulate(input, 1.0, gradient);
        return gradient;
    }

    private static void awaitFilledGrid(Workbench w) {
        Await.until(() -> w.smallMultiples().masksProperty().get() == w.document().current()
                && w.smallMultiples().panelsProperty().get().stream().allMatch(p -> p.gradient() != null));
    }

    @Test
    void theGridComparesTheModesLossesAndEachModeKeepsItsChoice() {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            w.comparison().choose(List.of("bce", "dice"));
            w.switchMode(Mode.MULTICLASS, 3);
            List<LossSpec> expected = LossSelection.onePerFamily(
                    LossCatalogue.forMode(Mode.MULTICLASS).stream().filter(LossSpec::implemented).toList());
            assertEquals(expected, w.comparison().chosen());
            assertTrue(w.comparison().candidates().stream().allMatch(s -> s.mode() == Mode.MULTICLASS));
            w.requestEvaluation();
            awaitFilledGrid(w);
            List<SmallMultiplesViewModel.Panel> panels = w.smallMultiples().panelsProperty().get();
            assertEquals(expected, panels.stream().map(SmallMultiplesViewModel.Panel::spec).toList());
            for (SmallMultiplesViewModel.Panel panel : panels) {
                assertArrayEquals(coreGradient(w, panel.spec()), panel.gradient().toArray(), 0.0, panel.spec().label());
            }
            // the requested gradients name multiclass losses only (the imbalance chart's "bce" is binary)
            w.requestEvaluation();
            Await.until(() -> w.latestProperty().get() != null && w.latestProperty().get().request().masks().isMulticlass());
            for (String id : w.latestProperty().get().request().gradientsFor()) {
                assertTrue(LossCatalogue.forMode(Mode.MULTICLASS).stream().anyMatch(s -> s.id().equals(id)), id);
            }

            w.switchMode(Mode.BINARY, 2);
            assertEquals(List.of("bce", "dice"), List.copyOf(w.comparison().ids()));
            w.requestEvaluation();
            awaitFilledGrid(w);
            for (SmallMultiplesViewModel.Panel panel : w.smallMultiples().panelsProperty().get()) {
                assertEquals(Mode.BINARY, panel.spec().mode());
                assertArrayEquals(coreGradient(w, panel.spec()), panel.gradient().toArray(), 0.0, panel.spec().label());
            }
        }
    }

    @Test
    void panelsShowTheHeatmapsChannelWithItsScale() {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run)) {
            w.switchMode(Mode.MULTICLASS, 3);
            w.requestEvaluation();
            awaitFilledGrid(w);
            SmallMultiplesViewModel grid = w.smallMultiples();
            Masks m = grid.masksProperty().get();
            int n = m.pixels();
            // default: the summed magnitude, as on the large heatmap
            for (SmallMultiplesViewModel.Panel panel : grid.panelsProperty().get()) {
                assertTrue(panel.magnitude());
                double[] g = panel.gradient().toArray();
                for (int i = 0; i < n; i += 37) {
                    assertEquals(Math.abs(g[i]) + Math.abs(g[n + i]) + Math.abs(g[2 * n + i]), panel.value(i), 1e-15);
                }
            }
            assertEquals(w.messages().get("heatmap.legend.magnitude"), grid.legendProperty().get());

            w.heatmap().channelProperty().set(2);
            double largest = 0;
            for (SmallMultiplesViewModel.Panel panel : grid.panelsProperty().get()) {
                assertFalse(panel.magnitude());
                for (int i = 0; i < n; i++) {
                    assertEquals(panel.gradient().get(2 * n + i), panel.value(i), 0.0);
                    largest = Math.max(largest, Math.abs(panel.value(i)));
                }
            }
            for (SmallMultiplesViewModel.Panel panel : grid.panelsProperty().get()) {
                assertEquals(largest, panel.range(), 0.0, "shared scale");
            }
            grid.sharedScaleProperty().set(false);
            for (SmallMultiplesViewModel.Panel panel : grid.panelsProperty().get()) {
                assertEquals(GradientChannel.maxAbs(panel.values()), panel.range(), 0.0, "own scale");
            }
            assertEquals(w.messages().get("heatmap.legend.class"), grid.legendProperty().get());

            grid.hover(16, 10);
            int i = m.index(16, 10);
            String readout = grid.readoutProperty().get();
            assertTrue(readout.contains("∂L/∂logit_2:"), readout);
            for (SmallMultiplesViewModel.Panel panel : grid.panelsProperty().get()) {
                assertTrue(readout.contains(panel.spec().id() + String.format(Locale.ROOT, " %+.3e", panel.value(i))),
                        readout);
            }
            String header = grid.table().format().lines().findFirst().orElseThrow();
            assertTrue(header.contains("dL/dlogit_2 " + grid.panelsProperty().get().get(0).spec().id()), header);
        }
    }

    @Test
    void aPanelIsNeverFilledFromAnEvaluationOfTheOtherMode() {
        Messages messages = new Messages(Messages.ENGLISH);
        LossSelection selection = LossSelection.perMode(Mode.BINARY);
        selection.choose(List.of("dice"));
        SmallMultiplesViewModel model = new SmallMultiplesViewModel(selection, messages);
        Masks binary = Workbench.defaultMasks(32);
        Masks multiclass = MulticlassExample.create(32, 3);
        Evaluation binaryResult = evaluate(binary, Mode.BINARY);
        Evaluation multiclassResult = evaluate(multiclass, Mode.MULTICLASS);

        model.show(multiclassResult);
        SmallMultiplesViewModel.Panel panel = model.panelsProperty().get().get(0);
        assertEquals(Mode.BINARY, panel.spec().mode());
        assertNull(panel.gradient(), "the multiclass dice under the binary dice's name");
        assertEquals(messages.get("comparison.computing"), panel.problem());

        selection.showMode(Mode.MULTICLASS);
        selection.choose(List.of("dice"));
        model.show(binaryResult);
        assertNull(model.panelsProperty().get().get(0).gradient(), "the binary dice under the multiclass dice's name");
        model.show(multiclassResult);
        panel = model.panelsProperty().get().get(0);
        assertEquals(Mode.MULTICLASS, panel.spec().mode());
        assertNotNull(panel.gradient());
    }

    private static Evaluation evaluate(Masks masks, Mode mode) {
        List<LossSpec> specs = LossCatalogue.forMode(mode);
        return new LossEvaluator().evaluate(new EvaluationRequest(masks, specs, Map.of(), java.util.Set.of("dice"), 0));
    }

    @Test
    void aFixedSelectionStaysInItsModeAndThePerModeOneSwapsItsCandidates() {
        LossSelection fixed = new LossSelection(LossCatalogue.forMode(Mode.BINARY), List.of("bce"));
        assertThrows(IllegalStateException.class, () -> fixed.showMode(Mode.MULTICLASS));
        LossSelection perMode = LossSelection.perMode(Mode.BINARY);
        int[] candidateChanges = {0};
        perMode.candidates().addListener((javafx.collections.ListChangeListener<LossSpec>) c -> candidateChanges[0]++);
        perMode.showMode(Mode.MULTICLASS);
        assertEquals(1, candidateChanges[0]);
        assertEquals(Mode.MULTICLASS, perMode.modeProperty().get());
        assertTrue(perMode.chosen().stream().allMatch(s -> s.mode() == Mode.MULTICLASS));
        assertEquals(perMode.ids(), perMode.ids(Mode.MULTICLASS));
        assertTrue(perMode.ids(Mode.BINARY).isEmpty());
    }
}
