package org.losslens.app.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.EvaluationRequest;
import org.losslens.app.compute.LossEvaluator;
import org.losslens.app.export.CsvTable;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

class SmallMultiplesViewModelTest {

    private final List<LossSpec> specs = LossCatalogue.forMode(Mode.BINARY);
    private final LossSelection selection = new LossSelection(specs, List.of());
    private final SmallMultiplesViewModel model = new SmallMultiplesViewModel(selection,
            new org.losslens.app.i18n.Messages(org.losslens.app.i18n.Messages.ENGLISH));
    private final Masks masks = Workbench.defaultMasks(32);
    private final Evaluation evaluation = new LossEvaluator().evaluate(
            new EvaluationRequest(masks, specs, Map.of(), selection.ids(), 0));

    @Test
    void defaultIsOneLossPerFamily() {
        assertEquals(List.of("bce", "dice", "boundary", "dice_ce", "soft_cldice"), List.copyOf(selection.ids()));
    }

    @Test
    void sharedScaleIsTheLargestGradientAndPerPanelEachOwn() {
        model.show(evaluation);
        double largest = selection.chosen().stream()
                .mapToDouble(s -> evaluation.gradient(s.id()).orElseThrow().maxAbs()).max().orElseThrow();
        model.panelsProperty().get().forEach(p -> assertEquals(largest, p.range(), 0.0));
        model.sharedScaleProperty().set(false);
        // a gradient that is 0 everywhere (clDice on a disc far thicker than its skeleton reaches) keeps
        // the smallest range instead of 0
        model.panelsProperty().get().forEach(p -> assertEquals(Math.max(SmallMultiplesViewModel.MIN_RANGE,
                evaluation.gradient(p.spec().id()).orElseThrow().maxAbs()), p.range(), 0.0));
    }

    @Test
    void hoverIsOnePixelForEveryPanelWithOneReadout() {
        model.show(evaluation);
        model.hover(16, 10);
        assertEquals(new SmallMultiplesViewModel.Pixel(16, 10), model.hoveredProperty().get());
        String readout = model.readoutProperty().get();
        int i = masks.index(16, 10);
        assertTrue(readout.startsWith("(16, 10)"), readout);
        assertTrue(readout.contains(String.format(java.util.Locale.ROOT, "dice %+.3e",
                evaluation.gradient("dice").orElseThrow().get(i))), readout);
        model.hover(40, 3);
        assertNull(model.hoveredProperty().get(), "outside the image");
    }

    @Test
    void aNewSelectionAppearsWithTheNextResult() {
        model.show(evaluation);
        selection.choose(List.of("focal", "tversky"));
        Evaluation next = new LossEvaluator().evaluate(new EvaluationRequest(masks, specs, Map.of(), selection.ids(), 0));
        model.show(next);
        assertEquals(List.of("focal", "tversky"),
                model.panelsProperty().get().stream().map(p -> p.spec().id()).toList());
        CsvTable table = model.table();
        String header = table.format().lines().findFirst().orElseThrow();
        assertEquals("x,y,gt,p,dL/dlogit focal,dL/dlogit tversky", header);
        assertEquals(32 * 32 + 1, table.format().lines().count());
    }
}
