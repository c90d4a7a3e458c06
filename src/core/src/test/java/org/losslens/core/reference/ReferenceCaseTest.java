package org.losslens.core.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.topology.SkeletonRecall;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Every public reference case (MONAI / PyTorch / smp / the authors' code in float64, a copy of
 * shared/refcases/public.jsonl in test resources) through the core API alone: the catalogue entry,
 * its parameter binding, {@link LossInput} and the loss. Value and full gradient must agree within the
 * refcases tolerance, |Δ| ≤ 1e-7·max(1, |ref|) for the value and max|Δ| ≤ 1e-7·max(1, max|ref|) for
 * the gradient. skeleton_recall cases also carry the GT skeleton tube, checked pixel for pixel.
 */
class ReferenceCaseTest {

    private static final double TOLERANCE = 1e-7;
    private static final int PUBLIC_CASES = 385;

    /** The public cases, one JSON object per line. */
    static List<JsonNode> publicCases() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> cases = new ArrayList<>();
        try (InputStream in = ReferenceCaseTest.class.getResourceAsStream("/refcases/public.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    cases.add(mapper.readTree(line));
                }
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyPublicCaseMatchesTheReference() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : publicCases()) {
            tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> check(c)));
        }
        assertEquals(PUBLIC_CASES, tests.size(), "public cases");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> skeletonRecallComputesTheListedSkeleton() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : publicCases()) {
            if (c.has("skeleton")) {
                tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> {
                    int[] expected = new int[c.get("skeleton").size()];
                    for (int i = 0; i < expected.length; i++) {
                        expected[i] = c.get("skeleton").get(i).asInt();
                    }
                    boolean tube = c.get("params").get("do_tube").asBoolean();
                    assertArrayEquals(expected, SkeletonRecall.skeleton(target(c), tube), c.get("id").asText());
                }));
            }
        }
        assertEquals(14, tests.size(), "skeleton_recall cases");
        return tests.stream();
    }

    private static void check(JsonNode c) {
        String id = c.get("id").asText();
        LossSpec spec = LossCatalogue.require(c.get("loss").asText(), Mode.fromId(c.get("mode").asText()));
        Map<String, Object> params = new LinkedHashMap<>();
        c.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), plain(e.getValue())));
        LossResult result = spec.evaluate(spec.bind(params, true), LossInput.of(logits(c), target(c)));

        double refValue = c.get("expected").get("value").asDouble();
        assertTrue(Math.abs(result.value() - refValue) <= TOLERANCE * Math.max(1, Math.abs(refValue)),
                id + ": value " + result.value() + " vs reference " + refValue);
        JsonNode refGrad = c.get("expected").get("grad");
        assertEquals(refGrad.size(), result.gradient().size(), id + ": gradient length");
        double scale = 1;
        for (JsonNode g : refGrad) {
            scale = Math.max(scale, Math.abs(g.asDouble()));
        }
        double worst = 0;
        int worstIndex = -1;
        for (int k = 0; k < refGrad.size(); k++) {
            double error = Math.abs(result.gradient().get(k) - refGrad.get(k).asDouble());
            if (error > worst) {
                worst = error;
                worstIndex = k;
            }
        }
        assertTrue(worst <= TOLERANCE * scale, id + ": worst gradient error " + worst + " at index " + worstIndex);
    }

    private static Tensor logits(JsonNode c) {
        JsonNode s = c.get("shape");
        return Tensor.of(new Shape(s.get(0).asInt(), s.get(1).asInt(), s.get(2).asInt()), numbers(c.get("logits")));
    }

    private static Target target(JsonNode c) {
        JsonNode s = c.get("shape");
        int height = s.get(1).asInt();
        int width = s.get(2).asInt();
        double[] values = numbers(c.get("target"));
        if ("binary".equals(c.get("mode").asText())) {
            return Target.binary(height, width, values);
        }
        int[] labels = new int[values.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) values[i];
        }
        return Target.labels(s.get(0).asInt(), height, width, labels);
    }

    private static double[] numbers(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    /** JSON → the plain Java values {@code Params.bind} takes. */
    private static Object plain(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        List<Object> list = new ArrayList<>();
        v.forEach(e -> list.add(plain(e)));
        return list;
    }
}
