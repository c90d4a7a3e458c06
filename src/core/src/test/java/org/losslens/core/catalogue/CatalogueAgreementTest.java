package org.losslens.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamKind;
import org.losslens.core.loss.param.ParamSpec;

/**
 * The in-code catalogue agrees with the reference catalogue.json (a copy in test resources): the same
 * (id, mode) entries, parameter names, defaults and ranges, and the same convention flags.
 */
class CatalogueAgreementTest {

    private static JsonNode reference() throws IOException {
        try (InputStream in = CatalogueAgreementTest.class.getResourceAsStream("/refcases/catalogue.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void sameEntriesBothWays() throws IOException {
        Set<String> expected = new TreeSet<>();
        reference().forEach(e -> expected.add(e.get("loss").asText() + " (" + e.get("mode").asText() + ")"));
        Set<String> actual = new TreeSet<>();
        LossCatalogue.all().forEach(s -> actual.add(s.label()));
        assertEquals(expected, actual);
        assertEquals(55, LossCatalogue.all().size());
        assertEquals(LossCatalogue.all().size(), new HashSet<>(LossCatalogue.all()).size(), "duplicate entries");
    }

    @TestFactory
    Stream<DynamicTest> everyEntryAgrees() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode entry : reference()) {
            String id = entry.get("loss").asText();
            Mode mode = Mode.fromId(entry.get("mode").asText());
            tests.add(DynamicTest.dynamicTest(id + " (" + mode.id() + ")", () -> agree(entry, LossCatalogue.require(id, mode))));
        }
        return tests.stream();
    }

    private static void agree(JsonNode entry, LossSpec spec) {
        String where = spec.label();
        assertEquals(entry.get("soft_target_ok").asBoolean(), spec.softTargets(), where + " soft_target_ok");
        assertEquals(entry.get("uses_gt_distance").asBoolean(), spec.usesGtDistance(), where + " uses_gt_distance");
        assertEquals(entry.get("thresholds_prediction").asBoolean(), spec.thresholdsPrediction(),
                where + " thresholds_prediction");
        assertEquals(entry.get("sorts").asBoolean(), spec.sorts(), where + " sorts");

        Set<String> expectedNames = new TreeSet<>();
        entry.get("params").fieldNames().forEachRemaining(expectedNames::add);
        Set<String> actualNames = new TreeSet<>();
        spec.params().forEach(p -> actualNames.add(p.name()));
        assertEquals(expectedNames, actualNames, where + " parameter names");

        JsonNode ranges = entry.get("param_ranges");
        for (ParamSpec p : spec.params()) {
            JsonNode expected = entry.get("params").get(p.name());
            String param = where + " " + p.name();
            switch (p.kind()) {
                case REAL -> {
                    assertEquals(expected.asDouble(), (Double) p.defaultValue(), 0.0, param + " default");
                    JsonNode range = ranges.get(p.name());
                    if (range != null) {
                        assertEquals(range.get(0).asDouble(), p.min(), 0.0, param + " min");
                        assertEquals(range.get(1).asDouble(), p.max(), 0.0, param + " max");
                    } else {
                        assertTrue(p.min() <= (Double) p.defaultValue() && (Double) p.defaultValue() <= p.max(),
                                param + " default inside its range");
                    }
                }
                case FLAG -> assertEquals(expected.asBoolean(), p.defaultValue(), param + " default");
                case CHOICE -> {
                    assertEquals(expected.asText(), p.defaultValue(), param + " default");
                    assertTrue(p.choices().contains(expected.asText()), param + " default among choices");
                }
                case CLASS_WEIGHTS -> {
                    assertTrue(expected.isNull(), param + " reference default is null (all ones)");
                    assertNull(p.defaultValue(), param + " default");
                }
                case CLASS_MATRIX -> assertEquals(expected.asText(), p.defaultDescription(), param + " default");
            }
            if (p.whole()) {
                assertEquals(ParamKind.REAL, p.kind(), param + " only real parameters can be whole numbers");
                for (double v : new double[] {(Double) p.defaultValue(), p.min(), p.max()}) {
                    assertEquals(Math.rint(v), v, 0.0, param + " default and bounds are whole numbers");
                }
            }
            if (p.role() != org.losslens.core.loss.param.ParamRole.NONE) {
                assertEquals(ParamKind.REAL, p.kind(), param + " only real parameters drive α/β/γ sliders");
            }
            assertTrue(!p.meaning().isBlank(), param + " has a meaning");
        }
        assertTrue(!spec.summary().isBlank() && !spec.title().isBlank() && !spec.reference().isBlank(), where);
    }
}
