package org.losslens.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/**
 * The {@code eval} parser and evaluator agree with the reference on every public case: the same
 * file the core's ReferenceCaseTest proves the core with (read from the core module's test
 * resources, so the 15 MB file exists once), through {@link CaseParser} and {@link CaseEvaluator}:
 * value and full gradient within the refcases tolerance, |Δ| ≤ 1e-7·max(1, |ref|) for the value
 * and max|Δ| ≤ 1e-7·max(1, max|ref|) for the gradient. Entries not implemented yet must answer
 * with a clear "not implemented" error instead.
 */
class RefcaseTest {

    private static final double TOLERANCE = 1e-7;

    @TestFactory
    Stream<DynamicTest> everyPublicCaseMatchesTheReference() throws IOException, CaseException {
        List<DynamicTest> tests = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        CaseParser parser = new CaseParser();
        CaseEvaluator evaluator = new CaseEvaluator();
        try (BufferedReader reader = Files.newBufferedReader(publicCases(), StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                JsonNode expected = mapper.readTree(line).get("expected");
                ReferenceCase c = parser.parse(line, number);
                tests.add(DynamicTest.dynamicTest(c.id(), () -> check(evaluator, c, expected)));
            }
        }
        assertEquals(385, tests.size(), "public cases");
        return tests.stream();
    }

    /** The core module's copy of public.jsonl; Surefire runs with the module directory as basedir. */
    private static Path publicCases() {
        Path file = Path.of(System.getProperty("basedir", "."))
                .resolve("../core/src/test/resources/refcases/public.jsonl").normalize();
        assertTrue(Files.isRegularFile(file), "public cases not found at " + file.toAbsolutePath());
        return file;
    }

    private static void check(CaseEvaluator evaluator, ReferenceCase c, JsonNode expected) throws CaseException {
        LossSpec spec = LossCatalogue.require(c.loss(), Mode.fromId(c.mode()));
        if (!spec.implemented()) {
            CaseException e = assertThrows(CaseException.class, () -> evaluator.evaluate(c));
            assertTrue(e.getMessage().contains("not implemented"), e.getMessage());
            return;
        }
        LossResult result = evaluator.evaluate(c);
        double refValue = expected.get("value").asDouble();
        assertTrue(Math.abs(result.value() - refValue) <= TOLERANCE * Math.max(1, Math.abs(refValue)),
                c.id() + ": value " + result.value() + " vs reference " + refValue);
        JsonNode refGrad = expected.get("grad");
        assertEquals(refGrad.size(), result.gradient().size(), c.id() + ": gradient length");
        double scale = 1;
        for (JsonNode g : refGrad) {
            scale = Math.max(scale, Math.abs(g.asDouble()));
        }
        double worst = 0;
        for (int k = 0; k < refGrad.size(); k++) {
            worst = Math.max(worst, Math.abs(result.gradient().get(k) - refGrad.get(k).asDouble()));
        }
        assertTrue(worst <= TOLERANCE * scale, c.id() + ": worst gradient error " + worst);
    }
}
