package org.losslens.app.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.losslens.app.compute.LatestWinsWorker;

/**
 * Writes the state to the autosave file shortly after each change, on its own thread (a
 * {@link LatestWinsWorker}, "losslens-autosave"), atomically: each write waits the delay, then writes
 * the newest state handed over by then, so a burst of changes costs one write. The file is deleted on
 * a clean exit, so finding it at start means the last run ended uncleanly and its work can be
 * recovered. Every state handed over gets a ticket, and each write reports the ticket it put on disk,
 * so a caller (Recover) can wait until a particular state is safe.
 */
public final class Autosaver implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

    /** A state waiting to be written and its ticket. */
    private record Pending(SessionState state, long ticket) {
    }

    private final Path file;
    private final long delayMillis;
    private final LongConsumer written;
    private final AtomicLong requested = new AtomicLong();
    /** The newest state not yet written; the worker's requests only say "there is one". */
    private final AtomicReference<Pending> newest = new AtomicReference<>();
    private final LatestWinsWorker<Boolean> writer;
    /** Guards {@link #discarded}: no write may land after a clean exit removed the file. */
    private final Object lock = new Object();
    private volatile boolean discarded;

    /**
     * @param written told (on the autosave thread) the ticket of each state that is now on disk, so a
     *                caller can wait for a particular state to be safe (see {@link #changed})
     */
    public Autosaver(Path file, long delayMillis, LongConsumer written) {
        this.file = file;
        this.delayMillis = delayMillis;
        this.written = written;
        writer = new LatestWinsWorker<>("losslens-autosave", this::settleThenWrite);
    }

    public Path file() {
        return file;
    }

    /** True if a previous run left its autosave behind (it did not exit cleanly). */
    public boolean hasLeftover() {
        return Files.isRegularFile(file);
    }

    /**
     * Queues a write of {@code state} (captured now, immutable), replacing a state not yet written.
     *
     * @return the ticket of this state: once a ticket at least as large is reported written, this
     *         state or a newer one is on disk
     */
    public long changed(SessionState state) {
        long ticket = requested.incrementAndGet();
        if (discarded) {
            return ticket; // after a clean exit (a late listener): nothing more is written
        }
        newest.set(new Pending(state, ticket));
        writer.submit(Boolean.TRUE);
        return ticket;
    }

    /** Writes now and waits (for tests and before a risky operation). */
    public void flush(SessionState state) {
        write(new Pending(state, requested.incrementAndGet()));
    }

    /**
     * On the writer thread: waits the delay first, so a burst of changes (a brush stroke) costs one
     * write of the newest state rather than one per change.
     */
    private void settleThenWrite(Boolean changed) {
        try {
            TimeUnit.MILLISECONDS.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: the exit decides what happens to the file
            return;
        }
        Pending pending = newest.getAndSet(null);
        if (pending != null) {
            write(pending);
        }
    }

    private void write(Pending pending) {
        synchronized (lock) {
            if (discarded) {
                return;
            }
            try {
                SessionFiles.writeAtomically(file, SessionCodec.encode(pending.state()));
                written.accept(pending.ticket());
            } catch (IOException | RuntimeException e) {
                // Autosave is a safety net: failing it must never disturb the user's work, but it is logged.
                LOG.log(System.Logger.Level.WARNING, "autosave to " + file + " failed", e);
            }
        }
    }

    /** A clean exit: stop writing and remove the autosave, so the next start offers no recovery. */
    public void discard() {
        discarded = true;
        writer.close();
        synchronized (lock) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not remove the autosave " + file, e);
            }
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
