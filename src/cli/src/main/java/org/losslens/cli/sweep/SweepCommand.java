package org.losslens.cli.sweep;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.losslens.cli.input.CliException;
import org.losslens.cli.input.LossSelection;
import org.losslens.cli.input.MaskPair;
import org.losslens.cli.input.OutputFiles;
import org.losslens.cli.input.ParameterOptions;
import org.losslens.cli.input.ParameterOverrides;
import org.losslens.cli.input.TerminalProgress;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.sweep.ConfidenceSweep;
import org.losslens.core.sweep.Curves;
import org.losslens.core.sweep.Grid;
import org.losslens.core.sweep.ImbalanceSweep;
import org.losslens.core.sweep.NamedLoss;
import org.losslens.core.sweep.ParameterSweep;
import org.losslens.core.sweep.SweepProgress;
import org.losslens.imaging.render.LineChartRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sweep}: loss against imbalance, confidence or a parameter, as CSV and optionally a PNG chart. */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Loss against class imbalance, true-class confidence or a loss parameter.",
            "",
            "As CSV (standard output or --out) and, with --png, as a line chart.",
            "  imbalance:  GT = the round(f*N) pixels nearest the centre of a --size",
            "              square image, f log-spaced from --from to --to; the",
            "              prediction errs by --error-model (see below); columns: each",
            "              loss's value, then mean |dL/dlogit| on foreground and on",
            "              background pixels.",
            "  confidence: one foreground pixel with true-class probability p_t from",
            "              0.01 to 0.99; each loss's value and dL/dlogit (pixel-wise).",
            "  parameter:  --loss ID on --gt/--pred masks against --sweep-param across",
            "              its range.",
            "Error models: fixed-confidence (prediction = GT, p = --confidence inside,",
            "  1 - p outside), relative-area (predicted area = (1 + --error) x GT area),",
            "  missed-pixels (--error outermost GT pixels missed)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input (unknown loss or parameter, value out of range, unreadable mask)",
            "2:usage error", "3:an output file cannot be written"})
public final class SweepCommand implements Callable<Integer> {

    /** What is swept. */
    enum Kind { IMBALANCE, CONFIDENCE, PARAMETER }

    /** Error models, as named on the command line. */
    enum ErrorModelOption {
        FIXED_CONFIDENCE(ImbalanceSweep.ErrorModel.FIXED_CONFIDENCE),
        RELATIVE_AREA(ImbalanceSweep.ErrorModel.RELATIVE_AREA_ERROR),
        MISSED_PIXELS(ImbalanceSweep.ErrorModel.MISSED_PIXELS);

        final ImbalanceSweep.ErrorModel model;

        ErrorModelOption(ImbalanceSweep.ErrorModel model) {
            this.model = model;
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", required = true, description = "imbalance, confidence or parameter")
    private Kind kind;

    @Option(names = "--loss", split = ",", paramLabel = "ID", description = "losses (defaults: imbalance bce,focal,dice,"
            + "tversky; confidence bce,balanced_ce,focal,mse; parameter: exactly one)")
    private List<String> losses = new ArrayList<>();

    @Mixin
    private ParameterOptions parameters;

    @Option(names = "--error-model", defaultValue = "relative-area", converter = ErrorModelConverter.class,
            description = "fixed-confidence, relative-area or missed-pixels (default: ${DEFAULT-VALUE})")
    private ErrorModelOption errorModel;

    @Option(names = "--error", defaultValue = "-0.3", description = "relative area error, or missed pixels (default: ${DEFAULT-VALUE})")
    private double error;

    @Option(names = "--confidence", defaultValue = "0.999", description = "p inside the predicted object (default: ${DEFAULT-VALUE})")
    private double confidence;

    @Option(names = "--size", defaultValue = "128", description = "imbalance image size (default: ${DEFAULT-VALUE})")
    private int size;

    @Option(names = "--from", defaultValue = "0.0005", description = "smallest foreground fraction (default: ${DEFAULT-VALUE})")
    private double from;

    @Option(names = "--to", defaultValue = "0.5", description = "largest foreground fraction (default: ${DEFAULT-VALUE})")
    private double to;

    @Option(names = "--points", defaultValue = "25", description = "sample points (default: ${DEFAULT-VALUE})")
    private int points;

    @Option(names = "--gt", paramLabel = "GT.png", description = "parameter sweep: ground truth")
    private Path groundTruth;

    @Option(names = "--pred", paramLabel = "PRED.png", description = "parameter sweep: prediction")
    private Path prediction;

    @Option(names = "--sweep-param", paramLabel = "NAME", description = "parameter sweep: the parameter to vary")
    private String sweptParameter;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "write the CSV to FILE instead of standard output")
    private Path out;

