package org.losslens.app.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.losslens.app.masks.Masks;
import org.losslens.app.viewstate.ViewStateCodec;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;

/**
 * The sections version 2 added to a session (src/app/session-format.md): "viewState", the whole
 * view as scenarios write it ({@link ViewStateCodec}), and "pin", the pinned state A (its drawing
 * and the parameters of its mode's losses). Both are optional, so a version 1 file and a version 2
 * file without a pin open alike; when present they are checked as strictly as the rest.
 */
final class SessionViewCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionViewCodec() {
    }

    static void write(ObjectNode root, SessionState s) {
        if (s.whole() != null) {
            root.set("viewState", ViewStateCodec.write(s.whole()));
        }
        if (s.pin() != null) {
            ObjectNode pin = root.putObject("pin");
            Masks m = s.pin().masks();
            ObjectNode masks = pin.putObject("masks");
            masks.put("mode", m.mode().id());
            masks.put("classes", m.classes());
            masks.put("width", m.width());
            masks.put("height", m.height());
            masks.put("groundTruth", SessionCodec.doubles(m.groundTruthCopy()));
            masks.put("probabilities", SessionCodec.doubles(m.isMulticlass() ? m.classProbabilitiesCopy()
                    : m.probabilityCopy()));
            ObjectNode parameters = pin.putObject("parameters");
            s.pin().parameters().forEach((id, p) -> {
                ObjectNode values = parameters.putObject(id);
                p.names().forEach(name -> values.set(name, JSON.valueToTree(p.get(name))));
            });
        }
    }

    static SessionState.Pinned pin(JsonNode root) {
        JsonNode pin = root.get("pin");
        if (pin == null || pin.isNull()) {
            return null;
        }
        JsonNode m = SessionFields.required(pin, "pin", "masks");
        Mode mode = Mode.valueOf(SessionFields.text(m, "pin.masks", "mode").toUpperCase(Locale.ROOT));
        int classes = mode == Mode.BINARY ? SessionFields.integer(m, "pin.masks", "classes", 2, 2)
                : SessionFields.integer(m, "pin.masks", "classes", Masks.MIN_CLASSES, Masks.MAX_CLASSES);
        int width = SessionFields.integer(m, "pin.masks", "width", 1, Masks.MAX_SIZE);
        int height = SessionFields.integer(m, "pin.masks", "height", 1, Masks.MAX_SIZE);
        double[] gt = SessionCodec.doubles(SessionFields.text(m, "pin.masks", "groundTruth"));
        double[] p = SessionCodec.doubles(SessionFields.text(m, "pin.masks", "probabilities"));
        Masks masks = mode == Mode.BINARY ? Masks.of(height, width, gt, p) : Masks.labelled(classes, height, width, gt, p);
        Map<String, Params> parameters = new LinkedHashMap<>();
        SessionFields.required(pin, "pin", "parameters").fields().forEachRemaining(e -> {
            LossSpec spec = LossCatalogue.require(e.getKey(), mode);
            Map<String, Object> raw = JSON.convertValue(e.getValue(),
                    JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
            parameters.put(spec.id(), spec.bind(raw, true));
        });
        return new SessionState.Pinned(masks, parameters);
    }
}
