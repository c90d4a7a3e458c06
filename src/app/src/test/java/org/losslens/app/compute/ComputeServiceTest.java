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

    private static EvaluationRequest request(Masks masks, long created, String first) {
        return new EvaluationRequest(masks, LossCatalogue.forMode(Mode.BINARY), Map.of(), Set.of("dice"), created,
                first);
    }

    @Test
    void staleRequestsAreDroppedAndTheNewestWins() throws Exception {
        // the first stage and both threads of the second have taken request 1 when this opens
        CountDownLatch firstStarted = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        List<Evaluation> published = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        LossEvaluator real = new LossEvaluator();
        Evaluator slow = r -> {
            if (r.createdNanos() == 1) {
                firstStarted.countDown();
                await(release);
            }
            synchronized (real) {
                return real.evaluate(r);
            }
        };
        Masks newest = Masks.blank(32).withProbabilities(new double[32 * 32]);
        try (ComputeService service = new ComputeService(() -> slow, Runnable::run, e -> {
            published.add(e);
            if (e.isComplete() && e.request().masks() == newest) {
                done.countDown();
            }
        }, 2, t -> { })) {
            Masks masks = Masks.blank(32);
            service.submit(request(masks, 1, "dice"));
            assertTrue(firstStarted.await(60, TimeUnit.SECONDS));
            for (long i = 2; i <= 10; i++) {
                service.submit(request(masks.withProbabilities(new double[32 * 32]), i, "dice"));
            }
            service.submit(request(newest, 11, "dice"));
            release.countDown();
            assertTrue(done.await(60, TimeUnit.SECONDS));
        }
        // Only the first request (already running) and the newest are ever computed; the newest is timed
        // from the oldest input it stands for.
        List<Long> firsts = published.stream().filter(e -> e.stage() == Evaluation.Stage.FIRST)
                .map(e -> e.request().createdNanos()).toList();
        assertEquals(List.of(1L, 2L), firsts, published.toString());
        List<Evaluation> complete = published.stream().filter(Evaluation::isComplete).toList();
        assertEquals(1, complete.size(), "the old request was interrupted: " + published);
        assertEquals(2, complete.get(0).request().createdNanos());
        assertSame(newest, complete.get(0).request().masks());
    }

    @Test
    void theFirstLossIsPublishedAloneThenEveryLossAsTheOneShotEvaluatorComputesThem() throws Exception {
        Masks masks = Masks.blank(32).withProbabilities(filled(32 * 32, 0.3));
        List<Evaluation> published = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (ComputeService service = new ComputeService(LossEvaluator::new, Runnable::run, e -> {
            published.add(e);
            if (e.isComplete()) {
                done.countDown();
            }
        }, 2, t -> { })) {
            service.submit(request(masks, 5, "tversky"));
            assertTrue(done.await(60, TimeUnit.SECONDS));
        }
        Evaluation first = published.get(0);
        assertEquals(Evaluation.Stage.FIRST, first.stage());
        assertEquals(Set.of("tversky"), first.outcomes().keySet());
        assertTrue(first.gradient("tversky").isPresent(), "the selected loss's gradient comes first");
        Evaluation whole = published.get(published.size() - 1);
        Evaluation oneShot = new LossEvaluator().evaluate(request(masks, 5));
        assertEquals(oneShot.outcomes().keySet().stream().toList(), whole.outcomes().keySet().stream().toList(),
                "every loss, in catalogue order");
        oneShot.outcomes().forEach((id, o) -> assertEquals(o.value(), whole.outcome(id).orElseThrow().value(), 0.0, id));
        assertEquals(oneShot.gradient("dice").orElseThrow(), whole.gradient("dice").orElseThrow());
        assertEquals(oneShot.metrics(), whole.metrics());
        assertEquals(first.sequence(), whole.sequence());
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
        CountDownLatch firstComplete = new CountDownLatch(1);
        CountDownLatch secondComplete = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger evaluatorsMade = new java.util.concurrent.atomic.AtomicInteger();
        try (ComputeService service = new ComputeService(() -> {
            evaluatorsMade.incrementAndGet();
            LossEvaluator real = new LossEvaluator();
            return r -> {
                if (r.createdNanos() == 1) {
                    throw new IllegalStateException("core regression");
                }
                return real.evaluate(r);
            };
        }, Runnable::run, e -> {
            published.add(e);
            if (e.isComplete()) {
                (e.request().createdNanos() == 1 ? firstComplete : secondComplete).countDown();
            }
        }, 2, t -> { })) {
            Masks masks = Masks.blank(32);
            service.submit(request(masks, 1, "dice"));
            // Only once the failure is out: submitted earlier, request 2 could replace request 1 unstarted.
            assertTrue(firstComplete.await(60, TimeUnit.SECONDS));
            service.submit(request(masks, 2, "dice"));
            assertTrue(secondComplete.await(60, TimeUnit.SECONDS));
        }
        // The selected loss's stage and the whole request both say so instead of keeping the last values.
        Evaluation firstStage = published.stream().filter(e -> e.stage() == Evaluation.Stage.FIRST
                && e.request().createdNanos() == 1).findFirst().orElseThrow();
        assertTrue(firstStage.failed());
        assertNull(firstStage.metrics(), "nothing stale to draw");
        Evaluation failure = published.stream().filter(e -> e.isComplete() && e.request().createdNanos() == 1)
                .findFirst().orElseThrow();
        assertTrue(failure.failed());
        assertTrue(failure.failure().contains("core regression"), failure.failure());
        for (LossSpec spec : LossCatalogue.forMode(Mode.BINARY)) {
            LossOutcome outcome = failure.outcome(spec.id()).orElseThrow();
            assertFalse(outcome.isComputed(), spec.id());
            assertTrue(outcome.problem().contains("core regression"), spec.id() + ": " + outcome.problem());
        }
        assertTrue(failure.gradients().isEmpty());
        Evaluation next = published.stream().filter(e -> e.isComplete() && e.request().createdNanos() == 2)
                .findFirst().orElseThrow();
        assertFalse(next.failed());
        assertTrue(next.outcome("dice").orElseThrow().isComputed());
        assertTrue(evaluatorsMade.get() > 1, "a fresh evaluator after the failure");
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
