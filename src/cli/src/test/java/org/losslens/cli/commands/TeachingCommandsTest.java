package org.losslens.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.cli.input.MaskPair;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.sweep.Grid;
import org.losslens.core.sweep.ImbalanceSweep;
import org.losslens.core.sweep.NamedLoss;
import org.losslens.core.sweep.SweepProgress;
import org.losslens.cli.testing.CliRun;

/** table, sweep and render on the fixtures in assets/, checked against the core's own numbers. */
class TeachingCommandsTest {

    private static final Path ASSETS = Path.of("..", "..", "assets");
    private static final Path GT = ASSETS.resolve("masks/disc-128.png");
    private static final Path PRED = ASSETS.resolve("predictions/disc-shifted-soft-128.png");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private static double core(String id, Map<String, Object> params) {
        LossSpec spec = LossCatalogue.require(id, Mode.BINARY);
        return spec.evaluate(spec.bind(params, false), MaskPair.read(GT, PRED).input()).value();
    }

    @Test
    void tableJsonHasEveryLossAtTheCoresValue() throws Exception {
        assertEquals(0, cli.run("table", "--gt", GT.toString(), "--pred", PRED.toString(), "--format", "json",
                "--param", "tversky.alpha=0.6"), cli.err.toString());
        JsonNode root = new ObjectMapper().readTree(cli.out.toString());
        JsonNode losses = root.get("losses");
        assertEquals(LossCatalogue.forMode(Mode.BINARY).size(), losses.size());
        for (JsonNode row : losses) {
            String id = row.get("loss").asText();
            Map<String, Object> params = id.equals("tversky") ? Map.of("alpha", 0.6) : Map.of();
            assertEquals(core(id, params), row.get("value").asDouble(), 0.0, id);
        }
        assertTrue(root.get("metrics").get("dice").asDouble() > 0.9);
    }

    @Test
    void tableCsvAndTextNameTheFamilies() {
        assertEquals(0, cli.run("table", "--gt", GT.toString(), "--pred", PRED.toString(), "--loss", "dice,bce",
                "--format", "csv"));
        assertEquals("family,loss,value\nregion,dice," + core("dice", Map.of()) + "\ndistribution,bce,"
                + core("bce", Map.of()) + "\n", cli.out.toString().replace("\r", ""));
    }

