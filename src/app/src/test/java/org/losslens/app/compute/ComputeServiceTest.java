package org.losslens.app.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

class ComputeServiceTest {

    private static EvaluationRequest request(Masks masks, long created) {
        return new EvaluationRequest(masks, LossCatalogue.forMode(Mode.BINARY), Map.of(), Set.of("dice"), created);
    }

    @Test
    void staleRequestsAreDroppedAndTheNewestWins() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Evaluation> published = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        Masks[] newestMasks = new Masks[1];
        LossEvaluator real = new LossEvaluator();
        Evaluator slow = r -> {
            if (r.createdNanos() == 1) {
                firstStarted.countDown();
                await(release);
            }
            return real.evaluate(r);
        };
        try (ComputeService service = new ComputeService(() -> slow, Runnable::run, e -> {
            published.add(e);
            done.countDown();
        })) {
            Masks masks = Masks.blank(32);
            service.submit(request(masks, 1));
            assertTrue(firstStarted.await(60, TimeUnit.SECONDS));
            for (long i = 2; i <= 10; i++) {
                service.submit(request(masks.withProbabilities(new double[32 * 32]), i));
            }
            Masks newest = masks.withProbabilities(new double[32 * 32]);
            newestMasks[0] = newest;
            service.submit(request(newest, 11));
            release.countDown();
            assertTrue(done.await(60, TimeUnit.SECONDS));
            Thread.sleep(100);
        }
        assertEquals(2, published.size());
        assertEquals(1, published.get(0).request().createdNanos());
        // The newest request is computed, timed from the oldest input it stands for.
        assertEquals(2, published.get(1).request().createdNanos());
        assertSame(newestMasks[0], published.get(1).request().masks());
    }

    @Test
    void evaluatorReportsExactlyWhatTheCoreComputesAndListsUnimplementedLosses() {
        Masks masks = Masks.blank(32).withProbabilities(filled(32 * 32, 0.3));
        EvaluationRequest r = request(masks, 0);
        Evaluation e = new LossEvaluator().evaluate(r);
        LossInput input = LossInput.of(masks.logits(), masks.target());
        for (LossSpec spec : LossCatalogue.forMode(Mode.BINARY)) {
            LossOutcome outcome = e.outcome(spec.id()).orElseThrow();
            if (spec.implemented()) {
                assertEquals(spec.create().evaluate(input).value(), outcome.value(), 0.0, spec.id());
            } else {
                assertEquals("not yet available", outcome.problem());
            }
        }
        assertEquals(LossCatalogue.require("dice", Mode.BINARY).create().evaluate(input).gradient(),
                e.gradient("dice").orElseThrow());
        assertTrue(e.gradient("bce").isEmpty());
        assertSame(r, e.request());
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
