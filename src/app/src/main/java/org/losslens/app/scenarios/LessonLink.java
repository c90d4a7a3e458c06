package org.losslens.app.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A lesson as one short text to paste into a chat or a slide: {@code losslens:} and the base64url
 * of the deflated JSON {"lesson": the scenario file, "step": k}. A scenario holds recipes, not pixels,
 * so a lesson of several steps is a few hundred characters (TensorFlow Playground shares its state
 * in its URL the same way).
 */
public final class LessonLink {

    public static final String PREFIX = "losslens:";
    /** A pasted text larger than this (inflated) is refused: no lesson is anywhere near it. */
    static final int MAX_INFLATED = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A lesson and the step it is shared at (from 0). */
    public record Lesson(Scenario scenario, int step) {
    }

    private LessonLink() {
    }

    /** @throws IllegalArgumentException if the scenario has no file text to share */
    public static String encode(Scenario s, int step) {
        if (s.source() == null) {
            throw new IllegalArgumentException(s.id() + " has no file text to share");
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("lesson", s.source());
        root.put("step", step);
        byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** @throws ScenarioException if the text is not a lesson link, is damaged, or its lesson is not valid */
    public static Lesson decode(String text) throws ScenarioException {
        String t = text == null ? "" : text.strip();
        if (!t.startsWith(PREFIX)) {
            throw new ScenarioException("not a lesson link (it starts with \"" + PREFIX + "\")");
        }
        byte[] json;
        try {
            byte[] packed = Base64.getUrlDecoder().decode(t.substring(PREFIX.length()));
            Inflater inflater = new Inflater();
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ScenarioException("the lesson link is cut off");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new ScenarioException("the lesson link is too large");
                }
            }
            inflater.end();
            json = out.toByteArray();
        } catch (IllegalArgumentException | DataFormatException e) {
            throw new ScenarioException("the lesson link is damaged (" + e.getMessage() + ")", e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new ScenarioException("the lesson link is damaged (" + e.getMessage() + ")", e);
        }
        Scenario s = ScenarioReader.read(root.path("lesson").asText(""), "lesson link");
        int step = root.path("step").asInt(0);
        if (step < 0 || step >= s.stepCount()) {
            throw new ScenarioException("lesson link: step " + (step + 1) + " of " + s.stepCount());
        }
        return new Lesson(s, step);
    }
}
