package org.losslens.app.testing;

import java.util.function.BooleanSupplier;

/** Polls a condition that a background thread (compute, optimise) will make true; fails after 60 s (a cap for a loaded machine, not a delay). */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
