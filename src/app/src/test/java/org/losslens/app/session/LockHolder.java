package org.losslens.app.session;

import java.nio.file.Path;

/** Run in a JVM of its own by SessionRecoveryTest: takes the instance lock of a folder and holds it until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        InstanceLock lock = InstanceLock.acquire(Path.of(args[0]));
        System.out.println(lock.held() ? "held" : "not held: " + lock.outcome());
        System.out.flush();
        // Holds the lock until the test kills this process (or closes its input).
        while (System.in.read() != -1) {
            Thread.onSpinWait();
        }
        lock.close();
    }
}
