package org.losslens.app.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Writes the state to the autosave file shortly after each change, on its own thread (latest state
 * wins), atomically. The file is deleted on a clean exit, so finding it at start means the last run
 * ended uncleanly and its work can be recovered.
 */
public final class Autosaver implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

    private final Path file;
    private final long delayMillis;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "losslens-autosave");
        t.setDaemon(true);
        return t;
    });
    private final LongConsumer written;
    private ScheduledFuture<?> pending;
    private long requested;

    /**
     * @param written told (on the autosave thread) the ticket of each state that is now on disk, so a
     *                caller can wait for a particular state to be safe (see {@link #changed})
     */
    public Autosaver(Path file, long delayMillis, LongConsumer written) {
        this.file = file;
        this.delayMillis = delayMillis;
        this.written = written;
    }

    public Path file() {
        return file;
    }

    /** True if a previous run left its autosave behind (it did not exit cleanly). */
    public boolean hasLeftover() {
        return Files.isRegularFile(file);
    }

    /**
     * Schedules a write of {@code state} (captured now, immutable), replacing a write not yet done.
     *
     * @return the ticket of this state: once a ticket at least as large is reported written, this
     *         state or a newer one is on disk
     */
    public synchronized long changed(SessionState state) {
        if (pending != null) {
            pending.cancel(false);
        }
        long ticket = ++requested;
        pending = writer.schedule(() -> write(state, ticket), delayMillis, TimeUnit.MILLISECONDS);
        return ticket;
    }

    /** Writes now and waits (for tests and before a risky operation). */
    public void flush(SessionState state) {
        long ticket;
        synchronized (this) {
            ticket = ++requested;
        }
        write(state, ticket);
    }

    private void write(SessionState state, long ticket) {
        try {
            SessionFiles.writeAtomically(file, SessionCodec.encode(state));
            written.accept(ticket);
        } catch (IOException | RuntimeException e) {
            // Autosave is a safety net: failing it must never disturb the user's work, only be on record.
            LOG.log(System.Logger.Level.WARNING, "autosave to " + file + " failed", e);
        }
    }

    /** A clean exit: stop writing and remove the autosave, so the next start offers no recovery. */
    public synchronized void discard() {
        if (pending != null) {
            pending.cancel(false);
        }
        writer.shutdownNow();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
            Files.deleteIfExists(file);
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
