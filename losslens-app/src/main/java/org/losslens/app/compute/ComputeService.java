package org.losslens.app.compute;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The app's single way to run the core: requests are computed on one background thread and results
 * delivered through {@code publisher} (in the app: onto the FX thread).
 *
 * <p>Latest wins, at both ends. While the worker computes, newer requests overwrite each other in one
 * slot, so after a burst of slider or brush events only the newest is computed; and results wait in
 * one slot until the publisher runs, so a busy FX thread applies only the newest result. The FX
 * thread therefore never computes and never falls behind.
 */
public final class ComputeService implements AutoCloseable {

    private final Supplier<? extends Evaluator> evaluatorFactory;
    private final Consumer<Runnable> publisher;
    private final Consumer<Evaluation> consumer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "losslens-compute");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<EvaluationRequest> pendingRequest = new AtomicReference<>();
    private final AtomicBoolean workerScheduled = new AtomicBoolean(false);
    private final AtomicReference<Evaluation> pendingResult = new AtomicReference<>();
    private final AtomicBoolean publishScheduled = new AtomicBoolean(false);
    private Evaluator evaluator;

    /**
     * @param publisher runs a task on the thread that may touch the UI (e.g. {@code Platform::runLater})
     * @param consumer  receives each published result on that thread
     */
    public ComputeService(Supplier<? extends Evaluator> evaluatorFactory, Consumer<Runnable> publisher,
                          Consumer<Evaluation> consumer) {
        this.evaluatorFactory = evaluatorFactory;
        this.publisher = publisher;
        this.consumer = consumer;
    }

    /** Queues a request, replacing any not yet started. Returns at once. */
    public void submit(EvaluationRequest request) {
        // A replaced request's input is still waiting to be shown: the survivor inherits the older input
        // time, so measured input-to-repaint latency counts the wait of dropped inputs too.
        pendingRequest.getAndUpdate(old -> old == null || old.createdNanos() >= request.createdNanos() ? request
                : request.withCreatedNanos(old.createdNanos()));
        if (workerScheduled.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        if (evaluator == null) {
            evaluator = evaluatorFactory.get();
        }
        EvaluationRequest request;
        while ((request = pendingRequest.getAndSet(null)) != null) {
            Evaluation result;
            try {
                result = evaluator.evaluate(request);
            } catch (RuntimeException e) {
                // Keep the service alive: a failed request is dropped, the next one gets a fresh evaluator.
                evaluator = evaluatorFactory.get();
                continue;
            }
            publish(result);
        }
        workerScheduled.set(false);
        // A request may have arrived between the last poll and clearing the flag.
        if (pendingRequest.get() != null && workerScheduled.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void publish(Evaluation result) {
        pendingResult.set(result);
        if (publishScheduled.compareAndSet(false, true)) {
            publisher.accept(() -> {
                publishScheduled.set(false);
                Evaluation newest = pendingResult.getAndSet(null);
                if (newest != null) {
                    consumer.accept(newest);
                }
            });
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
