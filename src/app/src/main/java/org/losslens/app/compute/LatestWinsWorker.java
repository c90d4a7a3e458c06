package org.losslens.app.compute;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;

/**
 * One background thread that handles requests, newest first and only the newest: while it is busy,
 * newer requests overwrite each other in a single slot, so after a burst of slider or brush events only
 * the last one is handled. The pattern behind the live loop and every chart.
 */
public final class LatestWinsWorker<Q> implements AutoCloseable {

    private final Consumer<Q> handler;
    private final ExecutorService thread;
    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean(false);

    /** @param handler runs on the worker thread, one request at a time */
    public LatestWinsWorker(String threadName, Consumer<Q> handler) {
        this.handler = handler;
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a request, replacing any not yet started. Returns at once. */
    public void submit(Q request) {
        submit(request, (older, newer) -> newer);
    }

    /** Like {@link #submit(Object)}, but {@code merge(older, newer)} decides what replaces a waiting request. */
    public void submit(Q request, BinaryOperator<Q> merge) {
        pending.getAndUpdate(old -> old == null ? request : merge.apply(old, request));
        if (scheduled.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    /** True when a newer request waits: a long handler may stop early and let it run. */
    public boolean hasPending() {
        return pending.get() != null;
    }

    private void drain() {
        Q request;
        while ((request = pending.getAndSet(null)) != null) {
            handler.accept(request);
        }
        scheduled.set(false);
        // A request may have arrived between the last poll and clearing the flag.
        if (pending.get() != null && scheduled.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
