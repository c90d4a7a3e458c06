package org.losslens.app.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losslens.app.masks.Masks;
import org.losslens.app.viewstate.ViewState;
import org.losslens.app.viewstate.ViewStateCodec;
import org.losslens.core.loss.Mode;
import org.losslens.core.synthesis.PredictionRecipe;

/** Reads the scenario JSON format of assets/scenarios/README.md, with messages that name the problem. */
public final class ScenarioReader {

    /** Version 2 added "view" and "steps"; version 1 files read as before. A newer file is refused rather than half-understood. */
    public static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioReader() {
    }

    public static Scenario read(InputStream in, String name) throws ScenarioException {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new ScenarioException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** A scenario from its text (a file's, or a pasted lesson link's). */
    public static Scenario read(String text, String name) throws ScenarioException {
        try {
            return parse(JSON.readTree(text), name, text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ScenarioException(name + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new ScenarioException(name + ": " + e.getMessage(), e);
        }
    }

    private static Scenario parse(JsonNode root, String name, String source) throws ScenarioException {
        if (root == null || !"losslens-scenario".equals(root.path("format").asText())) {
            throw new ScenarioException(name + ": not a LossLens scenario (\"format\" must be \"losslens-scenario\")");
        }
        if (root.path("version").asInt(-1) > VERSION || root.path("version").asInt(-1) < 1) {
            throw new ScenarioException(name + ": scenario format version " + root.path("version")
                    + " is not supported by this LossLens (it reads versions 1 to " + VERSION + ")");
        }
        Mode mode = Mode.valueOf(root.path("mode").asText("binary").toUpperCase(java.util.Locale.ROOT));
        int classes = mode == Mode.BINARY ? 2 : root.path("classes").asInt(3);
        int size = root.path("size").asInt(128);
        Masks.checkSize(size, size);
        List<Scenario.Shape> shapes = shapes(root.path("groundTruth"), name);
        JsonNode prediction = root.path("prediction");
        List<Scenario.Step> steps = new ArrayList<>();
        JsonNode stepNodes = root.path("steps");
        for (int k = 0; k < stepNodes.size(); k++) {
            steps.add(step(stepNodes.get(k), name, "steps[" + k + "]"));
        }
        return new Scenario(root.path("id").asText(name), texts(root.path("title")), texts(root.path("notice")), mode,
                classes, size, shapes, recipes(prediction), paint(prediction), root.path("select").asText(null),
                parameters(root.path("parameters")), ViewStateCodec.read(root.get("view"), "view"), List.copyOf(steps),
                source);
    }

    private static Scenario.Step step(JsonNode s, String name, String path) throws ScenarioException {
        JsonNode pin = s.get("pin");
        if (pin != null && !pin.isBoolean()) {
            throw new ScenarioException(name + ": " + path + ".pin must be true or false, got " + pin);
        }
        JsonNode prediction = s.get("prediction");
        return new Scenario.Step(texts(s.path("text")),
                s.has("groundTruth") ? shapes(s.get("groundTruth"), name) : null,
                prediction == null ? null : recipes(prediction), prediction == null ? null : paint(prediction),
                s.path("select").asText(null), s.has("parameters") ? parameters(s.get("parameters")) : null,
                s.has("view") ? ViewStateCodec.read(s.get("view"), path + ".view") : ViewState.NONE,
                pin == null ? null : pin.booleanValue());
    }

    private static List<Scenario.Shape> shapes(JsonNode list, String name) throws ScenarioException {
        List<Scenario.Shape> shapes = new ArrayList<>();
        for (JsonNode s : list) {
            String kind = s.path("shape").asText();
            int label = s.path("label").asInt(1);
            switch (kind) {
                case "disc" -> shapes.add(new Scenario.Shape(kind, s.path("x").asDouble(), s.path("y").asDouble(),
                        s.path("r").asDouble(), 0, label));
                case "rect" -> shapes.add(new Scenario.Shape(kind, s.path("x0").asDouble(), s.path("y0").asDouble(),
                        s.path("x1").asDouble(), s.path("y1").asDouble(), label));
                default -> throw new ScenarioException(name + ": unknown shape \"" + kind + "\" (disc or rect)");
            }
        }
        return List.copyOf(shapes);
    }

    private static Map<Integer, PredictionRecipe> recipes(JsonNode prediction) {
        Map<Integer, PredictionRecipe> recipes = new LinkedHashMap<>();
        if (prediction.has("recipe")) {
            recipes.put(1, recipe(prediction.path("recipe")));
        }
        prediction.path("recipes").fields().forEachRemaining(e -> recipes.put(Integer.parseInt(e.getKey()),
                recipe(e.getValue())));
        return recipes;
    }

    private static List<Scenario.Stamp> paint(JsonNode prediction) {
        List<Scenario.Stamp> paint = new ArrayList<>();
        for (JsonNode p : prediction.path("paint")) {
            paint.add(new Scenario.Stamp(p.path("x").asDouble(), p.path("y").asDouble(), p.path("r").asDouble(),
                    p.path("p").asDouble(), p.path("label").asInt(1)));
        }
        return List.copyOf(paint);
    }

    private static Map<String, Map<String, Object>> parameters(JsonNode node) {
        Map<String, Map<String, Object>> parameters = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> parameters.put(e.getKey(),
                JSON.convertValue(e.getValue(), JSON.getTypeFactory().constructMapType(Map.class, String.class,
                        Object.class))));
        return parameters;
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** Missing fields take the generator's defaults (the GT itself at 0.9 inside, 0.1 outside). */
    private static PredictionRecipe recipe(JsonNode r) {
        PredictionRecipe d = PredictionRecipe.defaults();
        return new PredictionRecipe(r.path("dx").asInt(d.dx()), r.path("dy").asInt(d.dy()),
                r.path("grow").asInt(d.growRadius()), r.path("blur").asDouble(d.blurSigma()),
                r.path("inside").asDouble(d.confidenceInside()), r.path("outside").asDouble(d.confidenceOutside()),
                r.path("noise").asDouble(d.noiseSigma()), r.path("seed").asLong(d.seed()),
                r.path("blobs").asInt(d.falsePositiveBlobs()), r.path("dropped").asInt(d.droppedComponents()));
    }
}
