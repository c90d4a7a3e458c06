package org.losslens.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.cli.LossLensCli;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import picocli.CommandLine;

/** The bench command runs every implemented entry and reports it; timings themselves are not asserted. */
class BenchCommandTest {

    private static final String[] QUICK = {"--warmup", "1", "--warmup-seconds", "0", "--jit-seconds", "0", "--runs", "2", "--max-seconds", "0.05"};

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LossLensCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(0, cli.execute(args), err.toString());
        return out.toString();
    }

    private static String[] quick(String... args) {
        String[] all = new String[args.length + QUICK.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(QUICK, 0, all, args.length, QUICK.length);
        return all;
    }

    @Test
    void jsonListsEveryImplementedEntryColdAndWarmPerSection() throws Exception {
        JsonNode root = new ObjectMapper().readTree(run(quick("bench", "--sizes", "8", "--classes", "3", "--json")));
        JsonNode sections = root.get("sections");
        assertEquals(2, sections.size());
        assertEquals(8, root.get("geometry").get("size").asInt());
        for (JsonNode section : sections) {
            Mode mode = section.get("section").asText().startsWith("binary") ? Mode.BINARY : Mode.MULTICLASS;
            long implemented = LossCatalogue.forMode(mode).stream().filter(LossSpec::implemented).count();
            assertEquals(implemented, section.get("entries").size(), section.get("section").asText());
            for (JsonNode entry : section.get("entries")) {
                for (String kind : List.of("cold", "warm")) {
                    JsonNode t = entry.get(kind);
                    assertTrue(t.get("median_ms").asDouble() >= 0
                            && t.get("p95_ms").asDouble() >= t.get("median_ms").asDouble(), entry.toString());
                }
            }
            JsonNode totals = section.get("totals");
            for (String key : List.of("catalogue_after_edit_1_thread", "catalogue_after_edit_all_cores", "activations")) {
                assertTrue(totals.get(key).get("median_ms").asDouble() >= 0, key);
            }
        }
    }

    @Test
    void tableNamesTheSectionsAndTheTotals() {
        String table = run(quick("bench", "--sizes", "8"));
        assertTrue(table.contains("binary 1x8x8") && table.contains("multiclass 4x8x8")
                && table.contains("sum of medians") && table.contains("catalogue after a prediction edit"), table);
    }

    @Test
    void timesTheCasesOfAnInputFileAndPrintsTheRatioToAReference(@TempDir Path dir) throws Exception {
        Path inputs = dir.resolve("inputs.jsonl");
        Files.writeString(inputs, """
                {"id":"dice-binary-bench3","loss":"dice","mode":"binary","params":{},"shape":[1,2,2],"logits":[1,-1,2,-2],"target":[1,0,1,0]}
                {"id":"bce-binary-bench3","loss":"bce","mode":"binary","params":{},"shape":[1,2,2],"logits":[1,-1,2,-2],"target":[1,0,1,0]}
                {"id":"ce-mc","loss":"ce","mode":"multiclass","params":{},"shape":[2,1,2],"logits":[1,0,0,1],"target":[0,1]}
                """);
        Path reference = dir.resolve("ref.json");
        Files.writeString(reference, """
                {"size": 2, "classes": 2, "torch": "1.13", "total_ms": 3.0,
                 "rows": [{"loss": "dice", "mode": "binary", "median_ms": 1.0, "p95_ms": 1.5},
                          {"loss": "bce", "mode": "binary", "median_ms": 2.0, "p95_ms": 2.5}]}
                """);
        JsonNode root = new ObjectMapper().readTree(run(quick("bench", "--inputs", inputs.toString(),
                "--reference", reference.toString(), "--json")));
        JsonNode sections = root.get("sections");
        assertEquals(2, sections.size(), "one section per distinct workload");
        JsonNode binary = sections.get(0);
        assertEquals("dice", binary.get("entries").get(0).get("loss").asText());
        assertEquals("bce", binary.get("entries").get(1).get("loss").asText());
        JsonNode dice = binary.get("entries").get(0);
        assertEquals(1.0 / dice.get("warm").get("median_ms").asDouble(),
                dice.get("reference").get("ratio_warm").asDouble(), 1e-9);
        JsonNode total = binary.get("totals").get("reference");
        assertEquals(3.0, total.get("sum_of_medians_ms").asDouble(), 1e-12);
        assertEquals(2, total.get("entries").asInt());
        assertTrue(sections.get(1).get("entries").get(0).get("reference") == null, "no reference row for ce");

        String table = run(quick("bench", "--inputs", inputs.toString(), "--reference", reference.toString()));
        assertTrue(table.contains("x cold") && table.contains("2 of 2 entries with a reference row"), table);
    }

    @Test
    void aMissingInputFileIsReportedNotThrown(@TempDir Path dir) {
        CommandLine cli = LossLensCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(1, cli.execute("bench", "--inputs", dir.resolve("none.jsonl").toString()));
        assertTrue(err.toString().contains("none.jsonl"), err.toString());
    }

    private static int exitCode(StringWriter err, String... args) {
        CommandLine cli = LossLensCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aBadValueIsNamedAndExitsWithOneAsForEveryCommand() {
        // Issue 17 item 10: "--sizes 0" said "sizes must be 2..4096, classes >= 2, ..." and exited 2.
        for (String[] args : List.of(new String[] {"--sizes", "128,0"}, new String[] {"--runs", "0"}, new String[] {"--passes", "0"},
                new String[] {"--clock", "sundial"})) {
            StringWriter err = new StringWriter();
            String[] all = new String[args.length + 1];
            all[0] = "bench";
            System.arraycopy(args, 0, all, 1, args.length);
            assertEquals(1, exitCode(err, all), err.toString());
            assertTrue(err.toString().contains(args[0] + " " + args[1].replace("128,", "") + " is not allowed"), err.toString());
        }
    }

    @Test
    void tooManyClassesIsRefusedBeforeAnythingIsBuilt() {
        // Issue 17 item 9: --classes 100000 built 100000x128x128 logits per entry and ran out of memory.
        StringWriter err = new StringWriter();
        assertEquals(1, exitCode(err, "bench", "--classes", "100000"), err.toString());
        assertTrue(err.toString().contains("--classes 100000 is not allowed: it must be 2..256"), err.toString());
        StringWriter big = new StringWriter();
        assertEquals(1, exitCode(big, "bench", "--classes", "64", "--sizes", "512"), big.toString());
        assertTrue(big.toString().contains("use fewer classes or a smaller size"), big.toString());
    }

    @Test
    void aStandardOutputThatCannotBeWrittenExitsWithThree() {
        CommandLine cli = LossLensCli.commandLine();
        PrintWriter full = new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        StringWriter err = new StringWriter();
        cli.setOut(full);
        cli.setErr(new PrintWriter(err, true));
        assertEquals(3, cli.execute(quick("bench", "--sizes", "8", "--only", "dice")), err.toString());
        assertTrue(err.toString().contains("cannot write to standard output"), err.toString());
    }
}
