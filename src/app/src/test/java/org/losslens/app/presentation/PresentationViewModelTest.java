package org.losslens.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.EvaluationRequest;
import org.losslens.app.compute.LossEvaluator;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.i18n.Messages;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/** Presentation mode's choices (panels, large values), their texts and that they are remembered; no toolkit. */
class PresentationViewModelTest {

    @TempDir
    Path home;

    private final HeatmapViewModel heatmap = new HeatmapViewModel();
    private final SimpleObjectProperty<Evaluation> shown = new SimpleObjectProperty<>();
    private final List<LossSpec> binary = LossCatalogue.forMode(Mode.BINARY);
    private final SimpleObjectProperty<LossSpec> selected = new SimpleObjectProperty<>(spec("dice"));
    private final SimpleBooleanProperty guessing = new SimpleBooleanProperty(false);
    private final Messages messages = new Messages(Messages.ENGLISH);

    private PresentationViewModel model(PresentationStore store) {
        return new PresentationViewModel(heatmap, shown, selected, guessing, messages, store);
    }

    @Test
    void startsWithTheDefaultsAndSwitchesTheHeatmapForTheProjector() {
        PresentationViewModel vm = model(null);
        assertEquals(List.of(PresentedValue.LOSS, PresentedValue.DICE, PresentedValue.IOU), vm.shownValues());
        assertTrue(vm.panelShownProperty(PresentationPanel.EDITOR).get());
        assertTrue(vm.panelShownProperty(PresentationPanel.FORMULA).get());
        assertFalse(vm.panelShownProperty(PresentationPanel.LOSSES).get());
        vm.toggle();
        assertTrue(heatmap.highContrastProperty().get());
        assertEquals(PresentationViewModel.THICK_STROKES, heatmap.strokeScaleProperty().get());
        assertEquals(PresentationViewModel.LARGE_FORMULA, vm.formulaPointsProperty().get());
        vm.toggle();
        assertFalse(heatmap.highContrastProperty().get());
        assertEquals(1.0, heatmap.strokeScaleProperty().get());
    }

    @Test
    void chosenValuesFollowTheEvaluationTheLossAndTheQuestion() {
        PresentationViewModel vm = model(null);
        assertEquals(PresentationViewModel.NONE, vm.textProperty(PresentedValue.DICE).get(), "nothing computed yet");
        Evaluation e = evaluate();
        shown.set(e);
        assertEquals(String.format(Locale.ROOT, "%.4f", e.metrics().dice()), vm.textProperty(PresentedValue.DICE).get());
        assertEquals(String.format(Locale.ROOT, "%.4f", e.metrics().iou()), vm.textProperty(PresentedValue.IOU).get());
        assertEquals(String.format(Locale.ROOT, "%.4g", e.outcome("dice").orElseThrow().value()),
                vm.textProperty(PresentedValue.LOSS).get());
        selected.set(spec("bce"));
        assertEquals(String.format(Locale.ROOT, "%.4g", e.outcome("bce").orElseThrow().value()),
                vm.textProperty(PresentedValue.LOSS).get(), "the selected loss's value");
        assertTrue(vm.captionProperty(PresentedValue.LOSS).get().startsWith("Loss · "),
                vm.captionProperty(PresentedValue.LOSS).get());
        assertEquals("Dice", vm.captionProperty(PresentedValue.DICE).get());

        guessing.set(true);
        assertEquals(PresentationViewModel.HIDDEN, vm.textProperty(PresentedValue.DICE).get(), "hidden while the class guesses");
        guessing.set(false);

        messages.localeProperty().set(Messages.SIMPLIFIED_CHINESE);
        assertTrue(vm.captionProperty(PresentedValue.LOSS).get().startsWith("损失 · "),
                vm.captionProperty(PresentedValue.LOSS).get());

        vm.valueChosenProperty(PresentedValue.RECALL).set(true);
        vm.valueChosenProperty(PresentedValue.LOSS).set(false);
        assertEquals(List.of(PresentedValue.DICE, PresentedValue.IOU, PresentedValue.RECALL), vm.shownValues());
        assertEquals(String.format(Locale.ROOT, "%.4f", e.metrics().recall()), vm.textProperty(PresentedValue.RECALL).get());
    }

    @Test
    void panelsAndValuesAreRememberedAcrossStarts() throws Exception {
        PresentationViewModel first = model(new PresentationStore(home));
        first.panelShownProperty(PresentationPanel.LOSSES).set(true);
        first.panelShownProperty(PresentationPanel.EDITOR).set(false);
        first.valueChosenProperty(PresentedValue.PRECISION).set(true);
        first.valueChosenProperty(PresentedValue.IOU).set(false);

        PresentationViewModel next = model(new PresentationStore(home));
        assertTrue(next.panelShownProperty(PresentationPanel.LOSSES).get());
        assertFalse(next.panelShownProperty(PresentationPanel.EDITOR).get());
        assertTrue(next.panelShownProperty(PresentationPanel.FORMULA).get());
        assertEquals(List.of(PresentedValue.LOSS, PresentedValue.DICE, PresentedValue.PRECISION), next.shownValues());
        assertEquals(first.choice(), next.choice());
    }

    @Test
    void aDamagedFileFallsBackToTheDefaults() throws Exception {
        Files.writeString(home.resolve(PresentationStore.FILE), "panels=editor,projector\nvalues=dice\n");
        PresentationViewModel vm = model(new PresentationStore(home));
        assertEquals(PresentationStore.Choice.defaults(), vm.choice());
    }

    private Evaluation evaluate() {
        List<LossSpec> specs = List.of(spec("dice"), spec("bce"));
        return new LossEvaluator().evaluate(new EvaluationRequest(Workbench.defaultMasks(32), specs, Map.of(),
                Set.of(), 0));
    }

    private LossSpec spec(String id) {
        return binary.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
