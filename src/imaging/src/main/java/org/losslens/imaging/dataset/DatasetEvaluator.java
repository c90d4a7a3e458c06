package org.losslens.imaging.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;
import org.losslens.core.metrics.SegmentationScore;
import org.losslens.core.sweep.SweepProgress;

/**
 * Computes a {@link DatasetTable}: reads each pair of a scan, evaluates every chosen loss on it and
 * scores its hard prediction. Cases are independent, so they run one per thread on {@code threads}
 * threads (the machine's cores by default); the rows come back in the scan's order whatever order they
 * finished in. A case that cannot be read, is of the other mode or whose loss refuses it becomes a row
 * with its error — the others go on.
 */
public final class DatasetEvaluator {

    private final Mode mode;
    private final List<LossSpec> losses;
    private final Function<LossSpec, Params> parameters;
    private final PredictionScale scale;
    private final int threads;

    /**
     * @param parameters each loss's parameter values (e.g. {@link LossSpec#defaults})
     * @param scale the scale every {@code .npy} prediction is read as, or null to detect it per file
     */
    public DatasetEvaluator(Mode mode, List<LossSpec> losses, Function<LossSpec, Params> parameters,
            PredictionScale scale, int threads) {
        for (LossSpec loss : losses) {
            if (loss.mode() != mode) {
                throw new IllegalArgumentException(loss.id() + " is a " + loss.mode() + " loss, not " + mode);
            }
        }
        this.mode = mode;
        this.losses = List.copyOf(losses);
        this.parameters = parameters;
        this.scale = scale;
        this.threads = Math.max(1, threads);
    }

    /**
     * The mode of a dataset: that of its first case that can be read (a one-channel prediction is
     * binary, C ≥ 2 channels multiclass).
     *
     * @throws IOException if no case of the scan can be read, with the first case's reason
     */
    public static Mode modeOf(DatasetScan scan) throws IOException {
        IOException first = null;
        for (DatasetItem item : scan.items()) {
            try {
                return SegmentationFiles.read(item.groundTruth(), item.prediction(), null).input().mode();
            } catch (IOException | RuntimeException e) {
                first = first != null ? first : new IOException(item.name() + ": " + e.getMessage(), e);
            }
        }
        throw first != null ? first : new IOException("no pairs in " + scan.folder() + " under the rule "
                + scan.rule().describe());
    }

    /**
     * @throws CancellationException once {@code progress} says it is cancelled (checked before each case)
     */
    public DatasetTable evaluate(DatasetScan scan, SweepProgress progress) {
        List<DatasetItem> items = scan.items();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, items.size())), r -> {
            Thread t = new Thread(r, "losslens-dataset");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DatasetRow>> futures = new ArrayList<>();
            for (DatasetItem item : items) {
                futures.add(pool.submit(() -> {
                    SweepProgress.check(progress);
                    DatasetRow row = row(item);
                    progress.completed(done.incrementAndGet(), items.size());
                    return row;
                }));
            }
            List<DatasetRow> rows = new ArrayList<>();
            for (Future<DatasetRow> f : futures) {
                rows.add(join(f));
            }
            return new DatasetTable(scan, mode, losses, rows);
        } finally {
            pool.shutdownNow();
        }
    }

    private static DatasetRow join(Future<DatasetRow> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw new IllegalStateException("a dataset case failed unexpectedly", e.getCause());
        }
    }

    /** One case, never throwing for the case's own faults: those become its error. */
    DatasetRow row(DatasetItem item) {
        SegmentationFiles.Loaded loaded;
        try {
            loaded = SegmentationFiles.read(item.groundTruth(), item.prediction(), scale);
        } catch (IOException | RuntimeException e) {
            return DatasetRow.failed(item, losses.size(), e.getMessage());
        } catch (OutOfMemoryError e) {
            return DatasetRow.failed(item, losses.size(), "not enough memory to read it");
        }
        LossInput input = loaded.input();
        if (input.mode() != mode) {
            return DatasetRow.failed(item, losses.size(), "a " + input.mode().name().toLowerCase(java.util.Locale.ROOT)
                    + " case in a " + mode.name().toLowerCase(java.util.Locale.ROOT) + " dataset");
        }
        double[] values = new double[losses.size()];
        for (int c = 0; c < values.length; c++) {
            LossSpec loss = losses.get(c);
            try {
                values[c] = loss.evaluate(parameters.apply(loss), input).value();
            } catch (RuntimeException e) {
                return DatasetRow.failed(item, losses.size(), loss.id() + ": " + e.getMessage());
            }
        }
        SegmentationScore score = SegmentationScore.of(input);
        return new DatasetRow(item, values, score.dice(), score.iou(), loaded.scale(), Optional.empty());
    }
}
