package org.losslens.app.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;

class SharedInputsTest {

    private static Masks drawing(double p) {
        double[] probabilities = new double[32 * 32];
        java.util.Arrays.fill(probabilities, p);
        return Masks.blank(32).withProbabilities(probabilities);
    }

    @Test
    void oneDrawingGetsOneInputWhicheverThreadAsksFirst() throws Exception {
        SharedInputs inputs = new SharedInputs();
        Masks masks = drawing(0.3);
        Callable<LossInput> ask = () -> inputs.of(masks).input();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LossInput>> answers = pool.invokeAll(List.of(ask, ask, ask, ask, ask, ask, ask, ask));
            LossInput first = answers.get(0).get();
            for (Future<LossInput> answer : answers) {
                assertSame(first, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLastTwoDrawingsAreKeptAndAnOlderOneIsBuiltAgain() {
        SharedInputs inputs = new SharedInputs();
        Masks a = drawing(0.2);
        Masks b = drawing(0.4);
        Masks c = drawing(0.6);
        LossInput ofA = inputs.of(a).input();
        LossInput ofB = inputs.of(b).input();
        assertSame(ofA, inputs.of(a).input());
        assertSame(ofB, inputs.of(b).input());
        inputs.of(c);
        assertSame(ofB, inputs.of(b).input());
        assertNotSame(ofA, inputs.of(a).input());
    }

    @Test
    void evaluatorsSharingInputsGiveWhatAPrivateEvaluatorGives() {
        SharedInputs inputs = new SharedInputs();
        Masks masks = drawing(0.7);
        var specs = LossCatalogue.forMode(Mode.BINARY);
        EvaluationRequest all = new EvaluationRequest(masks, specs, Map.of(), Set.of("dice"), 1);
        Evaluation alone = new LossEvaluator().evaluate(all);
        LossEvaluator one = new LossEvaluator(inputs);
        LossEvaluator other = new LossEvaluator(inputs);
        for (int i = 0; i < specs.size(); i++) {
            LossEvaluator evaluator = i % 2 == 0 ? one : other;
            Evaluation part = evaluator.evaluate(all.withLosses(List.of(specs.get(i))));
            assertEquals(alone.outcomes().get(specs.get(i).id()), part.outcomes().get(specs.get(i).id()),
                    specs.get(i).id());
            assertEquals(alone.metrics(), part.metrics());
        }
    }
}
