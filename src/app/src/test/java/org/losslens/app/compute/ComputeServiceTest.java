package org.losslens.app.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void aFailedComputationIsPublishedAsAFailureNotDroppedAndTheNextOneComputes() throws Exception {
        List<Evaluation> published = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch failedThenComputed = new CountDownLatch(2);
        int[] evaluatorsMade = new int[1];
        LossEvaluator real = new LossEvaluator();
        try (ComputeService service = new ComputeService(() -> {
            evaluatorsMade[0]++;
            return r -> {
                if (r.createdNanos() == 1) {
                    throw new IllegalStateException("core regression");
                }
                return real.evaluate(r);
            };
        }, Runnable::run, e -> {
            published.add(e);
            first.countDown();
            failedThenComputed.countDown();
        })) {
            Masks masks = Masks.blank(32);
            service.submit(request(masks, 1));
            // Only once the failure is out: submitted earlier, request 2 could replace request 1 unstarted.
            assertTrue(first.await(10, TimeUnit.SECONDS));
            service.submit(request(masks, 2));
            assertTrue(failedThenComputed.await(10, TimeUnit.SECONDS));
        }
        Evaluation failure = published.get(0);
        assertTrue(failure.failed());
        assertEquals(1, failure.request().createdNanos());
        assertTrue(failure.failure().contains("core regression"), failure.failure());
        // Every row says so instead of keeping its last value; nothing stale to draw.
        for (LossSpec spec : LossCatalogue.forMode(Mode.BINARY)) {
            LossOutcome outcome = failure.outcome(spec.id()).orElseThrow();
            assertFalse(outcome.isComputed(), spec.id());
            assertEquals(failure.failure(), outcome.problem());
        }
        assertTrue(failure.gradients().isEmpty());
        assertNull(failure.metrics());
        Evaluation next = published.get(1);
        assertFalse(next.failed());
        assertTrue(next.outcome("dice").orElseThrow().isComputed());
        assertEquals(2, evaluatorsMade[0], "a fresh evaluator after the failure");
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
