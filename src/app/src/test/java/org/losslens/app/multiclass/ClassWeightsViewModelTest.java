package org.losslens.app.multiclass;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.losslens.app.compute.EvaluationRequest;
import org.losslens.app.compute.LossEvaluator;
import org.losslens.app.masks.Masks;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamKind;

/** The class-weights editor's rules, and that its weights reach the computation exactly, without FX. */
class ClassWeightsViewModelTest {

    private final List<double[]> applied = new ArrayList<>();

    @Test
    void startsUnweightedAndAppliesEachValidEdit() {
        ClassWeightsViewModel vm = new ClassWeightsViewModel(null, 3, applied::add);
        assertNull(vm.appliedProperty().get());
        assertArrayEquals(new double[] {1, 1, 1}, vm.weights());
        assertTrue(vm.set(2, "4"));
        assertArrayEquals(new double[] {1, 1, 4}, applied.get(0));
        assertArrayEquals(new double[] {1, 1, 4}, vm.appliedProperty().get());
        assertTrue(vm.set(0, 0.0), "0 ignores a class; that alone is fine");
        assertNull(vm.problemProperty().get());
    }

    @Test
    void negativeNonFiniteUnparsableAndAllZeroAreReportedAndNeverApplied() {
        ClassWeightsViewModel vm = new ClassWeightsViewModel(new double[] {1, 2, 3}, 3, applied::add);
        assertFalse(vm.set(1, "-0.5"));
        assertEquals(ClassWeightsViewModel.Problem.Kind.NEGATIVE, vm.problemProperty().get().kind());
        assertEquals(1, vm.problemProperty().get().label());
        assertFalse(vm.set(1, "abc"));
        assertEquals(ClassWeightsViewModel.Problem.Kind.NOT_A_NUMBER, vm.problemProperty().get().kind());
        assertFalse(vm.set(1, Double.POSITIVE_INFINITY));
        assertEquals(ClassWeightsViewModel.Problem.Kind.NOT_FINITE, vm.problemProperty().get().kind());
        assertFalse(vm.set(1, "NaN"));
        assertEquals(ClassWeightsViewModel.Problem.Kind.NOT_FINITE, vm.problemProperty().get().kind());
        assertTrue(applied.isEmpty());
        assertArrayEquals(new double[] {1, 2, 3}, vm.appliedProperty().get(), "the loss keeps the last valid weights");

        assertTrue(vm.set(1, 0.0));
        assertTrue(vm.set(0, 0.0));
        assertFalse(vm.set(2, 0.0));
        assertEquals(ClassWeightsViewModel.Problem.Kind.ALL_ZERO, vm.problemProperty().get().kind());
        assertArrayEquals(new double[] {0, 0, 3}, vm.appliedProperty().get());
        assertTrue(vm.set(2, 0.25));
        assertNull(vm.problemProperty().get());
    }

    @Test
    void uniformAppliesNullNotOnes() {
        ClassWeightsViewModel vm = new ClassWeightsViewModel(new double[] {1, 2, 3}, 3, applied::add);
        vm.set(0, -1.0);
        vm.reset();
        assertEquals(1, applied.size());
        assertNull(applied.get(0));
        assertNull(vm.problemProperty().get());
        assertArrayEquals(new double[] {1, 1, 1}, vm.weights());
        // Weights of another C (the label count changed) are shown as unweighted.
        assertNull(new ClassWeightsViewModel(new double[] {1, 2}, 3, w -> { }).appliedProperty().get());
    }

    @Test
    void fieldsShowWeightsExactly() {
        assertEquals("2", ClassWeightsViewModel.format(2));
        assertEquals("0.1", ClassWeightsViewModel.format(0.1));
        double third = 1.0 / 3;
        assertEquals(third, Double.parseDouble(ClassWeightsViewModel.format(third)));
    }

    @Test
    void editedWeightsFlowIntoTheComputedCrossEntropyExactlyAsTheCoreComputesIt() {
        LossSpec ce = LossCatalogue.require("ce", Mode.MULTICLASS);
        assertEquals(ParamKind.CLASS_WEIGHTS, ce.param("class_weights").orElseThrow().kind());
        SimpleObjectProperty<LossSpec> selection = new SimpleObjectProperty<>(ce);
        List<LossSpec> specs = LossCatalogue.forMode(Mode.MULTICLASS);
        ParametersViewModel parameters = new ParametersViewModel(specs, selection);
        Masks masks = MulticlassExample.create(64, 3);
        parameters.fitClassShapedParameters(3);
        LossEvaluator evaluator = new LossEvaluator();
        double unweighted = value(evaluator, masks, specs, parameters);

        // As ParametersPane wires the editor: a vector goes to the core as a list, null as null.
        ClassWeightsViewModel vm = new ClassWeightsViewModel(parameters.params("ce").classWeights("class_weights"), 3,
                w -> parameters.set("class_weights", w == null ? null : Arrays.stream(w).boxed().toList()));
        var before = parameters.valuesProperty().get();
        assertTrue(vm.set(0, "0.2"));
        assertTrue(vm.set(2, "5"));
        assertNotSame(before, parameters.valuesProperty().get(), "a new computation is requested");
        assertArrayEquals(new double[] {0.2, 1, 5}, parameters.params("ce").classWeights("class_weights"));

        double weighted = value(evaluator, masks, specs, parameters);
        LossInput input = LossInput.of(masks.logits(), masks.target());
        double core = ce.evaluate(ce.bind(Map.of("class_weights", List.of(0.2, 1.0, 5.0)), true), input).value();
        assertEquals(core, weighted, 0.0);
        assertNotEquals(unweighted, weighted);

        vm.set(1, "-1");
        assertEquals(weighted, value(evaluator, masks, specs, parameters), 0.0, "an invalid edit changes nothing");
        vm.reset();
        assertNull(parameters.params("ce").classWeights("class_weights"));
        assertEquals(unweighted, value(evaluator, masks, specs, parameters), 0.0);
    }

    private static double value(LossEvaluator evaluator, Masks masks, List<LossSpec> specs,
                                ParametersViewModel parameters) {
        return evaluator.evaluate(new EvaluationRequest(masks, specs, parameters.snapshot(), Set.of(), 0))
                .outcome("ce").orElseThrow().value();
    }
}
