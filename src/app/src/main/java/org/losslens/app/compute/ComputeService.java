package org.losslens.app.compute;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The live loop's way to run the core: requests are computed on one background thread and results
 * delivered through {@code publisher} (in the app: onto the FX thread).
 *
 * <p>Latest wins, at both ends ({@link LatestWinsWorker}, {@link CoalescingPublisher}): after a burst
 * of slider or brush events only the newest request is computed, and a busy FX thread applies only the
 * newest result. The FX thread therefore never computes and never falls behind.
 */
public final class ComputeService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ComputeService.class.getName());

    private final Supplier<? extends Evaluator> evaluatorFactory;
    private final CoalescingPublisher<Evaluation> results;
    private final LatestWinsWorker<EvaluationRequest> worker;
    private Evaluator evaluator;

    /**
     * @param publisher runs a task on the thread that may touch the UI (e.g. {@code Platform::runLater})
     * @param consumer  receives each published result on that thread
     */
    public ComputeService(Supplier<? extends Evaluator> evaluatorFactory, Consumer<Runnable> publisher,
                          Consumer<Evaluation> consumer) {
        this.evaluatorFactory = evaluatorFactory;
        this.results = new CoalescingPublisher<>(publisher, consumer);
        this.worker = new LatestWinsWorker<>("losslens-compute", this::compute);
    }

    /** Queues a request, replacing any not yet started. Returns at once. */
    public void submit(EvaluationRequest request) {
        // A replaced request's input is still waiting to be shown: the survivor inherits the older input
        // time, so measured input-to-repaint latency counts the wait of dropped inputs too.
        worker.submit(request, (old, now) -> old.createdNanos() >= now.createdNanos() ? now
                : now.withCreatedNanos(old.createdNanos()));
    }

    private void compute(EvaluationRequest request) {
        if (evaluator == null) {
            evaluator = evaluatorFactory.get();
        }
        long start = System.nanoTime();
        try {
            results.publish(evaluator.evaluate(request));
        } catch (RuntimeException e) {
            // Keep the service alive, and never let the last result stand as if it were current: the
            // failure is logged and published in its place; the next request gets a fresh evaluator.
            LOG.log(System.Logger.Level.WARNING, "evaluation failed", e);
            results.publish(Evaluation.failed(request, e, System.nanoTime() - start));
            evaluator = evaluatorFactory.get();
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
