package org.losslens.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.losslens.core.activation.Activations;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.geometry.DistanceTransform;
import org.losslens.core.geometry.Mask;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times value + gradient of every implemented loss × mode, single-threaded, after
 * warm-up, as the app uses them — activations and ground-truth facts are computed once per input and
 * shared, so each entry's time is what a slider move costs for that loss.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Time value + gradient of every implemented loss x mode (median and p95 after warm-up),",
            "binary at each --sizes and multiclass with --classes classes, plus the whole-catalogue total.",
            "Bytes allocated per call are shown as multiples of one input-sized double array (N = C*H*W).",
            "Activations (sigmoid/softmax) are computed once per prediction and shared, so they are timed",
            "separately and not included in the per-loss times or the total."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:benchmark ran", "2:bad option"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "64,256,512",
            description = "square image sizes (default: ${DEFAULT-VALUE})")
    private List<Integer> sizes;

    @Option(names = "--classes", defaultValue = "4", description = "classes for multiclass entries (default: ${DEFAULT-VALUE})")
    private int classes;

    @Option(names = "--warmup", defaultValue = "20", description = "warm-up runs per entry (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--runs", defaultValue = "50", description = "measured runs per entry (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--max-seconds", defaultValue = "2", description = "time cap per entry (default: ${DEFAULT-VALUE})")
    private double maxSeconds;

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (sizes.stream().anyMatch(s -> s < 2 || s > 4096) || classes < 2 || runs < 1 || warmup < 0) {
            spec.commandLine().getErr().println("bench: sizes must be 2..4096, classes >= 2, runs >= 1");
            return 2;
        }
        Stopwatch stopwatch = new Stopwatch(warmup, runs, maxSeconds);
        List<Section> sections = new ArrayList<>();
        for (int size : sizes) {
            sections.add(section(stopwatch, Mode.BINARY, size, BenchInputs.binary(size, 1)));
            sections.add(section(stopwatch, Mode.MULTICLASS, size, BenchInputs.multiclass(size, classes, 2)));
        }
        sections.add(geometry(stopwatch, sizes.stream().mapToInt(Integer::intValue).max().orElse(512)));
        if (json) {
            out.println(toJson(sections));
        } else {
            sections.forEach(s -> s.print(out));
        }
        out.flush();
        return 0;
    }

    private record Section(String title, int elements, List<Stopwatch.Timing> entries, Stopwatch.Timing total) {
        void print(PrintWriter out) {
            out.printf(Locale.ROOT, "%n%s%n%-36s %10s %10s %14s%n", title, "entry", "median ms", "p95 ms",
                    "alloc (arrays)");
            for (Stopwatch.Timing t : entries) {
                row(out, t);
            }
            row(out, total);
        }

        private void row(PrintWriter out, Stopwatch.Timing t) {
            out.printf(Locale.ROOT, "%-36s %10.3f %10.3f %14.1f%n", t.name(), t.medianMillis(), t.p95Millis(),
                    t.allocatedBytesPerRun() / (8.0 * elements));
        }
    }

    private Section section(Stopwatch stopwatch, Mode mode, int size, LossInput input) {
        List<LossSpec> specs = LossCatalogue.forMode(mode).stream().filter(LossSpec::implemented).toList();
        List<Loss> losses = specs.stream().map(LossSpec::create).toList();
        List<Stopwatch.Timing> entries = new ArrayList<>();
        var logits = input.activations().logits();
        entries.add(stopwatch.time("activations (once per prediction)", mode == Mode.BINARY
                ? () -> Activations.sigmoid(logits) : () -> Activations.softmax(logits)));
        for (int i = 0; i < specs.size(); i++) {
            Loss loss = losses.get(i);
            entries.add(stopwatch.time(specs.get(i).label(), () -> loss.evaluate(input)));
        }
        Stopwatch.Timing total = stopwatch.time("whole catalogue (" + specs.size() + " entries)",
                () -> losses.forEach(l -> l.evaluate(input)));
        String title = mode.id() + " " + input.channels() + "x" + size + "x" + size;
        return new Section(title, input.shape().size(), entries, total);
    }

    /** The exact Euclidean distance transform of a disc mask, the geometry every distance loss builds on. */
    private static Section geometry(Stopwatch stopwatch, int size) {
        double r = 0.3 * size;
        Mask disc = Mask.of(size, size, i -> {
            double dy = i / size - size / 2.0;
            double dx = i % size - size / 2.0;
            return dx * dx + dy * dy <= r * r;
        });
        List<Stopwatch.Timing> entries = List.of(
                stopwatch.time("EDT inside a disc " + size + "x" + size, () -> DistanceTransform.inside(disc)),
                stopwatch.time("EDT(m) + EDT(not m) " + size + "x" + size, () -> DistanceTransform.acrossBoundary(disc)));
        return new Section("geometry " + size + "x" + size, size * size, entries.subList(0, 1), entries.get(1));
    }

    private static String toJson(List<Section> sections) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode root = mapper.createArrayNode();
        for (Section s : sections) {
            ObjectNode node = root.addObject();
            node.put("section", s.title());
            node.put("elements", s.elements());
            ArrayNode entries = node.putArray("entries");
            List<Stopwatch.Timing> all = new ArrayList<>(s.entries());
            all.add(s.total());
            for (Stopwatch.Timing t : all) {
                ObjectNode e = entries.addObject();
                e.put("name", t.name());
                e.put("median_ms", t.medianMillis());
                e.put("p95_ms", t.p95Millis());
                e.put("allocated_arrays_per_call", t.allocatedBytesPerRun() / (8.0 * s.elements()));
                e.put("runs", t.runs());
            }
        }
        return root.toPrettyString();
    }
}
