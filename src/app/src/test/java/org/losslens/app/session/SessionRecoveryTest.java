package org.losslens.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.Workbench;
import org.losslens.app.testing.Await;

/**
 * Crash recovery and the single-instance lock at view-model level: the recovered copy stays until
 * an autosave of it is on disk, and a second instance never touches the first one's files.
 */
class SessionRecoveryTest {

    @TempDir
    Path home;

    /** A session view model over a workbench's view models, as the composition root builds it. */
    private static SessionViewModel sessionsOf(Workbench w, Path home) {
        return new SessionViewModel(w.document(), w.parameters(), w.losses(), w.generator(), w.editor(), w.heatmap(),
                w.view(), w.pin(), w.scenarios()::dismiss, w.messages(), home);
    }

    private static Workbench workbench() {
        return new Workbench(Workbench.defaultMasks(32), Runnable::run);
    }

    /** A run that changed a parameter, autosaved, and then crashed (no clean exit). */
    private String crashWithWork() {
        try (Workbench w = workbench()) {
            SessionViewModel crashed = sessionsOf(w, home);
            w.losses().select("tversky");
            w.parameters().set("alpha", 0.77);
            String work = crashed.capture().parameters().toString();
            crashed.autosaveNow();
            crashed.close();
            return work;
        }
    }

    private Path autosave() {
        return home.resolve(SessionViewModel.AUTOSAVE);
    }

    private Path recovery() {
        return home.resolve(SessionViewModel.RECOVERY);
    }

    @Test
    void theRecoveredCopyStaysUntilAnAutosaveOfTheRecoveredWorkIsOnDisk() throws Exception {
        String work = crashWithWork();
        try (Workbench w = workbench()) {
            SessionViewModel sessions = sessionsOf(w, home);
            assertTrue(sessions.recoverable().isPresent());
            sessions.recover();
            assertEquals(work, sessions.capture().parameters().toString());
            assertTrue(Files.exists(recovery()), "a crash now would otherwise lose the recovered work");
            assertFalse(sessions.recoverable().isPresent(), "offered once");

            Await.until(() -> !Files.exists(recovery()));
            assertEquals(work, SessionFiles.read(autosave()).parameters().toString());
            sessions.shutdown();
        }
    }

    @Test
    void aCrashRightAfterRecoverFindsTheWorkAgain() throws Exception {
        String work = crashWithWork();
        try (Workbench w = workbench()) {
            SessionViewModel sessions = sessionsOf(w, home);
            sessions.recover();
            sessions.close(); // crashes before the autosave, 1.5 s later, was written
        }
        try (Workbench w = workbench()) {
            SessionViewModel sessions = sessionsOf(w, home);
            assertTrue(sessions.recoverable().isPresent());
            sessions.recover();
            assertEquals(work, sessions.capture().parameters().toString());
            sessions.shutdown();
        }
    }

    @Test
    void aSecondInstanceLeavesTheFirstOnesAutosaveAlone() throws Exception {
        try (Workbench first = workbench(); Workbench second = workbench()) {
            SessionViewModel running = sessionsOf(first, home);
            running.autosaveNow();
            byte[] live = Files.readAllBytes(autosave());

            SessionViewModel another = sessionsOf(second, home);
            assertEquals(InstanceLock.Outcome.OTHER_INSTANCE, another.instance());
            assertFalse(another.recoverable().isPresent(), "a live autosave is no crash leftover");
            another.discardRecovery();
            second.parameters().set("alpha", 0.5);
            another.autosaveNow();
            another.shutdown();
            assertTrue(Files.exists(autosave()), "the running instance's safety copy is still there");
            assertEquals(new String(live, StandardCharsets.UTF_8), Files.readString(autosave()));
            assertFalse(Files.exists(recovery()));

            assertEquals(InstanceLock.Outcome.HELD, running.instance());
            running.shutdown();
            assertFalse(Files.exists(autosave()));
        }
        try (Workbench w = workbench()) {
            SessionViewModel next = sessionsOf(w, home);
            assertEquals(InstanceLock.Outcome.HELD, next.instance(), "a clean exit releases the folder");
            next.shutdown();
        }
    }

    @Test
    void anotherProcessHoldingTheLockIsSeenAndItsDeathReleasesIt() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), home.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", said.readLine());
            try (Workbench w = workbench()) {
                SessionViewModel second = sessionsOf(w, home);
                assertEquals(InstanceLock.Outcome.OTHER_INSTANCE, second.instance());
                second.shutdown();
            }
        } finally {
            holder.destroyForcibly(); // kill -9: the OS releases the lock
            holder.waitFor();
        }
        try (Workbench w = workbench()) {
            SessionViewModel next = sessionsOf(w, home);
            assertEquals(InstanceLock.Outcome.HELD, next.instance());
            next.shutdown();
        }
    }

    @Test
    void savingOverASharedSessionKeepsItsModeAndALongNameWorks() throws Exception {
        try (Workbench w = workbench()) {
            SessionViewModel sessions = sessionsOf(w, home);
            Path shared = home.resolve("lesson.losslens.json");
            Files.writeString(shared, "{}");
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
            sessions.save(shared);
            assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));

            Path longName = home.resolve("l".repeat(225) + ".losslens.json");
            sessions.save(longName);
            assertTrue(SessionFiles.read(longName).masks().sameContent(sessions.capture().masks()));
            sessions.shutdown();
        }
    }
}
