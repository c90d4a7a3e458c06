package org.losslens.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.losslens.cli.LossLensCli;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import picocli.CommandLine;

/** The bench command runs every implemented entry and reports it; timings themselves are not asserted. */
class BenchCommandTest {

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = LossLensCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute(args));
        return out.toString();
    }

    @Test
    void jsonListsEveryImplementedEntryPerSection() throws Exception {
        JsonNode root = new ObjectMapper().readTree(
                run("bench", "--sizes", "8", "--classes", "3", "--warmup", "1", "--runs", "2", "--json"));
        assertEquals(3, root.size());
        assertEquals("geometry 8x8", root.get(2).get("section").asText());
        for (JsonNode section : List.of(root.get(0), root.get(1))) {
            Mode mode = section.get("section").asText().startsWith("binary") ? Mode.BINARY : Mode.MULTICLASS;
            long implemented = LossCatalogue.forMode(mode).stream().filter(LossSpec::implemented).count();
            assertEquals(implemented + 2, section.get("entries").size(), section.get("section").asText());
            for (JsonNode entry : section.get("entries")) {
                assertTrue(entry.get("median_ms").asDouble() >= 0 && entry.get("p95_ms").asDouble()
                        >= entry.get("median_ms").asDouble(), entry.toString());
            }
        }
    }

    @Test
    void tableNamesTheSectionsAndTheTotal() {
        String table = run("bench", "--sizes", "8", "--warmup", "0", "--runs", "1");
        assertTrue(table.contains("binary 1x8x8") && table.contains("multiclass 4x8x8")
                && table.contains("whole catalogue"), table);
    }
}