    @Test
    void badInputGetsAClearMessageAndExitCode() throws Exception {
        Path corrupt = dir.resolve("corrupt.png");
        Files.write(corrupt, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path small = dir.resolve("small.png");
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY), "png", small.toFile());
        List<List<String>> cases = List.of(
                List.of("table", "--gt", dir.resolve("missing.png").toString(), "--pred", PRED.toString()),
                List.of("table", "--gt", corrupt.toString(), "--pred", PRED.toString()),
                List.of("table", "--gt", small.toString(), "--pred", PRED.toString()),
                List.of("table", "--gt", GT.toString(), "--pred", PRED.toString(), "--loss", "nope"),
                List.of("table", "--gt", GT.toString(), "--pred", PRED.toString(), "--param", "tversky.alpha=7"),
                List.of("table", "--gt", GT.toString(), "--pred", PRED.toString(), "--param", "tversky.delta=1"));
        String[] phrases = {"cannot read", "not", "size mismatch", "unknown loss 'nope'", "outside its range",
            "unknown parameter 'delta'"};
        for (int i = 0; i < cases.size(); i++) {
            cli.err.getBuffer().setLength(0);
            assertEquals(1, cli.run(cases.get(i).toArray(String[]::new)), cases.get(i).toString());
            assertTrue(cli.err.toString().contains(phrases[i]), cli.err.toString());
        }
        assertEquals(3, cli.run("render", "--gt", GT.toString(), "--pred", PRED.toString(), "--loss", "dice",
                "--out", dir.resolve("no/such/folder/x.png").toString()));
        assertTrue(cli.err.toString().contains("cannot write"), cli.err.toString());
        assertEquals(2, cli.run("sweep", "--kind", "sideways"));
    }

    @Test
    void imbalanceSweepCsvMatchesTheCoreAndDrawsAChart() throws Exception {
        Path png = dir.resolve("chart.png");
        assertEquals(0, cli.run("sweep", "--kind", "imbalance", "--loss", "bce,dice", "--points", "5", "--size", "64",
                "--png", png.toString()), cli.err.toString());
        String[] lines = cli.out.toString().replace("\r", "").split("\n");
        assertEquals(6, lines.length);
        var settings = new ImbalanceSweep.Settings(64, ImbalanceSweep.ErrorModel.RELATIVE_AREA_ERROR, 0.999, -0.3);
        var expected = ImbalanceSweep.run(settings, Grid.logarithmic(0.0005, 0.5, 5), List.of(
                NamedLoss.of(LossCatalogue.require("bce", Mode.BINARY), LossCatalogue.require("bce", Mode.BINARY).defaults()),
                NamedLoss.of(LossCatalogue.require("dice", Mode.BINARY), LossCatalogue.require("dice", Mode.BINARY).defaults())),
                SweepProgress.NONE);
        String[] row = lines[3].split(",");
        assertEquals(expected.values().x()[2], Double.parseDouble(row[0]), 0.0);
        assertEquals(expected.values().series("dice").y()[2], Double.parseDouble(row[2]), 0.0);
        assertEquals(expected.foregroundGradient().series("bce").y()[2], Double.parseDouble(row[3]), 0.0);
        BufferedImage chart = ImageIO.read(png.toFile());
        assertEquals(1000, chart.getWidth());
    }

    @Test
    void confidenceAndParameterSweepsRun() {
        assertEquals(0, cli.run("sweep", "--kind", "confidence", "--points", "3", "--loss", "bce"), cli.err.toString());
        String[] row = cli.out.toString().replace("\r", "").split("\n")[2].split(",");
        assertEquals(-Math.log(0.5), Double.parseDouble(row[1]), 1e-12);
        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("sweep", "--kind", "parameter", "--loss", "tversky", "--sweep-param", "beta", "--points",
                "3", "--gt", GT.toString(), "--pred", PRED.toString()), cli.err.toString());
        String[] last = cli.out.toString().replace("\r", "").split("\n")[3].split(",");
        assertEquals(core("tversky", Map.of("beta", 1.0)), Double.parseDouble(last[1]), 0.0);
    }

    @Test
    void aParameterSweepOfTopKStartsAboveKZero() {
        // k = 0 keeps no pixel, so the catalogue's range is (0, 100] and the grid starts one step above 0
        assertEquals(0, cli.run("sweep", "--kind", "parameter", "--loss", "topk", "--sweep-param", "k", "--points",
                "4", "--gt", GT.toString(), "--pred", PRED.toString()), cli.err.toString());
        String[] lines = cli.out.toString().replace("\r", "").split("\n");
        assertEquals(25.0, Double.parseDouble(lines[1].split(",")[0]), 1e-12);
        assertEquals(100.0, Double.parseDouble(lines[4].split(",")[0]), 1e-12);
        assertEquals(core("topk", Map.of("k", 25.0)), Double.parseDouble(lines[1].split(",")[1]), 0.0);
    }

    @Test
    void renderDrawsOnePanelPerLossWithANeutralZero() throws Exception {
        Path png = dir.resolve("grid.png");
        assertEquals(0, cli.run("render", "--gt", GT.toString(), "--pred", PRED.toString(), "--loss", "bce,dice,boundary",
                "--scale", "2", "--out", png.toString()), cli.err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 2 * 256 && image.getHeight() > 2 * 256, image.getWidth() + "x" + image.getHeight());
        // the corner pixel of the bce panel is background far from the disc: ∂L/∂logit is tiny → near-white
        int rgb = image.getRGB(16 + 2, 16 + 24 + 2);
        assertTrue(((rgb >> 16) & 0xff) > 230 && ((rgb >> 8) & 0xff) > 220 && (rgb & 0xff) > 220,
                Integer.toHexString(rgb));
    }
}
