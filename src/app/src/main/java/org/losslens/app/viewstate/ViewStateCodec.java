package org.losslens.app.viewstate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.losslens.app.optimise.OptimiseViewModel;
import org.losslens.app.optimise.OptimizerKind;
import org.losslens.app.viewport.ViewportViewModel;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.sweep.ImbalanceSweep.ErrorModel;

/**
 * The "view" object of scenario files and sessions (assets/scenarios/README.md, src/app/session-format.md)
 * to and from a {@link ViewState}. Reading is strict: a field of the wrong type, an unknown tab, loss
 * or optimizer, or a number outside its documented range is refused with the field's path, so a file
 * either applies as written or not at all. Absent fields stay null ("as it is").
 */
public final class ViewStateCodec {

    /** Bounds of the numbers a view may hold (the controls' ranges, a little wider for hand-written files). */
    static final double MIN_CONFIDENCE = 0.5;
    static final double MAX_CONFIDENCE = 1;
    static final double MAX_MISSED_PIXELS = 1_000_000;
    static final double MAX_LEARNING_RATE = 1e9;
    static final double MAX_SMOOTHING = 64;
    static final int MAX_STEPS = 100_000;
    static final double MAX_SPEED = 1e6;
    /** The largest drawing's side: a zoom's centre lies in the image. */
    static final double MAX_CENTRE = 512;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewStateCodec() {
    }

    public static ObjectNode write(ViewState v) {
        ObjectNode o = JSON.createObjectNode();
        putIf(o, "tab", v.tab());
        if (v.compare() != null) {
            o.put("compare", v.compare());
        }
        if (v.heatmap() != null) {
            ObjectNode h = o.putObject("heatmap");
            putIf(h, "locked", v.heatmap().locked());
            putIf(h, "range", v.heatmap().range());
        }
        if (v.grid() != null) {
            ObjectNode g = o.putObject("grid");
            putIf(g, "losses", v.grid().losses());
            putIf(g, "sharedScale", v.grid().sharedScale());
        }
        if (v.imbalance() != null) {
            ViewState.Imbalance i = v.imbalance();
            ObjectNode n = o.putObject("imbalance");
            putIf(n, "errorModel", i.errorModel());
            putIf(n, "confidence", i.confidence());
            putIf(n, "relativeError", i.relativeError());
            putIf(n, "missedPixels", i.missedPixels());
            putIf(n, "normalised", i.normalised());
            putIf(n, "losses", i.losses());
        }
        if (v.confidence() != null) {
            putIf(o.putObject("confidence"), "alphaAsInPaper", v.confidence().alphaAsInPaper());
        }
        if (v.parameter() != null) {
            putIf(o.putObject("parameter"), "name", v.parameter().name());
        }
        if (v.optimise() != null) {
            ViewState.Optimise p = v.optimise();
            ObjectNode n = o.putObject("optimise");
            putIf(n, "losses", p.losses());
            putIf(n, "optimizer", p.optimizer());
            putIf(n, "learningRate", p.learningRate());
            putIf(n, "smoothing", p.smoothing());
            putIf(n, "maxSteps", p.maxSteps());
            putIf(n, "speed", p.speed());
            putIf(n, "play", p.play());
        }
        if (v.zoom() != null) {
            ObjectNode z = o.putObject("zoom");
            putIf(z, "factor", v.zoom().factor());
            putIf(z, "centreX", v.zoom().centreX());
            putIf(z, "centreY", v.zoom().centreY());
        }
        return o;
    }

