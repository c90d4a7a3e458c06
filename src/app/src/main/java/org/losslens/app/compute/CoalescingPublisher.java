package org.losslens.app.compute;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a worker thread to the UI thread without ever queueing more than one delivery:
 * values wait in one slot until the publisher runs, so a busy FX thread applies only the newest and
 * never falls behind.
 */
public final class CoalescingPublisher<T> {

    private final Consumer<Runnable> publisher;
    private final Consumer<T> consumer;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean(false);

    /**
     * @param publisher runs a task on the thread that may touch the UI (e.g. {@code Platform::runLater})
     * @param consumer  receives the newest value on that thread
     */
    public CoalescingPublisher(Consumer<Runnable> publisher, Consumer<T> consumer) {
        this.publisher = publisher;
        this.consumer = consumer;
    }

    public void publish(T value) {
        pending.set(value);
        if (scheduled.compareAndSet(false, true)) {
            publisher.accept(() -> {
                scheduled.set(false);
                T newest = pending.getAndSet(null);
                if (newest != null) {
                    consumer.accept(newest);
                }
            });
        }
    }
}
