package org.losslens.cli.render;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.losslens.cli.input.CliException;
import org.losslens.cli.input.LossSelection;
import org.losslens.cli.input.MaskFileOptions;
import org.losslens.cli.input.MaskPair;
import org.losslens.cli.input.OutputFiles;
import org.losslens.cli.input.ParameterOptions;
import org.losslens.cli.input.ParameterOverrides;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.imaging.render.HeatmapRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code render}: gradient heatmaps of one or several losses as a PNG with colour bars. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Draw dL/dlogit of each --loss for a ground truth and a prediction as a PNG.",
            "",
            "Diverging colours centred at 0 (blue: gradient descent raises the logit,",
            "towards foreground; red: towards background), the GT contour in black, a",
            "colour bar per panel, loss id and value as the title."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input (missing file, not an image, size mismatch, unknown loss or parameter)",
            "2:usage error", "3:the output file cannot be written"})
public final class RenderCommand implements Callable<Integer> {

    /** The largest picture drawn: 100 million pixels, 400 MB in memory. */
    static final long MAX_PICTURE_PIXELS = 100_000_000L;

    @Spec
    private CommandSpec spec;

    @Mixin
    private MaskFileOptions maskFiles;

    @Option(names = "--loss", required = true, split = ",", paramLabel = "ID", description = "one or more losses")
    private List<String> losses = new ArrayList<>();

    @Mixin
    private ParameterOptions parameters;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "the PNG to write")
    private Path out;

    @Option(names = "--shared-scale", description = "one colour range for all panels (default: one per panel)")
    private boolean sharedScale;

    @Option(names = "--scale", defaultValue = "0", description = "screen pixels per image pixel (default: fit ~384 px)")
    private int scale;

    @Option(names = "--columns", defaultValue = "2", description = "panels per row (default: ${DEFAULT-VALUE})")
    private int columns;

    @Override
    public Integer call() {
        OutputFiles.check(out, maskFiles.groundTruth(), maskFiles.prediction());
        MaskPair masks = maskFiles.read(spec.commandLine()).requireBinary("render");
        ParameterOverrides overrides = parameters.overrides(Mode.BINARY);
        List<LossSpec> chosen = LossSelection.of(losses, Mode.BINARY);
        int height = masks.input().shape().height();
        int width = masks.input().shape().width();
        int pixels = scale > 0 ? scale : Math.max(1, 384 / Math.max(height, width));
        if (columns < 1 || pixels > 64) {
            throw new CliException(CliException.BAD_INPUT, "--columns must be >= 1 and --scale at most 64");
        }
        // Checked before any loss is computed: the picture is held in memory whole (4 bytes a pixel).
        int cols = Math.min(columns, chosen.size());
        int rows = (chosen.size() + columns - 1) / columns;
        long picture = (long) cols * width * pixels * rows * height * pixels;
        if (picture > MAX_PICTURE_PIXELS) {
            throw new CliException(CliException.BAD_INPUT, String.format(Locale.ROOT, "the picture would be %dx%d "
                    + "pixels, more than %d million; use a smaller --scale (or fewer losses per picture)",
                    (long) cols * width * pixels, (long) rows * height * pixels, MAX_PICTURE_PIXELS / 1_000_000));
        }
        List<HeatmapRenderer.Panel> panels = new ArrayList<>();
        for (LossSpec loss : chosen) {
            LossResult r = loss.evaluate(overrides.paramsFor(loss), masks.input());
            panels.add(new HeatmapRenderer.Panel(String.format(Locale.ROOT, "%s = %.6g", loss.id(), r.value()),
                    r.gradient(), masks.input().target()));
        }
        BufferedImage image = HeatmapRenderer.grid(panels, columns, pixels, sharedScale);
        OutputFiles.writePng(out, image, maskFiles.groundTruth(), maskFiles.prediction());
        return 0;
    }
}
