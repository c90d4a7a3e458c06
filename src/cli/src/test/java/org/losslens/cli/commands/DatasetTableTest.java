package org.losslens.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;
import org.losslens.imaging.npy.NpyArray;
import org.losslens.imaging.npy.NpyWriter;
import org.losslens.imaging.png.PngCodec;
import org.losslens.cli.testing.CliRun;

/** {@code table} on .npy predictions and on a folder of pairs ({@code --dir}), against the core. */
class DatasetTableTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private static final int H = 16;
    private static final int W = 16;

    private static double[] square(int from, int to) {
        double[] m = new double[H * W];
        for (int y = from; y < to; y++) {
            for (int x = from; x < to; x++) {
                m[y * W + x] = 1;
            }
        }
        return m;
    }

    /** Logits +3 on a square shifted by k, −4 elsewhere (outside [0, 1]: read as logits). */
    private static double[] logits(int k) {
        double[] s = square(4 + k, 11 + k);
        double[] z = new double[s.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = s[i] > 0 ? 3 : -4;
        }
        return z;
    }

    private void folder(int cases) throws Exception {
        for (int k = 0; k < cases; k++) {
            PngCodec.writeBinary(dir.resolve("case0" + k + "_gt.png"), W, H, square(4, 11));
            NpyWriter.write(dir.resolve("case0" + k + "_pred.npy"), new NpyArray(new int[] {H, W}, "<f8", logits(k)),
                    List.of());
        }
    }

    private static double core(String id, int k) {
        LossSpec spec = LossCatalogue.require(id, Mode.BINARY);
        LossInput input = LossInput.of(Tensor.of(new Shape(1, H, W), logits(k)), Target.binary(H, W, square(4, 11)));
        return spec.evaluate(spec.defaults(), input).value();
    }

    @Test
    void aNpyPredictionOfLogitsIsReadUnclamped() throws Exception {
        folder(1);
        assertEquals(0, cli.run("table", "--gt", dir.resolve("case00_gt.png").toString(), "--pred",
                dir.resolve("case00_pred.npy").toString(), "--format", "json"), cli.err.toString());
        JsonNode root = new ObjectMapper().readTree(cli.out.toString());
        assertEquals("logits", root.get("prediction_scale").asText());
        for (JsonNode loss : root.get("losses")) {
            assertEquals(core(loss.get("loss").asText(), 0), loss.get("value").asDouble(), 0.0, loss.toString());
        }
    }

    @Test
    void dirGivesOneRowPerPairWithTheCoresNumbersAndSummaries() throws Exception {
        folder(3);
        Files.writeString(dir.resolve("notes.txt"), "ignored: not an image");
        PngCodec.writeBinary(dir.resolve("orphan_gt.png"), W, H, square(4, 11));
        Path csv = dir.resolve("table.csv");
        assertEquals(0, cli.run("table", "--dir", dir.toString(), "--loss", "dice,bce", "--format", "csv", "--out",
                csv.toString()), cli.err.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("case,ground_truth,prediction,scale,dice,bce,dice,iou,error", lines.get(0));
        assertEquals(1 + 3 + 3, lines.size());
        for (int k = 0; k < 3; k++) {
            String[] cells = lines.get(1 + k).split(",", -1);
            assertEquals("case0" + k, cells[0]);
            assertEquals(core("dice", k), Double.parseDouble(cells[4]), 0.0);
            assertEquals(core("bce", k), Double.parseDouble(cells[5]), 0.0);
        }
        assertTrue(lines.get(5).startsWith("median,"), lines.get(5));
        assertEquals(core("dice", 1), Double.parseDouble(lines.get(5).split(",")[4]), 0.0);
        assertTrue(cli.err.toString().contains("orphan_gt.png has no partner"), cli.err.toString());

        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("table", "--dir", dir.toString(), "--format", "json"), cli.err.toString());
        JsonNode root = new ObjectMapper().readTree(cli.out.toString());
        assertEquals(3, root.get("cases").size());
        assertEquals(LossCatalogue.forMode(Mode.BINARY).stream().filter(LossSpec::implemented).count(),
                root.get("losses").size());
        assertEquals(core("tversky", 2), root.get("cases").get(2).get("values").get("tversky").asDouble(), 0.0);
        assertEquals(core("tversky", 2), root.get("summary").get("worst").get("tversky").asDouble(), 0.0);
    }

    @Test
    void aBrokenCaseIsReportedAndTheRestComputed() throws Exception {
        folder(2);
        Files.writeString(dir.resolve("case09_gt.png"), "not a png");
        NpyWriter.write(dir.resolve("case09_pred.npy"), new NpyArray(new int[] {H, W}, "<f8", logits(0)), List.of());
        assertEquals(0, cli.run("table", "--dir", dir.toString(), "--loss", "dice"), cli.err.toString());
        assertTrue(cli.out.toString().contains("case09  error: case09_gt.png"), cli.out.toString());
        assertTrue(cli.err.toString().contains("error: case09"), cli.err.toString());
    }

    @Test
    void badRulesAndMixedOptionsAreUsageErrors() throws Exception {
        folder(1);
        assertEquals(2, cli.run("table", "--dir", dir.toString(), "--gt-pattern", "gt.png"));
        assertTrue(cli.err.toString().contains("needs a *"), cli.err.toString());
        assertEquals(2, cli.run("table", "--dir", dir.toString(), "--gt", "x.png"));
        assertEquals(2, cli.run("table", "--gt", "x.png"));
        assertEquals(1, cli.run("table", "--dir", dir.resolve("nothing-here").toString()));
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(1, cli.run("table", "--dir", empty.toString()));
        assertTrue(cli.err.toString().contains("no pairs"), cli.err.toString());
    }

    @Test
    void anOutputNamingAPairsFileIsRefusedBeforeAnyWork() throws Exception {
        folder(1);
        Path gt = dir.resolve("case00_gt.png");
        byte[] before = Files.readAllBytes(gt);
        assertEquals(3, cli.run("table", "--dir", dir.toString(), "--format", "csv", "--out", gt.toString()));
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(gt)));
    }
}
