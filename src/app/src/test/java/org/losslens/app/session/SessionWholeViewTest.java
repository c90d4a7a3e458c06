package org.losslens.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.editor.MaskPainting;
import org.losslens.app.optimise.OptimizerKind;
import org.losslens.app.scenarios.ScenarioLibrary;
import org.losslens.app.testing.Await;
import org.losslens.app.viewstate.ViewState;
import org.losslens.app.viewstate.ViewStateCodec;
import org.losslens.app.viewport.ViewportViewModel;
import org.losslens.core.sweep.ImbalanceSweep.ErrorModel;

/** Version 2 sessions keep the whole view and the pin; version 1 files still open; opening clears the notice. */
class SessionWholeViewTest {

    @TempDir
    Path home;
    @TempDir
    Path other;

    private static boolean settled(Workbench w) {
        Evaluation e = w.latestProperty().get();
        return e != null && e.request().masks() == w.document().current()
                && e.request().params().equals(w.parameters().snapshot());
    }

    @Test
    void theWholeViewAndThePinRoundTripThroughAFile() throws Exception {
        byte[] file;
        ViewState saved;
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run, home)) {
            w.requestEvaluation();
            Await.until(() -> settled(w));
            w.pin().pin();
            w.document().commit(MaskPainting.stampProbability(w.document().current(), 4, 4, 2, 0.9, 0));
            Await.until(() -> settled(w));
            w.view().tabProperty().set("imbalance");
            w.imbalance().errorModelProperty().set(ErrorModel.MISSED_PIXELS);
            w.imbalance().confidenceProperty().set(0.999);
            w.imbalanceLosses().choose(List.of("bce", "dice"));
            w.comparison().choose(List.of("dice", "hausdorff_dt", "boundary"));
            w.smallMultiples().sharedScaleProperty().set(false);
            w.optimise().optimizerProperty().set(OptimizerKind.PLAIN);
            w.optimise().learningRateProperty().set(200);
            w.optimise().lossesProperty().set(List.of("bce", "dice"));
            w.pin().compareProperty().set(true);
            w.viewport().set(4, 10, 12);
            saved = w.view().capture();
            file = SessionCodec.encode(w.sessions().capture());
            w.sessions().shutdown();
        }
        SessionState decoded = SessionCodec.decode(file);
        assertEquals(saved, decoded.whole());
        assertNotNull(decoded.pin());
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run, other)) {
            w.scenarios().load(ScenarioLibrary.builtIn().get(0));
            assertNotNull(w.scenarios().currentProperty().get());
            w.sessions().apply(decoded);
            assertNull(w.scenarios().currentProperty().get(), "opening a session clears the scenario's notice");
            assertEquals(saved, w.view().capture());
            assertEquals("imbalance", w.view().tabProperty().get());
            assertEquals(new ViewportViewModel.View(4, 10, 12), w.viewport().viewProperty().get(),
                    "the editor's and heatmaps' zoom");
            Await.until(() -> w.pin().isPinned());
            assertTrue(w.pin().pinnedProperty().get().request().masks().sameContent(decoded.pin().masks()));
            assertTrue(w.pin().compareProperty().get());
            w.sessions().shutdown();
        }
    }

    @Test
    void aVersionOneFileOpensAndClearsThePin() throws Exception {
        try (Workbench w = new Workbench(Workbench.defaultMasks(32), Runnable::run, home)) {
            w.requestEvaluation();
            Await.until(() -> settled(w));
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(SessionCodec.encode(w.sessions().capture()));
            root.put("version", 1);
            root.remove("viewState");
            root.remove("pin");
            w.pin().pin();
            w.view().tabProperty().set("confidence");
            SessionState old = SessionCodec.decode(json.writeValueAsBytes(root));
            assertNull(old.whole());
            w.sessions().apply(old);
            assertFalse(w.pin().isPinned(), "a version 1 session has no pin");
            assertEquals("confidence", w.view().tabProperty().get(), "nor a tab: it stays");
            w.sessions().shutdown();
        }
    }

    @Test
    void aWrongViewFieldIsRefusedWithItsPath() throws Exception {
        ObjectMapper json = new ObjectMapper();
        IllegalArgumentException tab = assertThrows(IllegalArgumentException.class,
                () -> ViewStateCodec.read(json.readTree("{\"tab\": \"heat\"}"), "steps[1].view"));
        assertTrue(tab.getMessage().startsWith("steps[1].view.tab"), tab.getMessage());
        IllegalArgumentException loss = assertThrows(IllegalArgumentException.class,
                () -> ViewStateCodec.read(json.readTree("{\"optimise\": {\"losses\": [\"dice\", \"nope\"]}}"), "view"));
        assertTrue(loss.getMessage().contains("\"nope\""), loss.getMessage());
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> ViewStateCodec.read(json.readTree("{\"imbalance\": {\"confidense\": 0.9}}"), "view"));
        assertTrue(typo.getMessage().contains("confidense"), typo.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ViewStateCodec.read(json.readTree("{\"imbalance\": {\"confidence\": 1.5}}"), "view"));
        IllegalArgumentException zoom = assertThrows(IllegalArgumentException.class,
                () -> ViewStateCodec.read(json.readTree("{\"zoom\": {\"factor\": 100}}"), "view"));
        assertTrue(zoom.getMessage().startsWith("view.zoom.factor"), zoom.getMessage());
    }
}
