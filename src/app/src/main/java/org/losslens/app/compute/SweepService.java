package org.losslens.app.compute;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.losslens.core.sweep.SweepProgress;

/**
 * Runs a chart's sweeps off the FX thread: latest wins (a new job cancels the one running), each job
 * refines progressively (e.g. a coarse pass, then the full one, each result shown as it lands), and
 * progress and cancellation are observable properties for a progress bar and a Cancel button.
 *
 * @param <R> what one pass produces (e.g. the curves of a chart)
 */
public final class SweepService<R> implements AutoCloseable {

    /** One pass of a job; later passes are finer. */
    public record Pass<R>(String name, Function<SweepProgress, R> run) {
    }

    private record Job<R>(List<Pass<R>> passes, AtomicBoolean cancelled) {
    }

    /**
     * What the sweep is doing, as data rather than words: the view says it in the current language.
     *
     * @param pass    the running pass's name (RUNNING only)
     * @param percent of that pass (RUNNING only)
     * @param error   the core's message (FAILED only)
     */
    public record State(Phase phase, String pass, int percent, String error) {

        public enum Phase { IDLE, STARTING, RUNNING, CANCELLED, FAILED, DONE }

        static State of(Phase phase) {
            return new State(phase, "", 0, "");
        }
    }

    private record Status(double progress, boolean running, State state) {
    }

    private final LatestWinsWorker<Job<R>> worker;
    private final CoalescingPublisher<R> results;
    private final CoalescingPublisher<Status> status;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.of(State.Phase.IDLE));
    private volatile Job<R> latest;

    /**
     * @param publisher runs a task on the UI thread (e.g. {@code Platform::runLater})
     * @param consumer  receives each pass's result on that thread
     */
    public SweepService(String name, Consumer<Runnable> publisher, Consumer<R> consumer) {
        worker = new LatestWinsWorker<>("losslens-sweep-" + name, this::run);
        results = new CoalescingPublisher<>(publisher, consumer);
        status = new CoalescingPublisher<>(publisher, s -> {
            progress.set(s.progress());
            running.set(s.running());
            state.set(s.state());
        });
    }

    /** Starts a job, cancelling the one running or waiting. */
    public void submit(List<Pass<R>> passes) {
        Job<R> job = new Job<>(List.copyOf(passes), new AtomicBoolean(false));
        Job<R> previous = latest;
        latest = job;
        if (previous != null) {
            previous.cancelled().set(true);
        }
        status.publish(new Status(0, true, State.of(State.Phase.STARTING)));
        worker.submit(job);
    }

    /** Stops the running job; the last result stays on display. */
    public void cancel() {
        Job<R> job = latest;
        if (job == null) {
            return;
        }
        // Under the job's lock so that a progress report racing with Cancel cannot land after
        // CANCELLED and leave the chart "running" for ever.
        synchronized (job) {
            if (!job.cancelled().getAndSet(true)) {
                status.publish(new Status(0, false, State.of(State.Phase.CANCELLED)));
            }
        }
    }

    /** 0..1 over all passes of the current job. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the sweep is doing, or why it stopped (cancelled, or failed with the core's message). */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    private void run(Job<R> job) {
        int passes = job.passes().size();
        for (int k = 0; k < passes; k++) {
            Pass<R> pass = job.passes().get(k);
            int index = k;
            SweepProgress tracker = new SweepProgress() {
                @Override
                public boolean isCancelled() {
                    return job.cancelled().get();
                }

                @Override
                public void completed(int done, int total) {
                    synchronized (job) {
                        if (job.cancelled().get()) {
                            return;
                        }
                        status.publish(new Status((index + (double) done / total) / passes, true,
                            new State(State.Phase.RUNNING, pass.name(), (int) Math.round(100.0 * done / total), "")));
                    }
                }
            };
            try {
                R result = pass.run().apply(tracker);
                if (job.cancelled().get()) {
                    return;
                }
                results.publish(result);
            } catch (CancellationException e) {
                return;
            } catch (RuntimeException e) {
                if (!job.cancelled().get()) {
                    status.publish(new Status(0, false,
                            new State(State.Phase.FAILED, "", 0, String.valueOf(e.getMessage()))));
                }
                return;
            }
        }
        status.publish(new Status(1, false, State.of(State.Phase.DONE)));
    }

    @Override
    public void close() {
        Job<R> job = latest;
        if (job != null) {
            job.cancelled().set(true);
        }
        worker.close();
    }
}
