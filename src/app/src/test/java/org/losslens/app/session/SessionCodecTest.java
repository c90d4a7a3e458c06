package org.losslens.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.Workbench;
import org.losslens.app.editor.Tool;
import org.losslens.app.multiclass.MulticlassExample;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;
import org.losslens.core.synthesis.PredictionRecipe;

/** The session format round-trips exactly and refuses what it cannot fully understand. */
class SessionCodecTest {

    private static SessionState state(Masks masks) {
        LossSpec gwdl = LossCatalogue.require("generalized_wasserstein_dice", Mode.MULTICLASS);
        Params matrix = gwdl.defaults().with(gwdl.label(), gwdl.params(), "dist_matrix",
                List.of(List.of(0, 0.5, 1), List.of(0.5, 0, 1), List.of(1, 1, 0)));
        LossSpec tversky = LossCatalogue.require("tversky", Mode.BINARY);
        return new SessionState(masks, Map.of(gwdl.label(), matrix, tversky.label(),
                tversky.defaults().with(tversky.label(), tversky.params(), "alpha", 0.123456789)), "tversky",
                PredictionRecipe.defaults().withShift(3, -2).withBlurSigma(0.7), MulticlassExample.recipes(),
                new SessionState.View(Locale.SIMPLIFIED_CHINESE, 2, true, 0.25, Tool.PREDICTION_BRUSH, 7.5, 0.3, 0.1, 2));
    }

    private static void assertSameState(SessionState a, SessionState b) {
        assertTrue(a.masks().sameContent(b.masks()));
        assertEquals(a.parameters().toString(), b.parameters().toString());
        assertEquals(a.selectedLoss(), b.selectedLoss());
        assertEquals(a.recipe(), b.recipe());
        assertEquals(a.classRecipes(), b.classRecipes());
        assertEquals(a.view(), b.view());
    }

    @Test
    void binaryAndMulticlassStatesRoundTripBitForBit() throws Exception {
        for (Masks masks : List.of(Workbench.defaultMasks(64), MulticlassExample.create(64, 3))) {
            SessionState original = state(masks);
            byte[] bytes = SessionCodec.encode(original);
            SessionState back = SessionCodec.decode(bytes);
            assertSameState(original, back);
            assertArrayEquals(bytes, SessionCodec.encode(back));
        }
    }

    @Test
    void classWeightsAreKeptAndBadOnesRefused() throws Exception {
        LossSpec ce = LossCatalogue.require("ce", Mode.MULTICLASS);
        Masks masks = MulticlassExample.create(64, 3);
        SessionState original = new SessionState(masks, Map.of(ce.label(), ce.defaults().with(ce.label(), ce.params(),
                "class_weights", List.of(0.5, 3.0, 1.0 / 3))), "ce", PredictionRecipe.defaults(),
                MulticlassExample.recipes(), state(masks).view());
        byte[] bytes = SessionCodec.encode(original);
        SessionState back = SessionCodec.decode(bytes);
        assertArrayEquals(new double[] {0.5, 3.0, 1.0 / 3}, back.parameters().get(ce.label()).classWeights("class_weights"));
        assertSameState(original, back);

        String text = new String(bytes, StandardCharsets.UTF_8).replaceAll("\"class_weights\" : \\[[^\\]]*\\]",
                "\"class_weights\" : @W@");
        // Files written before the weights editor hold null: unweighted, still loadable.
        assertEquals(null, SessionCodec.decode(text.replace("@W@", "null").getBytes(StandardCharsets.UTF_8))
                .parameters().get(ce.label()).classWeights("class_weights"));
        for (String bad : List.of("[0, 0, 0]", "[1, 2]", "[1, -1, 1]")) {
            SessionException e = assertThrows(SessionException.class,
                    () -> SessionCodec.decode(text.replace("@W@", bad).getBytes(StandardCharsets.UTF_8)), bad);
            assertEquals(SessionException.Reason.CORRUPT, e.getReason(), bad);
        }
    }

    @Test
    void newerTruncatedAndForeignFilesAreRefusedWithTheirReason() {
        byte[] good = SessionCodec.encode(state(Workbench.defaultMasks(64)));
        String text = new String(good, StandardCharsets.UTF_8);
        SessionException newer = assertThrows(SessionException.class, () -> SessionCodec.decode(
                text.replace("\"version\" : " + SessionCodec.VERSION, "\"version\" : 7").getBytes(StandardCharsets.UTF_8)));
        assertEquals(SessionException.Reason.NEWER_VERSION, newer.getReason());
        SessionException cut = assertThrows(SessionException.class,
                () -> SessionCodec.decode(Arrays.copyOf(good, good.length / 2)));
        assertEquals(SessionException.Reason.CORRUPT, cut.getReason());
        SessionException foreign = assertThrows(SessionException.class,
                () -> SessionCodec.decode("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SessionException.Reason.NOT_A_SESSION, foreign.getReason());
        SessionException badPixels = assertThrows(SessionException.class, () -> SessionCodec.decode(
                text.replaceFirst("\"groundTruth\" : \"[A-Za-z0-9+/]{8}", "\"groundTruth\" : \"")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(SessionException.Reason.CORRUPT, badPixels.getReason());
    }

    @Test
    void writesReplaceTheFileWholeAndLeaveNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.losslens.json");
        Files.writeString(file, "old");
        SessionFiles.writeAtomically(file, SessionCodec.encode(state(Workbench.defaultMasks(64))));
        assertSameState(state(Workbench.defaultMasks(64)), SessionFiles.read(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void recentFilesKeepTheNewestFirstAcrossRuns(@TempDir Path dir) {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        recent.add(dir.resolve("a.json"));
        recent.add(dir.resolve("b.json"));
        recent.add(dir.resolve("a.json"));
        assertEquals(List.of(dir.resolve("a.json"), dir.resolve("b.json")),
                new RecentFiles(dir.resolve("recent.txt")).files());
    }
}
