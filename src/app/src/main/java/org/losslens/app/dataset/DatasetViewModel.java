package org.losslens.app.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.losslens.app.compute.SweepService;
import org.losslens.app.files.ImportNotice;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;
import org.losslens.imaging.dataset.DatasetEvaluator;
import org.losslens.imaging.dataset.DatasetItem;
import org.losslens.imaging.dataset.DatasetScan;
import org.losslens.imaging.dataset.DatasetTable;
import org.losslens.imaging.dataset.PairRule;
import org.losslens.imaging.dataset.PredictionScale;
import org.losslens.imaging.dataset.SegmentationFiles;
import org.losslens.imaging.files.AtomicOutput;

/**
 * The dataset view: a folder of ground-truth/prediction pairs, every loss of its mode and Dice/IoU
 * per case, computed off the FX thread on every core ({@link DatasetEvaluator} on a
 * {@link SweepService}: progress, cancel, latest wins) with the same reader and numbers as
 * {@code table --dir}. A case opens in the editor ({@link #open}), replacing the drawing as opening a
 * PNG does (undoable).
 */
public final class DatasetViewModel implements AutoCloseable {

    /** How .npy predictions are read: detected from their range, or forced. */
    public enum ScaleChoice {
        AUTO(null), LOGITS(PredictionScale.LOGITS), PROBABILITIES(PredictionScale.PROBABILITIES);

        private final PredictionScale forced;

        ScaleChoice(PredictionScale forced) {
            this.forced = forced;
        }

        PredictionScale forced() {
            return forced;
        }
    }

    private final MaskDocument document;
    private final Supplier<Function<LossSpec, Params>> parameters;
    private final int threads;
    private final SweepService<DatasetTable> service;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty groundTruthPattern = new SimpleStringProperty(PairRule.DEFAULT.groundTruthPattern());
    private final StringProperty predictionPattern = new SimpleStringProperty(PairRule.DEFAULT.predictionPattern());
    private final ObjectProperty<ScaleChoice> scale = new SimpleObjectProperty<>(ScaleChoice.AUTO);
    private final ReadOnlyObjectWrapper<DatasetTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> ruleError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> computeMillis = new ReadOnlyObjectWrapper<>();
    private volatile long started;

    /**
     * @param publisher  runs a task on the FX thread ({@code Platform::runLater})
     * @param parameters the parameter values of the moment (the sliders'), read when a run starts
     * @param threads    cases computed at once (the machine's cores)
     */
    public DatasetViewModel(MaskDocument document, Consumer<Runnable> publisher,
            Supplier<Function<LossSpec, Params>> parameters, int threads) {
        this.document = document;
        this.parameters = parameters;
        this.threads = threads;
        service = new SweepService<>("dataset", publisher, t -> {
            computeMillis.set((System.nanoTime() - started) / 1_000_000);
            table.set(t);
        });
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty groundTruthPatternProperty() {
        return groundTruthPattern;
    }

    public StringProperty predictionPatternProperty() {
        return predictionPattern;
    }

    public ObjectProperty<ScaleChoice> scaleProperty() {
        return scale;
    }

    /** The last finished run's table (a cancelled or failed run keeps the previous one). */
    public ReadOnlyObjectProperty<DatasetTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Why the patterns cannot be used (the core's words), or null when they can. */
    public ReadOnlyObjectProperty<String> ruleErrorProperty() {
        return ruleError.getReadOnlyProperty();
    }

    /** How long the last finished run took, from Compute to its table, in ms. */
    public ReadOnlyObjectProperty<Long> computeMillisProperty() {
        return computeMillis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SweepService.State> stateProperty() {
        return service.stateProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return service.progressProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return service.runningProperty();
    }

    /**
     * Scans the folder with the patterns and computes every loss of its mode, with the parameter values
     * of this moment. A bad pattern sets {@link #ruleErrorProperty} and starts nothing; a folder that
     * cannot be read or holds no pair ends the run FAILED with the reason.
     */
    public void compute() {
        Path dir = folder.get();
        PairRule rule;
        try {
            rule = new PairRule(groundTruthPattern.get(), predictionPattern.get());
        } catch (IllegalArgumentException e) {
            ruleError.set(e.getMessage());
            return;
        }
        ruleError.set(null);
        if (dir == null) {
            return;
        }
        Function<LossSpec, Params> values = parameters.get();
        PredictionScale forced = scale.get().forced();
        started = System.nanoTime();
        service.submit(List.of(new SweepService.Pass<>("dataset", progress -> {
            try {
                DatasetScan scan = rule.scan(dir);
                Mode mode = DatasetEvaluator.modeOf(scan);
                List<LossSpec> losses = LossCatalogue.forMode(mode).stream().filter(LossSpec::implemented).toList();
                return new DatasetEvaluator(mode, losses, values, forced, threads).evaluate(scan, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        })));
    }

    public void cancel() {
        service.cancel();
    }

    /** Writes the shown table as CSV (cases, then mean, median and worst). */
    public void exportCsv(Path target) throws IOException {
        DatasetTable shown = table.get();
        if (shown == null) {
            throw new IOException("nothing computed yet");
        }
        List<Path> inputs = new ArrayList<>();
        for (DatasetItem item : shown.scan().items()) {
            inputs.add(item.groundTruth());
            inputs.add(item.prediction());
        }
        byte[] csv = shown.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicOutput.write(target, inputs, out -> out.write(csv));
    }

    /**
     * Opens a case in the editor (one undoable change), read as the table read it.
     *
     * @return what the user should be told (downscaled, …); empty if nothing
     * @throws IOException if the files cannot be read any more
     * @throws ImportNotice.Refusal if the pair cannot be edited (size, classes)
     */
    public List<ImportNotice> open(DatasetItem item) throws IOException {
        List<ImportNotice> notices = new ArrayList<>();
        SegmentationFiles.Loaded loaded = SegmentationFiles.read(item.groundTruth(), item.prediction(),
                scale.get().forced());
        Masks masks = PairImport.masks(loaded, notices);
        document.commit(masks);
        return notices;
    }

    @Override
    public void close() {
        service.close();
    }
}
