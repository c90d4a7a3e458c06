package org.losslens.cli.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.losslens.cli.input.CliException;
import org.losslens.cli.input.LossSelection;
import org.losslens.cli.input.MaskFileOptions;
import org.losslens.cli.input.OutputFiles;
import org.losslens.cli.input.ParameterOptions;
import org.losslens.cli.input.ParameterOverrides;
import org.losslens.cli.input.TerminalProgress;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.imaging.dataset.DatasetEvaluator;
import org.losslens.imaging.dataset.DatasetItem;
import org.losslens.imaging.dataset.DatasetRow;
import org.losslens.imaging.dataset.DatasetScan;
import org.losslens.imaging.dataset.DatasetTable;
import org.losslens.imaging.dataset.PairRule;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code table --dir FOLDER}: the dataset view's table, headless. The same reader and evaluator as the
 * app's dataset view ({@link DatasetEvaluator}), so the numbers agree; a progress bar on a terminal.
 * A case that cannot be read is a row with its error (and a notice on stderr); the command still
 * exits 0 if at least one case was evaluated, 1 if none was.
 */
final class FolderTable {

    private final CommandSpec spec;
    private final List<String> losses;
    private final ParameterOptions parameters;
    private final Path out;
    private final int threads;

    FolderTable(CommandSpec spec, List<String> losses, ParameterOptions parameters, Path out, int threads) {
        this.spec = spec;
        this.losses = losses;
        this.parameters = parameters;
        this.out = out;
        this.threads = threads;
    }

    int run(Path dir, String groundTruthPattern, String predictionPattern, MaskFileOptions.Scale scale,
            TableCommand.Format format) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        PairRule rule;
        try {
            rule = new PairRule(groundTruthPattern, predictionPattern);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        DatasetScan scan;
        Mode mode;
        try {
            scan = rule.scan(dir);
            if (out != null) {
                OutputFiles.check(out, inputs(scan));
            }
            mode = DatasetEvaluator.modeOf(scan);
        } catch (IOException e) {
            throw new CliException(CliException.BAD_INPUT, e.getMessage());
        }
        ParameterOverrides overrides = parameters.overrides(mode);
        List<LossSpec> chosen = LossSelection.of(losses, mode);
        DatasetTable table = new DatasetEvaluator(mode, chosen, overrides::paramsFor, scale.forced(), threads)
                .evaluate(scan, TerminalProgress.forTerminal("table"));
        String text = switch (format) {
            case TEXT -> text(table);
            case CSV -> table.csv();
            case JSON -> json(table);
        };
        if (out == null) {
            OutputFiles.print(spec.commandLine().getOut(), text);
        } else {
            OutputFiles.writeText(out, text, inputs(scan));
        }
        for (String file : scan.unmatched()) {
            spec.commandLine().getErr().println("notice: " + file + " has no partner under the rule " + rule.describe());
        }
        for (DatasetRow row : table.rows()) {
            row.error().ifPresent(e -> spec.commandLine().getErr().println("error: " + row.item().name() + ": " + e));
        }
        if (table.failures() == table.rows().size()) {
            throw new CliException(CliException.BAD_INPUT, "no case of " + dir + " could be evaluated");
        }
        return 0;
    }

    private static Path[] inputs(DatasetScan scan) {
        List<Path> files = new ArrayList<>();
        for (DatasetItem item : scan.items()) {
            files.add(item.groundTruth());
            files.add(item.prediction());
        }
        return files.toArray(Path[]::new);
    }

    /** Cases as rows, losses as columns (ids as headers), numbers in %.6g, summaries below a rule. */
    private static String text(DatasetTable table) {
        List<String> header = new ArrayList<>(List.of("case"));
        table.losses().forEach(l -> header.add(l.id()));
        header.addAll(List.of("dice", "iou"));
        int nameWidth = Math.max(6, table.rows().stream().mapToInt(r -> r.item().name().length()).max().orElse(4));
        int[] widths = header.stream().mapToInt(h -> Math.max(12, h.length())).toArray();
        widths[0] = nameWidth;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: %d cases (%s), %s%n", table.scan().folder(), table.rows().size(),
                table.mode().name().toLowerCase(Locale.ROOT), table.scan().rule().describe()));
        appendLine(s, widths, header);
        for (DatasetRow r : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.item().name()));
            if (r.error().isPresent()) {
                cells.add("error: " + r.error().get());
                s.append(String.format(Locale.ROOT, "%-" + nameWidth + "s  %s%n", cells.get(0), cells.get(1)));
                continue;
            }
            for (int c = 0; c < table.losses().size(); c++) {
                cells.add(number(r.value(c)));
            }
            cells.add(number(r.dice()));
            cells.add(number(r.iou()));
            appendLine(s, widths, cells);
        }
        s.append("-".repeat(java.util.Arrays.stream(widths).sum() + 2 * (widths.length - 1))).append(System.lineSeparator());
        for (DatasetTable.Summary summary : DatasetTable.Summary.values()) {
            List<String> cells = new ArrayList<>(List.of(summary.name().toLowerCase(Locale.ROOT)));
            for (int c = 0; c < table.losses().size(); c++) {
                cells.add(number(table.lossSummary(c, summary)));
            }
            cells.add(number(table.diceSummary(summary)));
            cells.add(number(table.iouSummary(summary)));
            appendLine(s, widths, cells);
        }
        return s.toString();
    }

    private static void appendLine(StringBuilder s, int[] widths, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            s.append(i == 0 ? String.format(Locale.ROOT, "%-" + widths[0] + "s", cells.get(0))
                    : String.format(Locale.ROOT, "  %" + widths[i] + "s", cells.get(i)));
        }
        s.append(System.lineSeparator());
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String json(DatasetTable table) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("folder", table.scan().folder().toString());
        root.put("mode", table.mode().name().toLowerCase(Locale.ROOT));
        root.put("ground_truth_pattern", table.scan().rule().groundTruthPattern());
        root.put("prediction_pattern", table.scan().rule().predictionPattern());
        ArrayNode columns = root.putArray("losses");
        table.losses().forEach(l -> columns.add(l.id()));
        ArrayNode rows = root.putArray("cases");
        for (DatasetRow r : table.rows()) {
            ObjectNode o = rows.addObject();
            o.put("case", r.item().name());
            o.put("ground_truth", r.item().groundTruth().getFileName().toString());
            o.put("prediction", r.item().prediction().getFileName().toString());
            if (r.error().isPresent()) {
                o.put("error", r.error().get());
                continue;
            }
            o.put("prediction_scale", r.scale().name().toLowerCase(Locale.ROOT));
            ObjectNode values = o.putObject("values");
            for (int c = 0; c < table.losses().size(); c++) {
                values.put(table.losses().get(c).id(), r.value(c));
            }
            o.put("dice", r.dice());
            o.put("iou", r.iou());
        }
        ObjectNode summaries = root.putObject("summary");
        for (DatasetTable.Summary summary : DatasetTable.Summary.values()) {
            ObjectNode o = summaries.putObject(summary.name().toLowerCase(Locale.ROOT));
            for (int c = 0; c < table.losses().size(); c++) {
                o.put(table.losses().get(c).id(), table.lossSummary(c, summary));
            }
            o.put("dice", table.diceSummary(summary));
            o.put("iou", table.iouSummary(summary));
        }
        root.putArray("unmatched").addAll(table.scan().unmatched().stream()
                .map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList());
        return root.toPrettyString() + System.lineSeparator();
    }
}
