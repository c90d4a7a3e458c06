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
    void aKeyGivenTwiceIsThatLinesErrorNotTheLastValueSilently() throws IOException {
        // {"loss":"bce", ..., "loss":"dice"} would be evaluated as whichever the parser kept.
        List<JsonNode> results = evaluate(
                GOOD.replace("\"good\"", "\"twice\"").replace("\"mode\"", "\"loss\":\"dice\",\"mode\""),
                GOOD);
        assertEquals(2, results.size());
        JsonNode twice = results.get(0);
        assertTrue(twice.has("error") && twice.get("error").asText().contains("Duplicate field 'loss'"), twice.toString());
        assertFalse(twice.has("value"));
        assertTrue(results.get(1).has("value"));
    }

    @Test
    void unreadableInputExitsWithOne() {
        assertEquals(1, run("eval", "--in", dir.resolve("absent.jsonl").toString(),
                "--out", dir.resolve("out.jsonl").toString()));
        assertTrue(err.toString().contains("cannot read input file"), err.toString());
    }

    @Test
    void unwritableOutputExitsWithThree() throws IOException {
        Path in = dir.resolve("cases.jsonl");
        Files.writeString(in, GOOD + "\n");
        assertEquals(3, run("eval", "--in", in.toString(), "--out", dir.resolve("no/such/dir/out.jsonl").toString()));
        assertTrue(err.toString().contains("cannot write output file"), err.toString());
    }

    private Path write(String name, byte[]... lines) throws IOException {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            for (byte[] line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        return file;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<JsonNode> results(Path out) throws IOException {
        byte[] bytes = Files.readAllBytes(out);
        assertEquals('\n', bytes[bytes.length - 1], "the output ends with a complete line");
        for (byte b : bytes) {
            assertTrue(b > 0 && b < 128, "results are ASCII");
        }
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String l : new String(bytes, StandardCharsets.US_ASCII).split("\n")) {
            nodes.add(mapper.readTree(l));
        }
        return nodes;
    }

    @Test
    void theInputIsNeverTheOutput() throws IOException {
        Path in = dir.resolve("cases.jsonl");
        Files.writeString(in, GOOD + "\n");
        Path alias = Files.createSymbolicLink(dir.resolve("alias.jsonl"), in);
        for (Path out : List.of(in, alias, dir.resolve("sub/../cases.jsonl"))) {
            assertEquals(3, run("eval", "--in", in.toString(), "--out", out.toString()));
            assertTrue(err.toString().contains("same file as the input"), err.toString());
            assertEquals(GOOD + "\n", Files.readString(in));
        }
    }

    @Test
    void everyBadLineGetsItsOwnAnswerAndTheRunGoesOn() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] first = utf8(GOOD.replace("\"good\"", "\"bom\""));
        byte[] firstWithBom = new byte[bom.length + first.length];
        System.arraycopy(bom, 0, firstWithBom, 0, 3);
        System.arraycopy(first, 0, firstWithBom, 3, first.length);
        byte[] invalidUtf8 = utf8(GOOD.replace("\"good\"", "\"bad-bytes-XX\""));
        int at = new String(invalidUtf8, StandardCharsets.US_ASCII).indexOf("XX");
        invalidUtf8[at] = (byte) 0xC3;
        invalidUtf8[at + 1] = (byte) 0x28;
        Path in = write("cases.jsonl",
                firstWithBom,
                utf8(GOOD.replace("\"good\"", "\"\\ud800x\"")),
                invalidUtf8,
                utf8(GOOD.replace("\"good\"", "\"garbage\"") + " garbage"),
                utf8(GOOD.replace("\"good\"", "\"two\"") + GOOD),
                utf8(GOOD.replace("\"good\"", "{\"nested\":1}")),
                utf8(GOOD.replace("\"good\"", "\"\u5e73\u65b9\"")),
                utf8(GOOD.replace("\"good\"", "\"last\"")));
        Path out = dir.resolve("results.jsonl");
        assertEquals(0, run("eval", "--in", in.toString(), "--out", out.toString()), err.toString());
        List<JsonNode> r = results(out);
        assertEquals(8, r.size(), r.toString());
        assertEquals("bom", r.get(0).get("id").asText());
        assertTrue(r.get(0).has("value"), "a byte-order mark does not spoil line 1: " + r.get(0));
        assertEquals("\ud800x", r.get(1).get("id").textValue(), "an id that is not valid Unicode comes back as given");
        assertTrue(r.get(1).has("value"), r.get(1).toString());
        assertEquals("<line 3>", r.get(2).get("id").asText());
        assertTrue(r.get(2).get("error").asText().contains("not valid UTF-8"), r.get(2).toString());
        assertEquals("garbage", r.get(3).get("id").asText());
        assertTrue(r.get(3).get("error").asText().contains("more after"), r.get(3).toString());
        assertEquals("two", r.get(4).get("id").asText());
        assertTrue(r.get(4).get("error").asText().contains("more after"), r.get(4).toString());
        assertEquals("<line 6>", r.get(5).get("id").asText());
        assertTrue(r.get(5).get("error").asText().contains("'id' must be a string"), r.get(5).toString());
        assertEquals("\u5e73\u65b9", r.get(6).get("id").asText());
        assertEquals("last", r.get(7).get("id").asText());
        assertTrue(r.get(7).has("value"));
        assertTrue(err.toString().contains("8 cases, 4 evaluated, 4 errors"), err.toString());
    }

    @Test
    void aPipeIsAnInput() throws Exception {
        Path fifo = dir.resolve("cases.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Thread feeder = new Thread(() -> {
            try {
                Files.writeString(fifo, GOOD + "\n" + GOOD.replace("\"good\"", "\"second\"") + "\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        feeder.start();
        Path out = dir.resolve("results.jsonl");
        assertEquals(0, run("eval", "--in", fifo.toString(), "--out", out.toString()), err.toString());
        feeder.join();
        List<JsonNode> r = results(out);
        assertEquals(List.of("good", "second"), r.stream().map(n -> n.get("id").asText()).toList());
    }

    @Test
    void anInputThatFailsToReadLeavesTheEarlierResultsWhole() throws IOException {
        // Reading /proc/self/mem at offset 0 fails with EIO: an input that breaks while being read.
        Path broken = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(broken));
        Path out = dir.resolve("results.jsonl");
        Files.writeString(out, "earlier results\n");
        assertEquals(1, run("eval", "--in", broken.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains("cannot read input file"), err.toString());
        assertEquals("earlier results\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aCaseThatRunsOutOfMemoryIsAnErrorLineAndTheNextCaseIsAnswered() throws Exception {
        // A real OutOfMemoryError, in a JVM of its own with a small heap: 3 million logits do not fit.
        StringBuilder huge = new StringBuilder("{\"id\":\"huge\",\"loss\":\"bce\",\"mode\":\"binary\",\"params\":{},"
                + "\"shape\":[1,1000,3000],\"logits\":[");
        huge.append("0.5,".repeat(3_000_000)).setLength(huge.length() - 1);
        huge.append("],\"target\":[]}");
        Path in = write("cases.jsonl", utf8(huge.toString()), utf8(GOOD));
        Path out = dir.resolve("results.jsonl");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                LossLensCli.class.getName(), "eval", "--in", in.toString(), "--out", out.toString())
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), printed);
        assertFalse(printed.contains("Exception") || printed.contains("\tat "), "no stack trace: " + printed);
        List<JsonNode> r = results(out);
        assertEquals(2, r.size());
        assertTrue(r.get(0).get("error").asText().contains("memory"), r.get(0).toString());
        assertEquals("good", r.get(1).get("id").asText());
        assertTrue(r.get(1).has("value"));
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
