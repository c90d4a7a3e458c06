package org.losslens.cli.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one JSON line into a {@link ReferenceCase}, or a {@link CaseException} that says what is
 * wrong with it. NaN and Infinity literals are accepted by the parser so that they can be reported
 * as such rather than as a syntax error; a key given twice is an error.
 */
public final class CaseParser {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // A key given twice ("loss": "bce" … "loss": "dice") is ambiguous (RFC 8259 §4: names
            // SHOULD be unique, readers differ on which wins): that line's error, not the last value.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * @param line       the JSON text
     * @param lineNumber 1-based, used as the id when the line has none
     */
    public ReferenceCase parse(String line, int lineNumber) throws CaseException {
        JsonNode node;
        try (JsonParser json = mapper.createParser(line)) {
            node = mapper.readTree(json);
            if (node == null || !node.isObject()) {
                throw new CaseException(fallbackId(lineNumber), "line " + lineNumber + " is not a JSON object");
            }
            String id = id(node, lineNumber);
            // One case per line: a second value or stray text after the object is an error, not ignored.
            JsonToken after;
            try {
                after = json.nextToken();
            } catch (JsonProcessingException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                throw new CaseException(id, "line " + lineNumber + " has more after the case's JSON object "
                        + "(one case per line)");
            }
            return parse(node, id);
        } catch (JsonProcessingException e) {
            throw new CaseException(fallbackId(lineNumber),
                    "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            // a String source cannot fail to be read; kept for the signature of the parser
            throw new CaseException(fallbackId(lineNumber), "line " + lineNumber + " cannot be read: " + e.getMessage());
        }
    }

    /** The case's id: a string (or a number, as written); missing or null falls back to the line number. */
    private static String id(JsonNode node, int lineNumber) throws CaseException {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            return fallbackId(lineNumber);
        }
        if (id.isTextual()) {
            return id.textValue();
        }
        if (id.isNumber()) {
            return id.asText();
        }
        throw new CaseException(fallbackId(lineNumber), "line " + lineNumber + ": 'id' must be a string, got "
                + id.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }

    private ReferenceCase parse(JsonNode node, String id) throws CaseException {
        String loss = requireText(node, "loss", id);
        String mode = requireText(node, "mode", id);
        Map<String, Object> params = new LinkedHashMap<>();
        JsonNode paramsNode = node.get("params");
        if (paramsNode != null && !paramsNode.isNull()) {
            if (!paramsNode.isObject()) {
                throw new CaseException(id, "'params' must be an object");
            }
            paramsNode.fields().forEachRemaining(e -> params.put(e.getKey(), plain(e.getValue())));
        }
        double[] shapeValues = numbers(node, "shape", id);
        if (shapeValues.length != 3) {
            throw new CaseException(id, "'shape' must be [C, H, W], got " + shapeValues.length + " numbers");
        }
        int[] shape = new int[3];
        for (int i = 0; i < 3; i++) {
            double v = shapeValues[i];
            if (v != Math.rint(v) || v < 1 || v > 1 << 20) {
                throw new CaseException(id, "'shape' entries must be positive integers, got " + v);
            }
            shape[i] = (int) v;
        }
        return new ReferenceCase(id, loss, mode, params, shape, numbers(node, "logits", id), numbers(node, "target", id));
    }

    private static String fallbackId(int lineNumber) {
        return "<line " + lineNumber + ">";
    }

    private static String requireText(JsonNode node, String field, String id) throws CaseException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new CaseException(id, "missing or non-text field '" + field + "'");
        }
        return value.asText();
    }

    private static double[] numbers(JsonNode node, String field, String id) throws CaseException {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw new CaseException(id, "missing field '" + field + "' (an array of numbers)");
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = array.get(i);
            if (!v.isNumber()) {
                throw new CaseException(id, "'" + field + "' entry " + i + " is not a number: " + v);
            }
            out[i] = v.doubleValue();
        }
        return out;
    }

    /** JSON value → plain Java (Double, Boolean, String, List, null) for parameter binding. */
    private static Object plain(JsonNode v) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            v.forEach(e -> list.add(plain(e)));
            return list;
        }
        if (v.isNull()) {
            return null;
        }
        return v.toString();
    }
}
