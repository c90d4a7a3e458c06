package org.losslens.app.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.losslens.core.sweep.SweepProgress;

class SweepServiceTest {

    /** A pass that reports {@code points} steps and blocks on {@code gate} after the first. */
    private static SweepService.Pass<String> pass(String name, int points, CountDownLatch started, CountDownLatch gate) {
        return new SweepService.Pass<>(name, progress -> {
            for (int i = 1; i <= points; i++) {
                SweepProgress.check(progress);
                progress.completed(i, points);
                if (i == 1) {
                    started.countDown();
                    await(gate);
                }
            }
            return name;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void passesArePublishedCoarseThenFull() throws Exception {
        List<String> published = new CopyOnWriteArrayList<>();
        CountDownLatch open = new CountDownLatch(0);
        try (SweepService<String> service = new SweepService<>("test", Runnable::run, published::add)) {
            service.submit(List.of(pass("coarse", 3, new CountDownLatch(1), open), pass("full", 9, new CountDownLatch(1), open)));
            waitUntil(() -> service.stateProperty().get().phase() == SweepService.State.Phase.DONE);
            assertEquals(List.of("coarse", "full"), published);
            assertEquals(1.0, service.progressProperty().get());
            assertFalse(service.runningProperty().get());
        }
    }

    @Test
    void aNewJobCancelsTheRunningOneAndOnlyItsResultsAppear() throws Exception {
        List<String> published = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (SweepService<String> service = new SweepService<>("test", Runnable::run, published::add)) {
            service.submit(List.of(pass("stale", 5, firstStarted, release)));
            assertTrue(firstStarted.await(60, TimeUnit.SECONDS));
            assertTrue(service.runningProperty().get());
            service.submit(List.of(pass("newest", 2, new CountDownLatch(1), new CountDownLatch(0))));
            release.countDown();
            waitUntil(() -> service.stateProperty().get().phase() == SweepService.State.Phase.DONE);
            assertEquals(List.of("newest"), published);
        }
    }

    @Test
    void cancelStopsTheSweepAndSaysSo() throws Exception {
        List<String> published = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (SweepService<String> service = new SweepService<>("test", Runnable::run, published::add)) {
            service.submit(List.of(pass("long", 100, started, release)));
            assertTrue(started.await(60, TimeUnit.SECONDS));
            service.cancel();
            release.countDown();
            waitUntil(() -> !service.runningProperty().get());
            assertEquals(SweepService.State.Phase.CANCELLED, service.stateProperty().get().phase());
            assertFalse(service.runningProperty().get());
            assertTrue(published.isEmpty());
        }
    }

    @Test
    void aFailingPassReportsTheCoreMessage() throws Exception {
        try (SweepService<String> service = new SweepService<>("test", Runnable::run, s -> { })) {
            service.submit(List.of(new SweepService.Pass<>("bad", p -> {
                throw new IllegalArgumentException("k must be at least 100");
            })));
            waitUntil(() -> service.stateProperty().get().phase() == SweepService.State.Phase.FAILED);
            assertEquals("k must be at least 100", service.stateProperty().get().error());
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertTrue(condition.getAsBoolean());
    }
}
