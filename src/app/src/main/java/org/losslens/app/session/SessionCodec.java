package org.losslens.app.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.losslens.app.editor.Tool;
import org.losslens.app.heatmap.GradientChannel;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.viewstate.ViewStateCodec;
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
    public static final int VERSION = 2;
    /** Bounds of what a file may declare (session-format.md, "Limits"). */
    static final double MIN_BRUSH_RADIUS = 0.5;
    static final double MAX_BRUSH_RADIUS = 256;
    static final double MAX_BLUR_SIGMA = 64;
    static final int MAX_RECIPE_COUNT = 1000;
    /**
     * The most bytes a session file may hold, checked before it is parsed: the largest drawing
     * (512², 6 classes: labels and class probabilities as base64 of float64) is about 20 MB, so a
     * larger file is not one LossLens wrote, and reading it whole could exhaust memory.
     */
    static final int MAX_FILE_BYTES = 32 << 20;
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
        SessionViewCodec.write(root, s);
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
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.bigIntegerValue().signum() <= 0) {
            throw new SessionException(SessionException.Reason.CORRUPT,
                    "\"version\" must be a whole number >= 1, got " + version, null);
        }
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
            throw new SessionException(SessionException.Reason.NEWER_VERSION, version.asText(), null);
        }
        try {
            return state(root);
        } catch (RuntimeException e) {
            throw new SessionException(SessionException.Reason.CORRUPT, e.getMessage(), e);
        }
    }

    private static SessionState state(JsonNode root) {
        JsonNode m = required(root, "masks");
        Mode mode = SessionFields.choice(m, "masks", "mode", Mode.class);
        int classes = mode == Mode.BINARY ? SessionFields.integer(m, "masks", "classes", 2, 2)
                : SessionFields.integer(m, "masks", "classes", Masks.MIN_CLASSES, Masks.MAX_CLASSES);
        int width = SessionFields.integer(m, "masks", "width", Masks.MIN_SIZE, Masks.MAX_SIZE);
        int height = SessionFields.integer(m, "masks", "height", Masks.MIN_SIZE, Masks.MAX_SIZE);
        double[] gt = doubles(SessionFields.text(m, "masks", "groundTruth"));
        double[] p = doubles(SessionFields.text(m, "masks", "probabilities"));
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
        String selected = SessionFields.text(root, "", "selectedLoss");
        if (!selected.isEmpty() && LossCatalogue.all().stream().noneMatch(spec -> spec.id().equals(selected))) {
            throw new IllegalArgumentException("selectedLoss \"" + selected + "\" is not a loss of the catalogue");
        }
        PredictionRecipe recipe = recipe(required(root, "recipe"), "recipe");
        JsonNode recipes = required(root, "classRecipes");
        if (!recipes.isArray() || recipes.size() != Masks.MAX_CLASSES) {
            throw new IllegalArgumentException("classRecipes must list " + Masks.MAX_CLASSES + " recipes, one per "
                    + "label, got " + (recipes.isArray() ? recipes.size() : recipes.getNodeType()));
        }
        List<PredictionRecipe> classRecipes = new ArrayList<>();
        for (int c = 0; c < recipes.size(); c++) {
            classRecipes.add(recipe(recipes.get(c), "classRecipes[" + c + "]"));
        }
        JsonNode v = required(root, "view");
        SessionState.View view = new SessionState.View(language(v),
                // Channel and label may exceed this drawing's classes (they are kept across a mode switch
                // and clamped where used), never the most a drawing can have, and never below.
                SessionFields.integer(v, "view", "heatmapChannel", GradientChannel.SUMMED_MAGNITUDE,
                        Masks.MAX_CLASSES - 1),
                SessionFields.bool(v, "view", "heatmapLocked"),
                SessionFields.real(v, "view", "heatmapRange", Double.MIN_NORMAL, Double.MAX_VALUE),
                SessionFields.choice(v, "view", "tool", Tool.class),
                SessionFields.real(v, "view", "brushRadius", MIN_BRUSH_RADIUS, MAX_BRUSH_RADIUS),
                SessionFields.real(v, "view", "brushStrength", 0, 1),
                SessionFields.real(v, "view", "brushSoftness", 0, 1),
                SessionFields.integer(v, "view", "activeLabel", 0, Masks.MAX_CLASSES - 1));
        return new SessionState(masks, parameters, selected, recipe, classRecipes, view,
                root.has("viewState") ? ViewStateCodec.read(root.get("viewState"), "viewState") : null,
                SessionViewCodec.pin(root));
    }

    /**
     * One of the app's languages, by its language code ("en", "en-GB" → English; "zh", "zh-CN" →
     * 简体中文): any other tag would leave the app in a locale it has no texts for.
     */
    private static Locale language(JsonNode view) {
        String tag = SessionFields.text(view, "view", "language");
        String code = Locale.forLanguageTag(tag).getLanguage();
        return Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("view.language is \"" + tag + "\"; it must be one of "
                        + Messages.SUPPORTED.stream().map(Locale::toLanguageTag).toList()));
    }

    /**
     * A prediction recipe within the documented bounds (session-format.md): wider than the sliders,
     * so hand-edited files open, but small enough that no value makes generating a prediction hang
     * or run out of memory.
     */
    private static PredictionRecipe recipe(JsonNode r, String path) {
        int side = Masks.MAX_SIZE;
        return new PredictionRecipe(SessionFields.integer(r, path, "dx", -side, side),
                SessionFields.integer(r, path, "dy", -side, side),
                SessionFields.integer(r, path, "growRadius", -side, side),
                SessionFields.real(r, path, "blurSigma", 0, MAX_BLUR_SIGMA),
                SessionFields.real(r, path, "confidenceInside", 0, 1),
                SessionFields.real(r, path, "confidenceOutside", 0, 1),
                SessionFields.real(r, path, "noiseSigma", 0, 1),
                SessionFields.wholeLong(r, path, "seed"),
                SessionFields.integer(r, path, "falsePositiveBlobs", 0, MAX_RECIPE_COUNT),
                SessionFields.integer(r, path, "droppedComponents", 0, MAX_RECIPE_COUNT));
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
        return SessionFields.required(node, "", field);
    }

    static String doubles(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    static double[] doubles(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length % Double.BYTES != 0) {
            throw new IllegalArgumentException("pixel data is cut off");
        }
        double[] out = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
        return out;
    }
}
