package org.losslens.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.losslens.app.editor.Tool;
import org.losslens.app.masks.Masks;
import org.losslens.app.multiclass.MulticlassExample;
import org.losslens.core.synthesis.PredictionRecipe;

/** Everything a session file declares is checked against its bounds; a value outside them refuses the file. */
class SessionLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode good() throws Exception {
        Masks masks = MulticlassExample.create(32, 3);
        SessionState s = new SessionState(masks, java.util.Map.of(), "dice", PredictionRecipe.defaults(),
                MulticlassExample.recipes(), new SessionState.View(Locale.ENGLISH, 2, false, 0.5,
                        Tool.PREDICTION_BRUSH, 4, 0.9, 0.5, 2));
        return (ObjectNode) JSON.readTree(SessionCodec.encode(s));
    }

    private static SessionException refused(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = good();
        edit.accept(root);
        byte[] bytes = JSON.writeValueAsBytes(root);
        return assertThrows(SessionException.class, () -> SessionCodec.decode(bytes), root.toString().substring(0, 80));
    }

    private static ObjectNode view(ObjectNode root) {
        return (ObjectNode) root.get("view");
    }

    private static ObjectNode recipe(ObjectNode root) {
        return (ObjectNode) root.get("recipe");
    }

    @Test
    void theUntouchedFileOpens() throws Exception {
        SessionState s = SessionCodec.decode(JSON.writeValueAsBytes(good()));
        assertEquals(2, s.view().activeLabel());
    }

    @Test
    void viewValuesOutsideTheirRangeAreRefusedNamingTheField() throws Exception {
        String[][] cases = {
            {"activeLabel", "-5"}, {"activeLabel", "6"}, {"heatmapChannel", "99"}, {"heatmapChannel", "-2"},
            {"brushRadius", "1e300"}, {"brushStrength", "1.5"}, {"heatmapRange", "0"}, {"heatmapRange", "-1"},
            {"activeLabel", "1.5"}, {"activeLabel", "\"two\""},
        };
        for (String[] c : cases) {
            SessionException e = refused(root -> view(root).set(c[0], parse(c[1])));
            assertEquals(SessionException.Reason.CORRUPT, e.getReason(), c[0] + "=" + c[1]);
            assertTrue(e.getMessage().contains("view." + c[0]), e.getMessage());
        }
    }

    @Test
    void recipesOutsideTheirBoundsAreRefused() throws Exception {
        assertEquals(SessionException.Reason.CORRUPT,
                refused(root -> recipe(root).put("growRadius", Integer.MAX_VALUE)).getReason());
        assertTrue(refused(root -> recipe(root).put("blurSigma", 1e300)).getMessage().contains("recipe.blurSigma"));
        assertTrue(refused(root -> recipe(root).put("falsePositiveBlobs", 1_000_000)).getMessage()
                .contains("falsePositiveBlobs"));
        assertTrue(refused(root -> ((ObjectNode) root.get("classRecipes").get(3)).put("dx", 100_000)).getMessage()
                .contains("classRecipes[3].dx"));
        for (int count : new int[] {0, 1, 1000}) {
            SessionException e = refused(root -> {
                ArrayNode list = JSON.createArrayNode();
                for (int i = 0; i < count; i++) {
                    list.add(root.get("recipe").deepCopy());
                }
                root.set("classRecipes", list);
            });
            assertTrue(e.getMessage().contains("classRecipes must list " + Masks.MAX_CLASSES), e.getMessage());
        }
    }

    @Test
    void theSelectedLossMustBeACatalogueId() throws Exception {
        SessionException e = refused(root -> root.put("selectedLoss", "../../tmp/evil"));
        assertTrue(e.getMessage().contains("not a loss of the catalogue"), e.getMessage());
    }

    @Test
    void theVersionIsAWholeNumberFromOneAndNeverWraps() throws Exception {
        assertEquals(SessionException.Reason.NEWER_VERSION,
                refused(root -> root.put("version", 4294967297L)).getReason());
        for (String bad : new String[] {"1.9", "0", "-7", "\"1\""}) {
            assertEquals(SessionException.Reason.CORRUPT, refused(root -> root.set("version", parse(bad))).getReason(), bad);
        }
        assertEquals(SessionException.Reason.CORRUPT, refused(root -> root.remove("version")).getReason());
    }

    @Test
    void maskDimensionsAreCheckedAsWholeNumbers() throws Exception {
        // 4294967328 would wrap to 32 with a lenient read and then "match" the pixel data.
        assertEquals(SessionException.Reason.CORRUPT,
                refused(root -> ((ObjectNode) root.get("masks")).put("width", 4294967328L)).getReason());
        assertEquals(SessionException.Reason.CORRUPT,
                refused(root -> ((ObjectNode) root.get("masks")).put("classes", 40)).getReason());
    }

    @Test
    void languageToolAndModeMustBeOnesTheAppHasAndTheMessageListsThem() throws Exception {
        SessionException language = refused(root -> view(root).put("language", "fr"));
        assertEquals(SessionException.Reason.CORRUPT, language.getReason());
        assertTrue(language.getMessage().contains("view.language") && language.getMessage().contains("zh-CN"),
                language.getMessage());
        SessionException tool = refused(root -> view(root).put("tool", "LASSO"));
        assertTrue(tool.getMessage().contains("view.tool") && tool.getMessage().contains("prediction_brush"),
                tool.getMessage());
        SessionException mode = refused(root -> ((ObjectNode) root.get("masks")).put("mode", "ternary"));
        assertTrue(mode.getMessage().contains("masks.mode") && mode.getMessage().contains("multiclass"),
                mode.getMessage());
        // Other spellings of a supported language open as that language.
        ObjectNode regional = good();
        view(regional).put("language", "zh");
        assertEquals(org.losslens.app.i18n.Messages.SIMPLIFIED_CHINESE,
                SessionCodec.decode(JSON.writeValueAsBytes(regional)).view().language());
    }

    @Test
    void aDrawingSmallerThanTheAppsSmallestIsRefusedNamingTheField() throws Exception {
        SessionException e = refused(root -> ((ObjectNode) root.get("masks")).put("width", 8));
        assertTrue(e.getMessage().contains("masks.width") && e.getMessage().contains(Masks.MIN_SIZE + " to"),
                e.getMessage());
    }

    @Test
    void aFileLargerThanAnySessionIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path huge = dir.resolve("huge.losslens.json");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(33L << 20); // sparse: no disk space used
        }
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.read(huge));
        assertEquals(SessionException.Reason.NOT_A_SESSION, e.getReason());
        assertTrue(e.getMessage().contains("larger than 32 MB"), e.getMessage());
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
