package org.losslens.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.Workbench;
import org.losslens.app.editor.Tool;
import org.losslens.app.testing.Await;
import org.losslens.core.synthesis.PredictionRecipe;

/** Autosave on its worker: the newest state lands, and nothing lands after a clean exit removed it. */
class AutosaverTest {

    private static SessionState state(String selected) {
        return new SessionState(Workbench.defaultMasks(32), Map.of(), selected, PredictionRecipe.defaults(),
                java.util.Collections.nCopies(org.losslens.app.masks.Masks.MAX_CLASSES, PredictionRecipe.defaults()),
                new SessionState.View(Locale.ENGLISH, 0, false, 1, Tool.GT_BRUSH, 4, 0.9, 0.5, 1));
    }

    private static String selectedIn(Path file) {
        try {
            return SessionFiles.read(file).selectedLoss();
        } catch (SessionException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    @Test
    void aBurstOfChangesEndsWithTheNewestStateOnDisk(@TempDir Path home) throws Exception {
        Path file = home.resolve("autosave.losslens");
        try (Autosaver autosaver = new Autosaver(file, 20, ticket -> { })) {
            for (String selected : new String[] {"bce", "dice", "focal", "tversky"}) {
                autosaver.changed(state(selected));
            }
            Await.until(() -> Files.exists(file) && "tversky".equals(selectedIn(file)));
            assertTrue(autosaver.hasLeftover());
        }
    }

    @Test
    void aCleanExitRemovesTheFileAndLaterChangesDoNotBringItBack(@TempDir Path home) throws Exception {
        Path file = home.resolve("autosave.losslens");
        Autosaver autosaver = new Autosaver(file, 20, ticket -> { });
        autosaver.flush(state("dice"));
        assertEquals("dice", selectedIn(file));
        autosaver.changed(state("bce"));
        autosaver.discard();
        assertFalse(Files.exists(file));
        autosaver.changed(state("focal")); // the worker is closed: refused or never written
        assertFalse(Files.exists(file));
    }
}
