package org.losslens.app.optimise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.Workbench;
import org.losslens.app.compute.SweepService;
import org.losslens.app.i18n.Messages;
import org.losslens.app.parameters.ParameterSet;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.Mode;

/** "Export frames…" runs as a background job whose outcome is observable: written, or failed with a reason. */
class FrameExportTest {

    private final OptimiseViewModel model = new OptimiseViewModel(LossCatalogue.forMode(Mode.BINARY),
            new SimpleObjectProperty<>(Workbench.defaultMasks(32)),
            new SimpleObjectProperty<>(ParameterSet.defaults(LossCatalogue.forMode(Mode.BINARY))), Runnable::run);
    private final Messages messages = new Messages(Messages.ENGLISH);

    @AfterEach
    void close() {
        model.close();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void writesEveryStepAndSaysHowMany(@TempDir Path dir) throws Exception {
        model.setPanelCount(1);
        model.stepOnce();
        model.stepOnce();
        waitFor(() -> model.stepProperty().get() == 2);
        FrameExport frames = model.frameExport();
        model.exportFrames(dir, messages);
        waitFor(() -> frames.stateProperty().get().phase() == SweepService.State.Phase.DONE);
        assertEquals(3, frames.writtenProperty().get());
        assertEquals(dir, frames.folderProperty().get());
        assertTrue(Files.exists(dir.resolve("frame-00002.png")));
    }

    @Test
    void aFolderThatCannotBeWrittenFailsWithItsReason(@TempDir Path dir) throws Exception {
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "not a folder");
        FrameExport frames = model.frameExport();
        waitFor(() -> model.frameProperty().get() != null);
        model.exportFrames(blocked.resolve("frames"), messages);
        waitFor(() -> frames.stateProperty().get().phase() == SweepService.State.Phase.FAILED);
        assertTrue(frames.stateProperty().get().error().contains("a-file"), frames.stateProperty().get().error());
    }
}