    /**
     * @param path the object's place in its file, for messages ("view", "steps[2].view")
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static ViewState read(JsonNode node, String path) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return ViewState.NONE;
        }
        object(node, path);
        known(node, path, "tab", "compare", "heatmap", "grid", "imbalance", "confidence", "parameter", "optimise",
                "zoom");
        String tab = text(node, path, "tab");
        if (tab != null && !ViewState.TABS.contains(tab)) {
            throw new IllegalArgumentException(path + ".tab is \"" + tab + "\"; it must be one of " + ViewState.TABS);
        }
        ViewState.Heatmap heatmap = null;
        JsonNode h = node.get("heatmap");
        if (h != null) {
            String p = path + ".heatmap";
            object(h, p);
            known(h, p, "locked", "range");
            heatmap = new ViewState.Heatmap(bool(h, p, "locked"), real(h, p, "range", Double.MIN_NORMAL,
                    Double.MAX_VALUE));
        }
        ViewState.Grid grid = null;
        JsonNode g = node.get("grid");
        if (g != null) {
            String p = path + ".grid";
            object(g, p);
            known(g, p, "losses", "sharedScale");
            grid = new ViewState.Grid(losses(g, p, null, 1, Integer.MAX_VALUE), bool(g, p, "sharedScale"));
        }
        ViewState.Imbalance imbalance = null;
        JsonNode i = node.get("imbalance");
        if (i != null) {
            String p = path + ".imbalance";
            object(i, p);
            known(i, p, "errorModel", "confidence", "relativeError", "missedPixels", "normalised", "losses");
            String model = text(i, p, "errorModel");
            if (model != null && Arrays.stream(ErrorModel.values()).noneMatch(e -> e.name().equals(model))) {
                throw new IllegalArgumentException(p + ".errorModel is \"" + model + "\"; it must be one of "
                        + Arrays.toString(ErrorModel.values()));
            }
            imbalance = new ViewState.Imbalance(model, real(i, p, "confidence", MIN_CONFIDENCE, MAX_CONFIDENCE),
                    real(i, p, "relativeError", -1, 1), real(i, p, "missedPixels", 0, MAX_MISSED_PIXELS),
                    bool(i, p, "normalised"), losses(i, p, Mode.BINARY, 1, Integer.MAX_VALUE));
        }
        ViewState.Confidence confidence = null;
        JsonNode c = node.get("confidence");
        if (c != null) {
            object(c, path + ".confidence");
            known(c, path + ".confidence", "alphaAsInPaper");
            confidence = new ViewState.Confidence(bool(c, path + ".confidence", "alphaAsInPaper"));
        }
        ViewState.Parameter parameter = null;
        JsonNode q = node.get("parameter");
        if (q != null) {
            object(q, path + ".parameter");
            known(q, path + ".parameter", "name");
            parameter = new ViewState.Parameter(text(q, path + ".parameter", "name"));
        }
        ViewState.Optimise optimise = null;
        JsonNode o = node.get("optimise");
        if (o != null) {
            String p = path + ".optimise";
            object(o, p);
            known(o, p, "losses", "optimizer", "learningRate", "smoothing", "maxSteps", "speed", "play");
            String optimizer = text(o, p, "optimizer");
            if (optimizer != null && Arrays.stream(OptimizerKind.values()).noneMatch(k -> k.name().equals(optimizer))) {
                throw new IllegalArgumentException(p + ".optimizer is \"" + optimizer + "\"; it must be one of "
                        + Arrays.toString(OptimizerKind.values()));
            }
            Double steps = real(o, p, "maxSteps", 1, MAX_STEPS);
            if (steps != null && steps != Math.rint(steps)) {
                throw new IllegalArgumentException(p + ".maxSteps must be a whole number, got " + steps);
            }
            optimise = new ViewState.Optimise(losses(o, p, Mode.BINARY, 1, OptimiseViewModel.MAX_PANELS), optimizer,
                    real(o, p, "learningRate", Double.MIN_NORMAL, MAX_LEARNING_RATE),
                    real(o, p, "smoothing", 0, MAX_SMOOTHING), steps == null ? null : steps.intValue(),
                    real(o, p, "speed", Double.MIN_NORMAL, MAX_SPEED), bool(o, p, "play"));
        }
        ViewState.Zoom zoom = null;
        JsonNode z = node.get("zoom");
        if (z != null) {
            String p = path + ".zoom";
            object(z, p);
            known(z, p, "factor", "centreX", "centreY");
            zoom = new ViewState.Zoom(real(z, p, "factor", 1, ViewportViewModel.MAX_ZOOM),
                    real(z, p, "centreX", 0, MAX_CENTRE), real(z, p, "centreY", 0, MAX_CENTRE));
        }
        return new ViewState(tab, bool(node, path, "compare"), heatmap, grid, imbalance, confidence, parameter,
                optimise, zoom);
    }

    private static void object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + " must be an object, got " + node.getNodeType());
        }
    }

    /** A misspelt field would otherwise be ignored silently: the teacher would wonder why nothing changed. */
    private static void known(JsonNode node, String path, String... fields) {
        Set<String> allowed = Set.of(fields);
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(path + " has an unknown field \"" + f + "\" (known: "
                        + String.join(", ", fields) + ")");
            }
        });
    }

    private static String text(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(path + "." + field + " must be text, got " + v);
        }
        return v.textValue();
    }

    private static Boolean bool(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(path + "." + field + " must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    private static Double real(JsonNode node, String path, String field, double min, double max) {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isNumber() || !(v.doubleValue() >= min && v.doubleValue() <= max)) {
            throw new IllegalArgumentException(path + "." + field + " must be a number from " + min + " to " + max
                    + ", got " + v);
        }
        return v.doubleValue();
    }

    /** Loss ids of the catalogue (of {@code mode}, or of either mode when null), implemented ones only. */
    private static List<String> losses(JsonNode node, String path, Mode mode, int min, int max) {
        JsonNode v = node.get("losses");
        if (v == null) {
            return null;
        }
        if (!v.isArray() || v.size() < min || v.size() > max) {
            throw new IllegalArgumentException(path + ".losses must be a list of " + min + " to "
                    + (max == Integer.MAX_VALUE ? "any number of" : String.valueOf(max)) + " loss ids, got " + v);
        }
        List<LossSpec> known = mode == null ? LossCatalogue.all() : LossCatalogue.forMode(mode);
        Set<String> ids = known.stream().filter(LossSpec::implemented).map(LossSpec::id).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        for (JsonNode id : v) {
            if (!id.isTextual() || !ids.contains(id.textValue())) {
                throw new IllegalArgumentException(path + ".losses: " + id + " is not a"
                        + (mode == Mode.BINARY ? " binary" : "") + " loss of the catalogue");
            }
            out.add(id.textValue());
        }
        return List.copyOf(out);
    }

    private static void putIf(ObjectNode o, String field, Object value) {
        if (value instanceof String s) {
            o.put(field, s);
        } else if (value instanceof Boolean b) {
            o.put(field, b);
        } else if (value instanceof Integer n) {
            o.put(field, n);
        } else if (value instanceof Double d) {
            o.put(field, d);
        } else if (value instanceof List<?> list) {
            ArrayNode a = o.putArray(field);
            list.forEach(x -> a.add(String.valueOf(x)));
        }
    }
}
