package org.losslens.imaging.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.core.activation.Logit;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.metrics.SegmentationScore;
import org.losslens.core.sweep.SweepProgress;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;
import org.losslens.imaging.npy.NpyArray;
import org.losslens.imaging.npy.NpyWriter;
import org.losslens.imaging.png.PngCodec;

/** A folder of generated pairs through the dataset evaluator: same numbers as the core, errors per row. */
class DatasetEvaluatorTest {

    @TempDir
    Path dir;

    private static final int H = 12;
    private static final int W = 10;

    /** A disc of radius r at (cx, cy). */
    private static double[] disc(double cx, double cy, double r) {
        double[] m = new double[H * W];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                m[y * W + x] = (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r ? 1 : 0;
            }
        }
        return m;
    }

    /** Logits that are ±(2 + shift) on the disc shifted by {@code shift} pixels. */
    private static double[] logits(double shift) {
        double[] d = disc(5 + shift, 6, 3);
        double[] z = new double[d.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = d[i] > 0 ? 2 + shift : -2 - shift * 0.5;
        }
        return z;
    }

    private void pair(String name, double shift) throws IOException {
        PngCodec.writeBinary(dir.resolve(name + "_gt.png"), W, H, disc(5, 6, 3));
        NpyWriter.write(dir.resolve(name + "_pred.npy"), new NpyArray(new int[] {H, W}, "<f8", logits(shift)), List.of());
    }

    private static List<LossSpec> binaryLosses() {
        return LossCatalogue.forMode(Mode.BINARY).stream().filter(LossSpec::implemented).toList();
    }

    @Test
    void everyBinaryLossPerCaseEqualsTheCoreOnTheSameArrays() throws IOException {
        for (int k = 0; k < 5; k++) {
            pair("case0" + k, k * 0.5);
        }
        DatasetScan scan = PairRule.DEFAULT.scan(dir);
        assertEquals(5, scan.items().size());
        assertEquals(Mode.BINARY, DatasetEvaluator.modeOf(scan));
        List<LossSpec> losses = binaryLosses();
        DatasetTable table = new DatasetEvaluator(Mode.BINARY, losses, LossSpec::defaults, null, 2)
                .evaluate(scan, SweepProgress.NONE);
        assertEquals(0, table.failures());
        for (int k = 0; k < 5; k++) {
            DatasetRow row = table.rows().get(k);
            assertEquals("case0" + k, row.item().name());
            assertEquals(PredictionScale.LOGITS, row.scale());
            LossInput direct = LossInput.of(Tensor.of(new Shape(1, H, W), logits(k * 0.5)),
                    Target.binary(H, W, disc(5, 6, 3)));
            for (int c = 0; c < losses.size(); c++) {
                assertEquals(losses.get(c).evaluate(losses.get(c).defaults(), direct).value(), row.value(c), 0.0,
                        losses.get(c).id() + " of case0" + k);
            }
            assertEquals(SegmentationScore.of(direct).dice(), row.dice(), 0.0);
        }
        int dice = losses.indexOf(LossCatalogue.find("dice", Mode.BINARY).orElseThrow());
        double[] column = table.rows().stream().mapToDouble(r -> r.value(dice)).sorted().toArray();
        assertEquals(column[2], table.lossSummary(dice, DatasetTable.Summary.MEDIAN), 0.0);
        assertEquals(column[4], table.lossSummary(dice, DatasetTable.Summary.WORST), 0.0);
        assertEquals(java.util.Arrays.stream(column).average().orElseThrow(),
                table.lossSummary(dice, DatasetTable.Summary.MEAN), 1e-15);
        String csv = table.csv();
        assertTrue(csv.startsWith("case,ground_truth,prediction,scale,"), csv);
        assertEquals(1 + 5 + 3, csv.lines().count());
    }

    @Test
    void probabilityArraysAndPngPredictionsAreReadAsProbabilities() throws IOException {
        double[] p = new double[H * W];
        double[] gt = disc(5, 6, 3);
        for (int i = 0; i < p.length; i++) {
            p[i] = gt[i] > 0 ? 0.8 : 0.1;
        }
        PngCodec.writeBinary(dir.resolve("a_gt.png"), W, H, gt);
        NpyWriter.write(dir.resolve("a_pred.npy"), new NpyArray(new int[] {H, W}, "<f8", p), List.of());
        PngCodec.writeBinary(dir.resolve("b_gt.png"), W, H, gt);
        PngCodec.writeProbabilities(dir.resolve("b_pred.png"), W, H, p);
        DatasetTable table = new DatasetEvaluator(Mode.BINARY, binaryLosses(), LossSpec::defaults, null, 1)
                .evaluate(PairRule.DEFAULT.scan(dir), SweepProgress.NONE);
        assertEquals(PredictionScale.PROBABILITIES, table.rows().get(0).scale());
        double[] logits = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            logits[i] = Logit.ofClamped(p[i]);
        }
        LossSpec bce = LossCatalogue.find("bce", Mode.BINARY).orElseThrow();
        double expected = bce.evaluate(bce.defaults(), LossInput.of(Tensor.of(new Shape(1, H, W), logits),
                Target.binary(H, W, gt))).value();
        int column = binaryLosses().indexOf(bce);
        assertEquals(expected, table.rows().get(0).value(column), 1e-15);
        // the 16-bit PNG rounds p to 1/65535: the same number to about 1e-5
        assertEquals(expected, table.rows().get(1).value(column), 1e-4);
    }

    @Test
    void aBrokenCaseIsARowWithItsErrorAndTheOthersGoOn() throws IOException {
        pair("good", 0);
        PngCodec.writeBinary(dir.resolve("small_gt.png"), 4, 4, new double[16]);
        NpyWriter.write(dir.resolve("small_pred.npy"), new NpyArray(new int[] {H, W}, "<f8", logits(0)), List.of());
        Files.writeString(dir.resolve("corrupt_gt.png"), "not a png");
        NpyWriter.write(dir.resolve("corrupt_pred.npy"), new NpyArray(new int[] {H, W}, "<f8", logits(0)), List.of());
        double[] nan = logits(0);
        nan[7] = Double.NaN;
        PngCodec.writeBinary(dir.resolve("nan_gt.png"), W, H, disc(5, 6, 3));
        NpyWriter.write(dir.resolve("nan_pred.npy"), new NpyArray(new int[] {H, W}, "<f8", nan), List.of());
        PngCodec.writeBinary(dir.resolve("lonely_gt.png"), W, H, disc(5, 6, 3));

        DatasetScan scan = PairRule.DEFAULT.scan(dir);
        assertEquals(List.of("lonely_gt.png"), scan.unmatched());
        DatasetTable table = new DatasetEvaluator(Mode.BINARY, binaryLosses(), LossSpec::defaults, null, 2)
                .evaluate(scan, SweepProgress.NONE);
        assertEquals(List.of("corrupt", "good", "nan", "small"), table.rows().stream().map(r -> r.item().name()).toList());
        assertEquals(3, table.failures());
        assertTrue(table.rows().get(0).error().orElseThrow().contains("corrupt_gt.png"));
        assertTrue(table.rows().get(2).error().orElseThrow().contains("NaN"));
        assertTrue(table.rows().get(3).error().orElseThrow().contains("size mismatch"));
        assertTrue(table.rows().get(1).error().isEmpty());
        // summaries only over the evaluated case
        assertEquals(table.rows().get(1).value(0), table.lossSummary(0, DatasetTable.Summary.MEAN), 0.0);
    }

    @Test
    void multiclassPredictionsWithLabelGroundTruths() throws IOException {
        int classes = 3;
        double[] z = new double[classes * H * W];
        double[] labels = new double[H * W];
        for (int i = 0; i < H * W; i++) {
            labels[i] = i % classes;
            for (int c = 0; c < classes; c++) {
                z[c * H * W + i] = c == (i + (i % 7 == 0 ? 1 : 0)) % classes ? 1.5 : -0.5 * c;
            }
        }
        NpyWriter.write(dir.resolve("m_gt.npy"), new NpyArray(new int[] {H, W}, "<f8", labels), List.of());
        NpyWriter.write(dir.resolve("m_pred.npy"), new NpyArray(new int[] {classes, H, W}, "<f8", z), List.of());
        DatasetScan scan = PairRule.DEFAULT.scan(dir);
        assertEquals(Mode.MULTICLASS, DatasetEvaluator.modeOf(scan));
        List<LossSpec> losses = LossCatalogue.forMode(Mode.MULTICLASS).stream().filter(LossSpec::implemented)
                .toList();
        DatasetTable table = new DatasetEvaluator(Mode.MULTICLASS, losses, LossSpec::defaults, null, 2)
                .evaluate(scan, SweepProgress.NONE);
        assertEquals(0, table.failures(), () -> table.rows().get(0).error().orElse(""));
        int[] hard = new int[H * W];
        for (int i = 0; i < hard.length; i++) {
            hard[i] = (int) labels[i];
        }
        LossInput direct = LossInput.of(Tensor.of(new Shape(classes, H, W), z), Target.labels(classes, H, W, hard));
        for (int c = 0; c < losses.size(); c++) {
            assertEquals(losses.get(c).evaluate(losses.get(c).defaults(), direct).value(), table.rows().get(0).value(c),
                    0.0, losses.get(c).id());
        }
    }

    @Test
    void labelsBeyondTheChannelsAndBinaryLabelsAboveOneAreRefused() throws IOException {
        double[] labels = new double[H * W];
        labels[3] = 2;
        NpyWriter.write(dir.resolve("x_gt.npy"), new NpyArray(new int[] {H, W}, "<f8", labels), List.of());
        NpyWriter.write(dir.resolve("x_pred.npy"), new NpyArray(new int[] {H, W}, "<f8", logits(0)), List.of());
        IOException e = assertThrows(IOException.class, () -> SegmentationFiles.read(dir.resolve("x_gt.npy"),
                dir.resolve("x_pred.npy"), null));
        assertTrue(e.getMessage().contains("labels must be 0 or 1"), e.getMessage());
    }

    @Test
    void cancellingStopsTheRun() throws IOException {
        pair("a", 0);
        pair("b", 1);
        SweepProgress cancelled = new SweepProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        DatasetEvaluator evaluator = new DatasetEvaluator(Mode.BINARY, binaryLosses(), LossSpec::defaults, null, 2);
        DatasetScan scan = PairRule.DEFAULT.scan(dir);
        assertThrows(CancellationException.class, () -> evaluator.evaluate(scan, cancelled));
    }

    @Test
    void patternsPairByTheStarAndRefuseNonsense() {
        assertEquals("case01", PairRule.caseName("*_gt.*", "case01_gt.png"));
        assertEquals("case01", PairRule.caseName("*_pred.*", "case01_pred.npy"));
        assertEquals(null, PairRule.caseName("*_pred.*", "case01_gt.png"));
        assertEquals("img", PairRule.caseName("gt-*.png", "gt-img.png"));
        assertThrows(IllegalArgumentException.class, () -> new PairRule("gt.png", "*_pred.npy"));
        assertThrows(IllegalArgumentException.class, () -> new PairRule("*.png", "*.png"));
        assertThrows(IllegalArgumentException.class, () -> new PairRule("a/*.png", "*.npy"));
    }
}
