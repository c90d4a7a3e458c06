package org.losslens.app.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The claim of one running LossLens on its home folder (~/.losslens): an OS file lock on
 * {@value #FILE}, so only the holder autosaves there and treats an autosave it finds as a crash
 * leftover. The operating system releases the lock when the process ends, however it ends, so a
 * crashed run never blocks the next one; the lock file itself stays (deleting it could let two
 * runs lock two different files of the same name).
 */
public final class InstanceLock implements AutoCloseable {

    static final String FILE = "instance.lock";

    /** Whether this run got the home folder, and if not why. */
    public enum Outcome { HELD, OTHER_INSTANCE, UNAVAILABLE }

    private final Outcome outcome;
    private final String problem;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Outcome outcome, String problem, FileChannel channel, FileLock lock) {
        this.outcome = outcome;
        this.problem = problem;
        this.channel = channel;
        this.lock = lock;
    }

    /** Tries, without waiting, to lock {@code home}'s lock file. */
    static InstanceLock acquire(Path home) {
        FileChannel channel = null;
        try {
            Files.createDirectories(home);
            channel = FileChannel.open(home.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                // Another instance inside this JVM (the tests start several) holds it: the same answer.
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return new InstanceLock(Outcome.OTHER_INSTANCE, null, null, null);
            }
            return new InstanceLock(Outcome.HELD, null, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel, e);
            return new InstanceLock(Outcome.UNAVAILABLE, home.resolve(FILE) + ": " + e.getMessage(), null, null);
        }
    }

    private static void closeQuietly(FileChannel channel, IOException first) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                first.addSuppressed(e);
            }
        }
    }

    Outcome outcome() {
        return outcome;
    }

    boolean held() {
        return outcome == Outcome.HELD;
    }

    /** For {@link Outcome#UNAVAILABLE}: what failed. */
    String problem() {
        return problem;
    }

    /** Releases the lock (closing the channel releases it too; both are idempotent). */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // The lock dies with the channel or, at the latest, with the process.
            throw new java.io.UncheckedIOException("cannot release " + FILE, e);
        }
    }
}
