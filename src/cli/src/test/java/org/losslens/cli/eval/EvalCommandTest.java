package org.losslens.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.cli.LossLensCli;
import org.losslens.core.loss.LossResult;
import picocli.CommandLine;

/** The eval contract end to end: one answer line per input line, in order, errors per case. */
class EvalCommandTest {

    private static final String GOOD = "{\"id\":\"good\",\"loss\":\"bce\",\"mode\":\"binary\",\"params\":{},"
            + "\"shape\":[1,1,2],\"logits\":[0.0,2.0],\"target\":[0,1]}";

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = LossLensCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private List<JsonNode> evaluate(String... lines) throws IOException {
        Path in = dir.resolve("cases.jsonl");
        Path out = dir.resolve("results.jsonl");
        Files.write(in, List.of(lines), StandardCharsets.UTF_8);
        assertEquals(0, run("eval", "--in", in.toString(), "--out", out.toString()), err.toString());
        ObjectMapper mapper = new ObjectMapper();
        return Files.readAllLines(out).stream().map(l -> {
            try {
                return mapper.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("result line is not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void answersEachCaseInOrderWithValueAndFullPrecisionGradient() throws IOException, CaseException {
        List<JsonNode> results = evaluate(GOOD);
        assertEquals(1, results.size());
        JsonNode r = results.get(0);
        assertEquals("good", r.get("id").asText());
        // BCE: (ln 2 + softplus(−2)) / 2; gradient (σ(x) − t)/2
        double expected = (Math.log(2) + Math.log1p(Math.exp(-2))) / 2;
        assertEquals(expected, r.get("value").asDouble(), 1e-16);
        assertEquals(0.25, r.get("grad").get(0).asDouble(), 0.0);
        assertEquals((1 / (1 + Math.exp(-2)) - 1) / 2, r.get("grad").get(1).asDouble(), 1e-16);
        // written at full precision: the JSON number parses back to exactly the core's double
        LossResult core = new CaseEvaluator().evaluate(new CaseParser().parse(GOOD, 1));
        assertEquals(core.value(), r.get("value").asDouble(), 0.0);
        assertEquals(core.gradient().get(1), r.get("grad").get(1).asDouble(), 0.0);
    }

    @Test
    void badCasesGetAnErrorLineOfTheirOwn() throws IOException {
        List<JsonNode> results = evaluate(
                "{not json",
                GOOD.replace("\"good\"", "\"unknown\"").replace("\"bce\"", "\"nope\""),
                GOOD.replace("\"good\"", "\"mode\"").replace("\"binary\"", "\"ternary\""),
                GOOD.replace("\"good\"", "\"length\"").replace("[0.0,2.0]", "[0.0]"),
                GOOD.replace("\"good\"", "\"nan\"").replace("[0.0,2.0]", "[NaN,2.0]"),
                GOOD.replace("\"good\"", "\"range\"").replace("\"bce\"", "\"wce\"")
                        .replace("{}", "{\"pos_weight\":5000}"),
                GOOD.replace("\"good\"", "\"missing\"").replace("\"bce\"", "\"wce\""),
                GOOD.replace("\"good\"", "\"extra\"").replace("{}", "{\"gamma\":2}"),
                GOOD.replace("\"good\"", "\"soft\"").replace("\"bce\"", "\"exp_log\"")
                        .replace("{}", "{\"w_dice\":0.8,\"w_cross\":0.2,\"gamma_dice\":0.3,\"gamma_cross\":0.3,\"smooth\":1}")
                        .replace("[0,1]", "[0.5,1]"),
                GOOD.replace("\"good\"", "\"labels\"").replace("\"binary\"", "\"multiclass\"")
                        .replace("\"ce\"", "\"ce\"").replace("\"bce\"", "\"ce\"")
                        .replace("{}", "{\"class_weights\":null}").replace("[1,1,2]", "[2,1,1]")
                        .replace("[0,1]", "[5]"),
                "",
                GOOD.replace("\"good\"", "\"last\""));
        assertEquals(11, results.size(), "one line per non-blank input line");
        String[] ids = {"<line 1>", "unknown", "mode", "length", "nan", "range", "missing", "extra", "soft", "labels"};
        String[] phrases = {"not valid JSON", "unknown loss 'nope'", "unknown mode", "needs 2 logits", "NaN",
            "outside its range", "missing parameter 'pos_weight'", "unknown parameter 'gamma'", "hard 0/1 target",
            "label 5"};
        for (int i = 0; i < ids.length; i++) {
            JsonNode r = results.get(i);
            assertEquals(ids[i], r.get("id").asText());
            assertTrue(r.has("error") && r.get("error").asText().contains(phrases[i]),
                    ids[i] + ": " + r);
            assertFalse(r.has("value"));
        }
        assertEquals("last", results.get(10).get("id").asText());
        assertTrue(results.get(10).has("value"));
    }

    @Test
    void unreadableInputExitsWithTwo() {
        assertEquals(2, run("eval", "--in", dir.resolve("absent.jsonl").toString(),
                "--out", dir.resolve("out.jsonl").toString()));
        assertTrue(err.toString().contains("cannot read input file"), err.toString());
    }

    @Test
    void unwritableOutputExitsWithTwo() throws IOException {
        Path in = dir.resolve("cases.jsonl");
        Files.writeString(in, GOOD + "\n");
        assertEquals(2, run("eval", "--in", in.toString(), "--out", dir.resolve("no/such/dir/out.jsonl").toString()));
        assertTrue(err.toString().contains("cannot write output file"), err.toString());
    }

    @Test
    void helpDocumentsTheContract() {
        StringWriter out = new StringWriter();
        CommandLine cli = LossLensCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute("eval", "--help"));
        assertTrue(out.toString().contains("--in") && out.toString().contains("\"error\"")
                && out.toString().contains("Exit codes"), out.toString());
    }
}
