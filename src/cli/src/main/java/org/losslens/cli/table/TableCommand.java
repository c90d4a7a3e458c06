package org.losslens.cli.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.losslens.cli.input.LossSelection;
import org.losslens.cli.input.MaskFileOptions;
import org.losslens.cli.input.MaskPair;
import org.losslens.cli.input.OutputFiles;
import org.losslens.cli.input.ParameterOptions;
import org.losslens.cli.input.ParameterOverrides;
import org.losslens.core.csv.Csv;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.metrics.OverlapMetrics;
import org.losslens.core.metrics.SegmentationScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code table}: every loss value for one ground truth and prediction, or for every pair of a folder. */
@Command(name = "table",
        mixinStandardHelpOptions = true,
        description = {
            "Every loss's value for a ground truth and a prediction, or a folder of pairs.",
            "",
            "Grouped by family, with the metrics of the thresholded prediction.",
            "GT: a PNG (grey >= 0.5 is foreground) or a .npy of integer labels.",
            "Prediction: a PNG (grey level = probability, clamped to [1e-6, 1 - 1e-6])",
            "or a .npy of logits or probabilities, HxW (binary) or CxHxW (C classes).",
            "With --dir, one row per pair of the folder (matched by --gt-pattern and",
            "--pred-pattern), a column per loss of the mode, then mean, median and worst."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input (missing file, not an image, size mismatch, unknown loss or parameter, "
                + "value out of range)", "2:usage error", "3:the output file cannot be written"})
public final class TableCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { TEXT, CSV, JSON }

    @Spec
    private CommandSpec spec;

    @Mixin
    private MaskFileOptions maskFiles;

    @Option(names = "--dir", paramLabel = "FOLDER", description = "every pair of FOLDER instead of --gt/--pred")
    private Path dir;

    @Option(names = "--gt-pattern", defaultValue = "*_gt.*", paramLabel = "PATTERN",
            description = "with --dir: ground-truth file names, * = the case name (default: ${DEFAULT-VALUE})")
    private String groundTruthPattern;

    @Option(names = "--pred-pattern", defaultValue = "*_pred.*", paramLabel = "PATTERN",
            description = "with --dir: prediction file names; a second * is the extension (default: ${DEFAULT-VALUE})")
    private String predictionPattern;

    @Option(names = "--threads", paramLabel = "N", description = "with --dir: cases computed at once (default: one per core)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--loss", split = ",", paramLabel = "ID", description = "losses to show (default: all)")
    private List<String> losses = new ArrayList<>();

    @Mixin
    private ParameterOptions parameters;

    // An enum, so picocli refuses "--format xml" as a usage error (exit 2) naming the valid values.
    @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    private Path out;

    /** One computed row. */
    record Row(LossSpec spec, double value) {
    }

    @Override
    public Integer call() {
        if (dir != null) {
            if (maskFiles.given()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give either --dir or --gt/--pred, not both");
            }
            return new FolderTable(spec, losses, parameters, out, threads).run(dir, groundTruthPattern, predictionPattern,
                    maskFiles.scale(), format);
        }
        Format chosen = format;
        if (out != null) {
            OutputFiles.check(out, maskFiles.groundTruth(), maskFiles.prediction());
        }
        MaskPair masks = maskFiles.read(spec.commandLine());
        Mode mode = masks.input().mode();
        ParameterOverrides overrides = parameters.overrides(mode);
        List<Row> rows = new ArrayList<>();
        for (LossSpec loss : LossSelection.of(losses, mode)) {
            rows.add(new Row(loss, loss.evaluate(overrides.paramsFor(loss), masks.input()).value()));
        }
        Map<String, Double> metrics = metrics(masks);
        String text = switch (chosen) {
            case TEXT -> text(masks, metrics, rows);
            case CSV -> csv(rows);
            case JSON -> json(masks, metrics, rows);
        };
        if (out == null) {
            OutputFiles.print(spec.commandLine().getOut(), text);
        } else {
            OutputFiles.writeText(out, text, maskFiles.groundTruth(), maskFiles.prediction());
        }
        if (mode == Mode.BINARY && !masks.groundTruthWasBinary()) {
            spec.commandLine().getErr().println("notice: " + maskFiles.groundTruth()
                    + " is not binary; it was thresholded at 0.5 (grey >= 0.5 is foreground)");
        }
        return 0;
    }

    /**
     * The metrics of the hard prediction, by name in the order printed: binary Dice, IoU, precision and
     * recall at p >= 0.5; multiclass the mean Dice and IoU of the arg-max over the foreground classes.
     */
    private static Map<String, Double> metrics(MaskPair masks) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (masks.input().mode() == Mode.MULTICLASS) {
            SegmentationScore score = SegmentationScore.of(masks.input());
            m.put("dice", score.dice());
            m.put("iou", score.iou());
            return m;
        }
        int n = masks.input().pixels();
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = masks.input().activations().probability(i);
        }
        OverlapMetrics o = OverlapMetrics.of(masks.input().target().oneHotCopy(), p);
        m.put("dice", o.dice());
        m.put("iou", o.iou());
        m.put("precision", o.precision());
        m.put("recall", o.recall());
        return m;
    }

    private static String text(MaskPair masks, Map<String, Double> m, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        int h = masks.input().shape().height();
        int w = masks.input().shape().width();
        if (masks.input().mode() == Mode.MULTICLASS) {
            s.append(String.format(Locale.ROOT, "ground truth  %s  (%dx%d, %d classes)%n", masks.groundTruthFile(), w, h,
                    masks.input().channels()));
        } else {
            double fg = masks.input().target().classSum(0);
            s.append(String.format(Locale.ROOT, "ground truth  %s  (%dx%d, %.0f foreground pixels, %.2f %%)%n",
                    masks.groundTruthFile(), w, h, fg, 100 * fg / (w * h)));
        }
        boolean npy = masks.predictionFile().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
        s.append(String.format(Locale.ROOT, "prediction    %s%s%n", masks.predictionFile(),
                npy ? "  (read as " + masks.scale().name().toLowerCase(Locale.ROOT) + ")" : ""));
        if (masks.input().mode() == Mode.MULTICLASS) {
            s.append(String.format(Locale.ROOT, "metrics       Dice %.4f  IoU %.4f  (arg-max, mean over foreground classes)%n",
                    m.get("dice"), m.get("iou")));
        } else {
            s.append(String.format(Locale.ROOT, "metrics       Dice %.4f  IoU %.4f  precision %.4f  recall %.4f  (p >= 0.5)%n",
                    m.get("dice"), m.get("iou"), m.get("precision"), m.get("recall")));
        }
        String family = null;
        for (Row r : rows) {
            if (!r.spec().family().id().equals(family)) {
                family = r.spec().family().id();
                s.append(System.lineSeparator()).append(family).append(System.lineSeparator());
            }
            s.append(String.format(Locale.ROOT, "  %-26s %14.8g%n", r.spec().id(), r.value()));
        }
        return s.toString();
    }

    private static String csv(List<Row> rows) {
        StringBuilder s = new StringBuilder(Csv.line("family", "loss", "value"));
        for (Row r : rows) {
            s.append(Csv.line(r.spec().family().id(), r.spec().id(), Double.toString(r.value())));
        }
        return s.toString();
    }

    private static String json(MaskPair masks, Map<String, Double> m, List<Row> rows) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("ground_truth", masks.groundTruthFile().toString());
        root.put("prediction", masks.predictionFile().toString());
        ObjectNode metrics = root.putObject("metrics");
        m.forEach(metrics::put);
        if (masks.input().mode() == Mode.MULTICLASS) {
            root.put("classes", masks.input().channels());
        }
        root.put("prediction_scale", masks.scale().name().toLowerCase(Locale.ROOT));
        ArrayNode losses = root.putArray("losses");
        for (Row r : rows) {
            ObjectNode o = losses.addObject();
            o.put("loss", r.spec().id());
            o.put("family", r.spec().family().id());
            o.put("value", r.value());
        }
        return root.toPrettyString() + System.lineSeparator();
    }
}
