package org.losslens.cli.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code table}: every loss value for a ground-truth PNG and a prediction PNG. */
@Command(name = "table",
        mixinStandardHelpOptions = true,
        description = {
            "Every binary loss's value for a ground truth and a prediction PNG.",
            "",
            "Grouped by family, with the metrics of the thresholded prediction.",
            "GT: grey >= 0.5 is foreground (a notice says when the image was not binary);",
            "prediction: grey level = probability, clamped to [1e-6, 1 - 1e-6]."
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
        Format chosen = format;
        if (out != null) {
            OutputFiles.check(out, maskFiles.groundTruth(), maskFiles.prediction());
        }
        MaskPair masks = maskFiles.read();
        ParameterOverrides overrides = parameters.overrides(Mode.BINARY);
        List<Row> rows = new ArrayList<>();
        for (LossSpec loss : LossSelection.of(losses, Mode.BINARY)) {
            rows.add(new Row(loss, loss.evaluate(overrides.paramsFor(loss), masks.input()).value()));
        }
        OverlapMetrics metrics = metrics(masks);
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
        if (!masks.groundTruthWasBinary()) {
            spec.commandLine().getErr().println("notice: " + maskFiles.groundTruth()
                    + " is not binary; it was thresholded at 0.5 (grey >= 0.5 is foreground)");
        }
        return 0;
    }

    private static OverlapMetrics metrics(MaskPair masks) {
        int n = masks.input().pixels();
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = masks.input().activations().probability(i);
        }
        return OverlapMetrics.of(masks.input().target().oneHotCopy(), p);
    }

    private static String text(MaskPair masks, OverlapMetrics m, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        int h = masks.input().shape().height();
        int w = masks.input().shape().width();
        double fg = masks.input().target().classSum(0);
        s.append(String.format(Locale.ROOT, "ground truth  %s  (%dx%d, %.0f foreground pixels, %.2f %%)%n",
                masks.groundTruthFile(), w, h, fg, 100 * fg / (w * h)));
        s.append(String.format(Locale.ROOT, "prediction    %s%n", masks.predictionFile()));
        s.append(String.format(Locale.ROOT, "metrics       Dice %.4f  IoU %.4f  precision %.4f  recall %.4f  (p >= 0.5)%n",
                m.dice(), m.iou(), m.precision(), m.recall()));
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

    private static String json(MaskPair masks, OverlapMetrics m, List<Row> rows) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("ground_truth", masks.groundTruthFile().toString());
        root.put("prediction", masks.predictionFile().toString());
        ObjectNode metrics = root.putObject("metrics");
        metrics.put("dice", m.dice());
        metrics.put("iou", m.iou());
        metrics.put("precision", m.precision());
        metrics.put("recall", m.recall());
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
