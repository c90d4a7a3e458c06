package org.losslens.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Workbench built on its own thread while the toolkit starts: what it published before the FX
 * thread took it (the first substituted formula, results) arrives on the FX thread, and the live loop
 * then works as in a Workbench built on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchStartFxTest {

    @Test
    void publicationsHeldUntilTheToolkitRunsReachTheFxThread() throws Exception {
        Path home = Files.createTempDirectory("losslens-home");
        WorkbenchStart start = WorkbenchStart.begin(Workbench.defaultMasks(Workbench.DEFAULT_SIZE), home);
        AtomicBoolean heldRanOnFx = new AtomicBoolean();
        start.publish(() -> heldRanOnFx.set(Platform.isFxApplicationThread()));
        Workbench workbench = WaitForAsyncUtils.asyncFx(start::await).get(30, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, heldRanOnFx::get);
            WaitForAsyncUtils.asyncFx(workbench::requestEvaluation).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                var shown = workbench.latestProperty().get();
                return shown != null && shown.request().masks() == workbench.document().current();
            });
            assertNotNull(workbench.latestProperty().get());
            assertFalse(workbench.formula().latexProperty().get().isEmpty());
        } finally {
            WaitForAsyncUtils.asyncFx(workbench::close).get(10, TimeUnit.SECONDS);
        }
    }
}
