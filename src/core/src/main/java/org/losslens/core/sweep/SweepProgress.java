package org.losslens.core.sweep;

/**
 * Lets a caller follow a long sweep and stop it. A sweep calls {@link #completed} after each point
 * and stops with a {@link java.util.concurrent.CancellationException} once {@link #isCancelled} is true.
 */
public interface SweepProgress {

    /** No progress reporting, never cancelled. */
    SweepProgress NONE = new SweepProgress() {
    };

    default boolean isCancelled() {
        return false;
    }

    default void completed(int done, int total) {
    }

    /** Throws if cancelled; sweeps call this between points. */
    static void check(SweepProgress progress) {
        if (progress.isCancelled()) {
            throw new java.util.concurrent.CancellationException("sweep cancelled");
        }
    }
}
