package org.losslens.cli.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.losslens.core.loss.LossResult;

/**
 * Formats result lines of the eval contract: {@code {"id","value","grad"}} or {@code {"id","error"}}.
 * Doubles are written in their shortest round-trip form, so no precision is lost. Every character
 * beyond ASCII is written as a {@code \\uXXXX} escape: a line is then plain ASCII whatever the
 * input held, so writing it cannot fail to encode, and an id that is valid JSON but not valid
 * Unicode (a lone surrogate such as {@code "\\ud800x"}) comes back exactly as it was given.
 */
public final class ResultWriter {

    private final JsonFactory factory = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    public String success(String id, LossResult result) {
        return write(g -> {
            g.writeStringField("id", id);
            g.writeNumberField("value", result.value());
            g.writeArrayFieldStart("grad");
            for (int k = 0; k < result.gradient().size(); k++) {
                g.writeNumber(result.gradient().get(k));
            }
            g.writeEndArray();
        });
    }

    public String error(String id, String message) {
        return write(g -> {
            g.writeStringField("id", id);
            g.writeStringField("error", message == null ? "unknown error" : message);
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