    @Option(names = "--png", paramLabel = "FILE.png", description = "also draw the chart to FILE")
    private Path png;

    @Override
    public Integer call() {
        if (points < 2 || points > 10_000) {
            throw new CliException(CliException.BAD_INPUT, "--points must be 2..10000, got " + points);
        }
        OutputFiles.requireDistinct(out, png);
        for (Path output : new Path[] {out, png}) {
            if (output != null) {
                OutputFiles.check(output, groundTruth, prediction);
            }
        }
        ParameterOverrides overrides = parameters.overrides(Mode.BINARY);
        SweepProgress progress = TerminalProgress.forTerminal("sweep");
        List<CurvesCsv.Block> blocks;
        String title;
        String yLabel;
        boolean logX;
        try {
            switch (kind) {
                case IMBALANCE -> {
                    var settings = new ImbalanceSweep.Settings(size, errorModel.model, confidence, error);
                    var result = ImbalanceSweep.run(settings, Grid.logarithmic(from, to, points),
                            named(chosen(List.of("bce", "focal", "dice", "tversky")), overrides), progress);
                    blocks = List.of(new CurvesCsv.Block(result.values(), ""),
                            new CurvesCsv.Block(result.foregroundGradient(), " fg mean |grad|"),
                            new CurvesCsv.Block(result.backgroundGradient(), " bg mean |grad|"));
                    title = "Loss vs foreground fraction (" + errorModel.name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-') + ", confidence " + confidence + ")";
                    yLabel = "loss";
                    logX = true;
                }
                case CONFIDENCE -> {
                    var result = ConfidenceSweep.run(named(chosen(List.of("bce", "balanced_ce", "focal", "mse")), overrides),
                            Grid.linear(0.01, 0.99, points), progress);
                    blocks = List.of(new CurvesCsv.Block(result.values(), ""),
                            new CurvesCsv.Block(result.gradients(), " dL/dlogit"));
                    title = "Per-pixel loss vs true-class probability";
                    yLabel = "loss";
                    logX = false;
                }
                default -> {
                    List<LossSpec> one = chosen(List.of());
                    if (one.size() != 1 || sweptParameter == null || groundTruth == null || prediction == null) {
                        throw new CliException(CliException.BAD_INPUT,
                                "a parameter sweep needs exactly one --loss, --sweep-param, --gt and --pred");
                    }
                    LossSpec loss = one.get(0);
                    ParamSpec param = loss.param(sweptParameter).orElseThrow(() -> new CliException(
                            CliException.BAD_INPUT, loss.label() + " has no parameter '" + sweptParameter + "'"));
                    MaskPair masks = MaskPair.read(groundTruth, prediction).requireBinary("sweep");
                    var result = ParameterSweep.sweep(loss, overrides.paramsFor(loss), sweptParameter,
                            ParameterSweep.grid(param, points), masks.input(), progress);
                    blocks = List.of(new CurvesCsv.Block(result.loss(), ""), new CurvesCsv.Block(result.gradient(), ""));
                    title = loss.id() + " vs " + sweptParameter;
                    yLabel = "loss";
                    logX = false;
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.BAD_INPUT, e.getMessage());
        }
        String csv = CurvesCsv.of(blocks);
        if (out == null) {
            OutputFiles.print(spec.commandLine().getOut(), csv);
        } else {
            OutputFiles.writeText(out, csv, groundTruth, prediction);
        }
        if (png != null) {
            BufferedImage chart = LineChartRenderer.render(blocks.get(0).curves(), title, yLabel, logX, 1000, 620);
            OutputFiles.writePng(png, chart, groundTruth, prediction);
        }
        return 0;
    }

    private List<LossSpec> chosen(List<String> defaults) {
        return LossSelection.of(losses.isEmpty() ? defaults : losses, Mode.BINARY);
    }

    private static List<NamedLoss> named(List<LossSpec> specs, ParameterOverrides overrides) {
        return specs.stream().map(s -> NamedLoss.of(s, overrides.paramsFor(s))).toList();
    }

    /** Accepts the documented hyphenated names. */
    static final class ErrorModelConverter implements picocli.CommandLine.ITypeConverter<ErrorModelOption> {
        @Override
        public ErrorModelOption convert(String value) {
            return ErrorModelOption.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
