package org.losslens.app.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.losslens.app.editor.Tool;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamKind;
import org.losslens.core.loss.param.Params;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * The session file format (src/app/session-format.md): JSON with the pixel arrays as base64 of
 * little-endian float64, so every probability round-trips bit for bit and a 512² drawing stays a
 * few MB. Decoding builds and validates the whole state before returning it, so a caller can apply
 * it all or nothing.
 */
public final class SessionCodec {

    public static final String FORMAT = "losslens-session";
    /** Files of a newer version are refused: a newer LossLens may have put things there we would drop. */
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionCodec() {
    }

    public static byte[] encode(SessionState s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        Masks m = s.masks();
        ObjectNode masks = root.putObject("masks");
        masks.put("mode", m.mode().id());
        masks.put("classes", m.classes());
        masks.put("width", m.width());
        masks.put("height", m.height());
        masks.put("groundTruth", doubles(m.groundTruthCopy()));
        masks.put("probabilities", doubles(m.isMulticlass() ? m.classProbabilitiesCopy() : m.probabilityCopy()));
        ObjectNode parameters = root.putObject("parameters");
        s.parameters().forEach((label, p) -> {
            ObjectNode values = parameters.putObject(label);
            p.names().forEach(name -> values.set(name, JSON.valueToTree(p.get(name))));
        });
        root.put("selectedLoss", s.selectedLoss());
        root.set("recipe", JSON.valueToTree(s.recipe()));
        root.set("classRecipes", JSON.valueToTree(s.classRecipes()));
        SessionState.View v = s.view();
        ObjectNode view = root.putObject("view");
        view.put("language", v.language().toLanguageTag());
        view.put("heatmapChannel", v.heatmapChannel());
        view.put("heatmapLocked", v.heatmapLocked());
        view.put("heatmapRange", v.heatmapRange());
        view.put("tool", v.tool().name());
        view.put("brushRadius", v.brushRadius());
        view.put("brushStrength", v.brushStrength());
        view.put("brushSoftness", v.brushSoftness());
        view.put("activeLabel", v.activeLabel());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a session", e);
        }
    }

    public static SessionState decode(byte[] bytes) throws SessionException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new SessionException(SessionException.Reason.CORRUPT, e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new SessionException(SessionException.Reason.NOT_A_SESSION, "format is not " + FORMAT, null);
        }
        int version = root.path("version").asInt(-1);
        if (version > VERSION) {
            throw new SessionException(SessionException.Reason.NEWER_VERSION, String.valueOf(version), null);
        }
        try {
            return state(root);
        } catch (RuntimeException e) {
            throw new SessionException(SessionException.Reason.CORRUPT, e.getMessage(), e);
        }
    }

    private static SessionState state(JsonNode root) {
        JsonNode m = required(root, "masks");
        Mode mode = Mode.valueOf(required(m, "mode").asText().toUpperCase(Locale.ROOT));
        int classes = required(m, "classes").asInt();
        int width = required(m, "width").asInt();
        int height = required(m, "height").asInt();
        double[] gt = doubles(required(m, "groundTruth").asText());
        double[] p = doubles(required(m, "probabilities").asText());
        Masks masks = mode == Mode.BINARY ? Masks.of(height, width, gt, p)
                : Masks.labelled(classes, height, width, gt, p);
        Map<String, Params> parameters = new LinkedHashMap<>();
        required(root, "parameters").fields().forEachRemaining(e -> {
            LossSpec spec = LossCatalogue.all().stream().filter(s -> s.label().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown loss " + e.getKey()));
            Map<String, Object> raw = JSON.convertValue(e.getValue(),
                    JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
            Params bound = spec.bind(raw, true);
            checkClassWeights(spec, bound, masks);
            parameters.put(e.getKey(), bound);
        });
        PredictionRecipe recipe = JSON.convertValue(required(root, "recipe"), PredictionRecipe.class);
        List<PredictionRecipe> classRecipes = new ArrayList<>();
        for (JsonNode r : (ArrayNode) required(root, "classRecipes")) {
            classRecipes.add(JSON.convertValue(r, PredictionRecipe.class));
        }
        JsonNode v = required(root, "view");
        SessionState.View view = new SessionState.View(Locale.forLanguageTag(required(v, "language").asText()),
                required(v, "heatmapChannel").asInt(), required(v, "heatmapLocked").asBoolean(),
                required(v, "heatmapRange").asDouble(), Tool.valueOf(required(v, "tool").asText()),
                required(v, "brushRadius").asDouble(), required(v, "brushStrength").asDouble(),
                required(v, "brushSoftness").asDouble(), required(v, "activeLabel").asInt());
        return new SessionState(masks, parameters, required(root, "selectedLoss").asText(), recipe, classRecipes, view);
    }

    /**
     * Class weights beyond the core's own checks (finite, ≥ 0), as the weights editor applies them:
     * not all zero (every pixel would be ignored), and in a multiclass drawing one per label, or the
     * loss would fail only after the file was opened instead of the file being refused.
     */
    private static void checkClassWeights(LossSpec spec, Params bound, Masks masks) {
        for (var param : spec.params()) {
            if (param.kind() != ParamKind.CLASS_WEIGHTS) {
                continue;
            }
            double[] w = bound.classWeights(param.name());
            if (w == null) {
                continue;
            }
            if (java.util.Arrays.stream(w).allMatch(x -> x == 0)) {
                throw new IllegalArgumentException(param.name() + " of " + spec.label() + " are all 0");
            }
            if (masks.isMulticlass() && w.length != masks.classes()) {
                throw new IllegalArgumentException(param.name() + " of " + spec.label() + " has " + w.length
                        + " weights for " + masks.classes() + " classes");
            }
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value;
    }

    private static String doubles(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    private static double[] doubles(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length % Double.BYTES != 0) {
            throw new IllegalArgumentException("pixel data is cut off");
        }
        double[] out = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
        return out;
    }
}
