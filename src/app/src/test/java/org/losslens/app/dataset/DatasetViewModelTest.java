package org.losslens.app.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.compute.SweepService;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.sweep.SweepProgress;
import org.losslens.imaging.dataset.DatasetEvaluator;
import org.losslens.imaging.dataset.DatasetTable;
import org.losslens.imaging.dataset.PairRule;
import org.losslens.imaging.npy.NpyArray;
import org.losslens.imaging.npy.NpyWriter;
import org.losslens.imaging.png.PngCodec;

/** The dataset view model without the toolkit: compute, the same numbers as table --dir, open, export. */
class DatasetViewModelTest {

    @TempDir
    Path dir;

    private final MaskDocument document = new MaskDocument(Masks.blank(64));
    private final DatasetViewModel model = new DatasetViewModel(document, Runnable::run, () -> LossSpec::defaults, 2);

    @AfterEach
    void close() {
        model.close();
    }

    static void pairs(Path dir, int cases, int size) throws IOException {
        for (int k = 0; k < cases; k++) {
            double[] gt = new double[size * size];
            double[] z = new double[size * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double r = Math.hypot(x - size / 2.0, y - size / 2.0);
                    double rs = Math.hypot(x - size / 2.0 - k, y - size / 2.0);
                    gt[y * size + x] = r <= size / 4.0 ? 1 : 0;
                    z[y * size + x] = (size / 4.0 - rs) * 0.7;
                }
            }
            String name = String.format("case%02d", k);
            PngCodec.writeBinary(dir.resolve(name + "_gt.png"), size, size, gt);
            NpyWriter.write(dir.resolve(name + "_pred.npy"), new NpyArray(new int[] {size, size}, "<f8", z), List.of());
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void computesTheFolderWithTheNumbersOfTheHeadlessEvaluator() throws Exception {
        pairs(dir, 4, 48);
        model.folderProperty().set(dir);
        model.compute();
        await(() -> model.stateProperty().get().phase() == SweepService.State.Phase.DONE);
        DatasetTable shown = model.tableProperty().get();
        assertNotNull(shown);
        assertEquals(4, shown.rows().size());
        List<LossSpec> losses = LossCatalogue.forMode(Mode.BINARY).stream().filter(LossSpec::implemented).toList();
        DatasetTable headless = new DatasetEvaluator(Mode.BINARY, losses, LossSpec::defaults, null, 1)
                .evaluate(PairRule.DEFAULT.scan(dir), SweepProgress.NONE);
        assertEquals(headless.csv(), shown.csv());
        assertNotNull(model.computeMillisProperty().get());
    }

    @Test
    void aBadPatternIsReportedAndStartsNothing() {
        model.folderProperty().set(dir);
        model.groundTruthPatternProperty().set("gt.png");
        model.compute();
        assertTrue(model.ruleErrorProperty().get().contains("needs a *"));
        assertEquals(SweepService.State.Phase.IDLE, model.stateProperty().get().phase());
        model.groundTruthPatternProperty().set("*_gt.*");
        model.compute();
        assertNull(model.ruleErrorProperty().get());
    }

    @Test
    void aFolderWithoutPairsFailsWithTheReason() throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "nothing");
        model.folderProperty().set(dir);
        model.compute();
        await(() -> model.stateProperty().get().phase() == SweepService.State.Phase.FAILED);
        assertTrue(model.stateProperty().get().error().contains("no pairs"), model.stateProperty().get().error());
    }

    @Test
    void openingACaseReplacesTheDrawingUndoably() throws Exception {
        pairs(dir, 2, 48);
        model.folderProperty().set(dir);
        model.compute();
        await(() -> model.tableProperty().get() != null);
        Masks before = document.current();
        var notices = model.open(model.tableProperty().get().rows().get(1).item());
        // the corners' logits (down to −15.4) are more confident than the editor holds: it says how many
        long confident = 0;
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                double p = 1 / (1 + Math.exp(-(48 / 4.0 - Math.hypot(x - 24 - 1, y - 24)) * 0.7));
                confident += p < 1e-6 || p > 1 - 1e-6 ? 1 : 0;
            }
        }
        assertTrue(confident > 0);
        assertEquals(1, notices.size());
        assertEquals("dataset.open.clamped", notices.get(0).key());
        assertEquals((int) confident, notices.get(0).args().get(0));
        Masks opened = document.current();
        assertEquals(48, opened.width());
        assertEquals(1.0, opened.groundTruth(24 * 48 + 24), 0.0);
        // p = σ(z) of the file's logits (NpyWriter writes float64)
        double z = (48 / 4.0 - 1) * 0.7;
        assertEquals(1 / (1 + Math.exp(-z)), opened.probability(24 * 48 + 24), 1e-12);
        document.undo();
        assertEquals(before, document.current());
    }

    @Test
    void aLargeBinaryPairIsDownscaledWithANoticeAndAnExportNeverReplacesAnInput() throws Exception {
        pairs(dir, 1, 600);
        model.folderProperty().set(dir);
        model.compute();
        await(() -> model.tableProperty().get() != null);
        var notices = model.open(model.tableProperty().get().rows().get(0).item());
        assertEquals("import.downscaled", notices.get(0).key());
        assertEquals(512, document.current().width());
        Path gt = dir.resolve("case00_gt.png");
        byte[] before = Files.readAllBytes(gt);
        assertThrows(IOException.class, () -> model.exportCsv(gt));
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(gt)));
        Path csv = dir.resolve("out.csv");
        model.exportCsv(csv);
        assertTrue(Files.readString(csv).startsWith("case,ground_truth,prediction,scale,"));
    }
}
