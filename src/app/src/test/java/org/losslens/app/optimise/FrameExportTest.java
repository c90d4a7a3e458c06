package org.losslens.app.optimise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.Await;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.compute.SweepService;
import org.losslens.app.i18n.Messages;

/** "Export frames…" runs as a background job whose outcome is observable: written, or failed with a reason. */
class FrameExportTest {

    private final OptimiseViewModel model = OptimiseModels.onDefaultScene(32);
    private final Messages messages = new Messages(Messages.ENGLISH);

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void writesEveryStepAndSaysHowMany(@TempDir Path dir) throws Exception {
        model.setPanelCount(1);
        model.stepOnce();
        model.stepOnce();
        Await.until(() -> model.stepProperty().get() == 2);
        FrameExport frames = model.frameExport();
        model.exportFrames(dir, messages);
        Await.until(() -> frames.stateProperty().get().phase() == SweepService.State.Phase.DONE);
        assertEquals(3, frames.writtenProperty().get());
        assertEquals(dir, frames.folderProperty().get());
        assertTrue(Files.exists(dir.resolve("frame-00002.png")));
    }

    @Test
    void aFolderThatCannotBeWrittenFailsWithItsReason(@TempDir Path dir) throws Exception {
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "not a folder");
        FrameExport frames = model.frameExport();
        Await.until(() -> model.frameProperty().get() != null);
        model.exportFrames(blocked.resolve("frames"), messages);
        Await.until(() -> frames.stateProperty().get().phase() == SweepService.State.Phase.FAILED);
        assertTrue(frames.stateProperty().get().error().contains("a-file"), frames.stateProperty().get().error());
    }
}
