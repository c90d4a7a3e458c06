package org.losslens.app;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.editor.Tool;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.Await;

/** The input time a request carries (input-to-repaint latency) is that of the edit it answers. */
class WorkbenchInputMarkTest {

    @Test
    void aMoveThatChangesNothingDoesNotDateTheNextEdit() throws Exception {
        List<Evaluation> shown = new CopyOnWriteArrayList<>();
        try (Workbench w = new Workbench(Workbench.defaultMasks(64), Runnable::run)) {
            w.onEvaluationProperty().set(shown::add);
            w.editor().toolProperty().set(Tool.GT_BRUSH);
            w.editor().brushRadiusProperty().set(3);
            w.editor().press(10, 10);
            Masks painted = w.document().current();
            Await.until(() -> shown.stream().anyMatch(e -> e.request().masks() == painted));
            // inside what the press painted: no new drawing, so no request answers this input
            w.markInput(5);
            w.editor().drag(10.2, 10);
            assertSame(painted, w.document().current());
            // the next edit that changes pixels is timed from its own input
            long own = System.nanoTime();
            w.markInput(own);
            w.editor().drag(30, 10);
            Masks next = w.document().current();
            Await.until(() -> shown.stream().anyMatch(e -> e.request().masks() == next));
            long created = shown.stream().filter(e -> e.request().masks() == next).findFirst().orElseThrow()
                    .request().createdNanos();
            assertTrue(created >= own, "timed from " + created + ", the edit's input was at " + own);
        }
    }
}
