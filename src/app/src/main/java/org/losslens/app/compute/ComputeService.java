package org.losslens.app.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.losslens.core.loss.LossSpec;

/**
 * The live loop's way to run the core, staged so that what the user looks at comes first:
 *
 * <ol>
 *   <li>FIRST — the request's {@link EvaluationRequest#first() first} loss (the selected one: its value and
 *       gradient for the large heatmap) and the metrics, on their own thread, published as soon as they exist;</li>
 *   <li>the other losses, spread over the remaining cores one loss per task, published as one COMPLETE result
 *       (with the first part merged in). When a newer input arrives meanwhile, no further loss of the old
 *       request is started; what was computed is published as PARTIAL (those rows are fresh), and the next
 *       request starts where this one stopped, so every row keeps being refreshed during a long stroke.</li>
 * </ol>
 *
 * <p>Latest wins at every end ({@link LatestWinsWorker}, {@link CoalescingPublisher}): after a burst of
 * slider or brush events only the newest request is computed, and a busy FX thread applies only the newest
 * result of each stage. The FX thread never computes. Results carry a {@link Evaluation#sequence() sequence}
 * so that a consumer can tell an older stage from a newer one.
 */
public final class ComputeService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ComputeService.class.getName());

    /** One submission: its order and when it was handed over (for the frame breakdown). */
    private record Job(long sequence, EvaluationRequest request, long submittedNanos) {
    }

    private final Supplier<? extends Evaluator> evaluatorFactory;
    private final CoalescingPublisher<Evaluation> firstResults;
    private final CoalescingPublisher<Evaluation> restResults;
    private final LatestWinsWorker<Job> firstWorker;
    private final LatestWinsWorker<Job> restWorker;
    private final ExecutorService restPool;
    private final ThreadLocal<Evaluator> evaluators;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger rotation = new AtomicInteger();
    private final Object assembly = new Object();
    private final Consumer<Timing> timings;
    private Evaluation firstPart;
    private Evaluation restPart;
    private EvaluationRequest restRequest;

    /**
     * When one stage of one submission was handed over, started and finished ({@link System#nanoTime()}),
     * for the frame breakdown ({@code -Dlosslens.trace=true}).
     */
    public record Timing(long sequence, Evaluation.Stage stage, long inputNanos, long submittedNanos,
                         long startedNanos, long finishedNanos) {
    }

    /**
     * @param publisher runs a task on the thread that may touch the UI (e.g. {@code Platform::runLater})
     * @param consumer  receives each published result on that thread (every stage; see {@link Evaluation#stage()})
     */
    public ComputeService(Supplier<? extends Evaluator> evaluatorFactory, Consumer<Runnable> publisher,
                          Consumer<Evaluation> consumer) {
        this(evaluatorFactory, publisher, consumer, Runtime.getRuntime().availableProcessors(), t -> { });
    }

    /**
     * @param parallelism threads for the second stage (the first stage has its own)
     * @param timings     receives every stage's timing on the compute threads (must be quick and thread-safe)
     */
    public ComputeService(Supplier<? extends Evaluator> evaluatorFactory, Consumer<Runnable> publisher,
                          Consumer<Evaluation> consumer, int parallelism, Consumer<Timing> timings) {
        this.evaluatorFactory = evaluatorFactory;
        this.timings = timings;
        this.evaluators = ThreadLocal.withInitial(evaluatorFactory::get);
        this.firstResults = new CoalescingPublisher<>(publisher, consumer);
        this.restResults = new CoalescingPublisher<>(publisher, consumer);
        this.firstWorker = new LatestWinsWorker<>("losslens-compute-first", this::computeFirst);
        this.restWorker = new LatestWinsWorker<>("losslens-compute", this::computeRest);
        AtomicInteger n = new AtomicInteger();
        this.restPool = Executors.newFixedThreadPool(Math.max(1, parallelism), r -> {
            Thread t = new Thread(r, "losslens-compute-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a request, replacing any not yet started. Returns at once. */
    public void submit(EvaluationRequest request) {
        Job job = new Job(sequence.incrementAndGet(), request, System.nanoTime());
        // A replaced request's input is still waiting to be shown: the survivor inherits the older input
        // time, so measured input-to-repaint latency counts the wait of dropped inputs too.
        firstWorker.submit(job, ComputeService::keepOldestInput);
        restWorker.submit(job, ComputeService::keepOldestInput);
    }

    private static Job keepOldestInput(Job old, Job now) {
        long created = Math.min(old.request().createdNanos(), now.request().createdNanos());
        return new Job(now.sequence(), now.request().withCreatedNanos(created), Math.min(old.submittedNanos(),
                now.submittedNanos()));
    }

    private void computeFirst(Job job) {
        long started = System.nanoTime();
        EvaluationRequest request = job.request();
        List<LossSpec> first = request.losses().stream().filter(s -> s.id().equals(request.first())).toList();
        Evaluation part = evaluate(request.withLosses(first));
        if (part == null) {
            return;
        }
        part = part.as(job.sequence(), Evaluation.Stage.FIRST);
        timings.accept(new Timing(job.sequence(), Evaluation.Stage.FIRST, request.createdNanos(),
                job.submittedNanos(), started, System.nanoTime()));
        firstResults.publish(part);
        synchronized (assembly) {
            firstPart = part;
            completeIfBoth();
        }
    }

    private void computeRest(Job job) {
        long started = System.nanoTime();
        EvaluationRequest request = job.request();
        List<LossSpec> rest = ordered(request);
        List<Future<Evaluation>> tasks = new ArrayList<>();
        try {
            for (LossSpec spec : rest) {
                tasks.add(restPool.submit(() -> restWorker.hasPending() ? null
                        : evaluate(request.withLosses(List.of(spec)))));
            }
        } catch (RejectedExecutionException e) {
            // closed while this request was starting: nobody is waiting for its result
            return;
        }
        List<Evaluation> parts = new ArrayList<>();
        int firstSkipped = -1;
        for (int i = 0; i < tasks.size(); i++) {
            Evaluation part = join(tasks.get(i));
            if (part != null) {
                parts.add(part);
            } else if (firstSkipped < 0) {
                firstSkipped = i;
            }
        }
        int kept = (int) rest.stream().filter(s -> request.gradientsFor().contains(s.id())).count();
        if (firstSkipped > kept) {
            // the next request starts with the first of the other losses this one did not reach
            rotation.addAndGet(firstSkipped - kept);
        }
        if (parts.isEmpty() && !rest.isEmpty()) {
            return;
        }
        if (rest.isEmpty()) {
            // nothing but the first loss: an empty part still carries the request to completion
            parts.add(evaluate(request.withLosses(List.of())));
        }
        Evaluation merged = Evaluation.merge(request.withLosses(rest), job.sequence(), parts);
        timings.accept(new Timing(job.sequence(), merged.stage(), request.createdNanos(), job.submittedNanos(),
                started, System.nanoTime()));
        synchronized (assembly) {
            restPart = merged;
            restRequest = request;
            if (!completeIfBoth()) {
                restResults.publish(merged.as(job.sequence(), Evaluation.Stage.PARTIAL));
            }
        }
    }

    /** Publishes the whole request once both stages of the same submission are done. */
    private boolean completeIfBoth() {
        if (firstPart == null || restPart == null || firstPart.sequence() != restPart.sequence()
                || !restPart.isComplete()) {
            return false;
        }
        Evaluation whole = Evaluation.merge(restRequest, firstPart.sequence(), List.of(firstPart, restPart));
        restPart = null;
        restResults.publish(whole);
        return true;
    }

    /**
     * The losses after the first: those whose gradient is kept (a visible grid's panels) first, then the
     * others from where the last interrupted request stopped.
     */
    private List<LossSpec> ordered(EvaluationRequest request) {
        List<LossSpec> kept = new ArrayList<>();
        List<LossSpec> others = new ArrayList<>();
        for (LossSpec spec : request.losses()) {
            if (!spec.id().equals(request.first())) {
                (request.gradientsFor().contains(spec.id()) ? kept : others).add(spec);
            }
        }
        if (!others.isEmpty()) {
            int from = Math.floorMod(rotation.get(), others.size());
            List<LossSpec> rotated = new ArrayList<>(others.subList(from, others.size()));
            rotated.addAll(others.subList(0, from));
            others = rotated;
        }
        kept.addAll(others);
        return kept;
    }

    private Evaluation evaluate(EvaluationRequest request) {
        try {
            return evaluators.get().evaluate(request);
        } catch (RuntimeException e) {
            // Keep the service alive, and never let the last result stand as if it were current: the
            // failure is logged and published in its place; the next request gets a fresh evaluator.
            LOG.log(System.Logger.Level.WARNING, "evaluation failed; the next input is computed afresh", e);
            evaluators.set(evaluatorFactory.get());
            return Evaluation.failed(request, e, 0);
        }
    }

    private static Evaluation join(Future<Evaluation> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "a loss task failed", e.getCause());
            return null;
        }
    }

    @Override
    public void close() {
        firstWorker.close();
        restWorker.close();
        restPool.shutdownNow();
    }
}
