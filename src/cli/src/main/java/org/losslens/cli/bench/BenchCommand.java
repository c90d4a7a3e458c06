package org.losslens.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.losslens.cli.eval.CaseException;
import org.losslens.cli.eval.CaseParser;
import org.losslens.cli.eval.ReferenceCase;
import org.losslens.cli.input.CliException;
import org.losslens.cli.input.OutputFiles;
import org.losslens.core.batch.LossBatch;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.geometry.DistanceTransform;
import org.losslens.core.geometry.Mask;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times value + gradient of every implemented loss × mode, "cold" (everything built
 * per call, the reference benchmark's unit of work) and "warm" (shared input and caches, as the app
 * runs after a parameter move), plus the whole catalogue after a prediction edit on one thread and on
 * every core; optionally on the exact inputs of a reference run and with the ratio to its timings.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Times value + gradient of every implemented loss x mode (median, p95).",
            "A JIT warm-up runs first, until the timings settle. Per entry: 'cold' =",
            "copy the logits, build activations and a fresh target (so every",
            "ground-truth distance map), then the loss -- what the reference benchmark",
            "times; 'warm' = the loss alone on a shared input whose caches are filled.",
            "Per section: sums of medians, and 'catalogue after a prediction edit' --",
            "new activations, then every entry on a cached target -- on one thread and",
            "on all cores (core LossBatch, one worker per core, elapsed time).",
            "Inputs: built-in (binary disc; multiclass",
            "disc, square, ring, as shared/refbench) at each --sizes, or the cases of",
            "a refcases-format JSONL file (--inputs, e.g. bench_reference.py",
            "--write-inputs). --reference adds the ratio reference/LossLens per entry",
            "and in total."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:benchmark ran",
            "1:bad input (an option value out of range, an input or reference file that cannot be read)",
            "2:usage error", "3:standard output cannot be written"})
public final class BenchCommand implements Callable<Integer> {

    /** Largest built-in image side, as for PNG inputs (PngCodec's 4096² header limit). */
    static final int MAX_SIZE = 4096;
    /** Most classes of the built-in multiclass input: what an 8-bit label map (table's PNG GT) can hold. */
    static final int MAX_CLASSES = 256;
    /**
     * Most logits (C·size²) of one built-in multiclass input: 2²², 32 MB per array of doubles, of which
     * a section holds many (logits, probabilities, gradients, one-hot target, a distance map per class,
     * a gradient per thread in the all-cores timing); 4x2048x2048 (2²⁴) ran out of a 6 GB heap.
     */
    static final long MAX_LOGITS = 1L << 22;

    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "128,256,512",
            description = "square image sizes of the built-in inputs, 2..4096, see --classes (default: ${DEFAULT-VALUE})")
    private List<Integer> sizes;

    @Option(names = "--classes", defaultValue = "4", description = "classes of the built-in multiclass input, 2..256, at most 2^22 logits (classes x size^2) (default: ${DEFAULT-VALUE})")
    private int classes;

    @Option(names = "--inputs", paramLabel = "FILE.jsonl",
            description = "time the cases of this refcases-format file (logits, target, params per line) instead of the built-in inputs")
    private Path inputs;

    @Option(names = "--reference", paramLabel = "REF.json",
            description = "reference timings (bench_reference.py --json): print reference/LossLens ratios")
    private Path reference;

    @Option(names = "--only", split = ",", paramLabel = "LOSS", description = "time only these loss ids")
    private List<String> only;

    @Option(names = "--warmup", defaultValue = "16", description = "minimum warm-up runs per timing (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "0.3",
            description = "minimum warm-up time per timing; warm-up goes on until the median settles (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Option(names = "--jit-seconds", defaultValue = "3",
            description = "before timing a section, run all its entries round-robin for this long, so the JIT has "
                    + "compiled the shared code with the whole catalogue's profile (default: ${DEFAULT-VALUE})")
    private double jitSeconds;

    @Option(names = "--runs", defaultValue = "40", description = "measured runs per timing (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--max-seconds", defaultValue = "2", description = "time cap per timing, warm-up included (default: ${DEFAULT-VALUE})")
    private double maxSeconds;

    @Option(names = "--clock", defaultValue = "wall",
            description = "wall (elapsed, as the reference measures) or cpu (CPU time of the timing thread: steadier on a "
                    + "loaded machine; the all-cores catalogue is elapsed time either way) (default: ${DEFAULT-VALUE})")
    private String clock;

    @Option(names = "--passes", defaultValue = "2",
            description = "timing passes over a section's entries; each entry reports the pass with the lower median "
                    + "(a deoptimisation during one entry's timing left it in slower code for the whole timing, 5-20x) "
                    + "(default: ${DEFAULT-VALUE})")
    private int passes;

    @Option(names = "--no-cold", description = "skip the cold timings")
    private boolean noCold;

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        try {
            return benchmark(out, err);
        } catch (OutOfMemoryError e) {
            // The limits keep the built-in inputs small enough for a default heap; a heap set smaller, or
            // a large --inputs file, can still run out: a message, not a stack trace.
            throw new CliException(CliException.BAD_INPUT, "out of memory (heap " + Runtime.getRuntime().maxMemory()
                    / (1 << 20) + " MB): use smaller --sizes, fewer --classes or --only, or a larger heap (java -Xmx)");
        }
    }

    private int benchmark(PrintWriter out, PrintWriter err) {
        ReferenceTimings timings = null;
        List<SectionInput> sectionInputs;
        try {
            if (reference != null) {
                timings = ReferenceTimings.read(reference);
            }
            sectionInputs = inputs != null ? fromFile(inputs) : builtIn();
        } catch (IOException | CaseException | IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            return CliException.BAD_INPUT;
        }
        Stopwatch stopwatch = new Stopwatch(clock.equals("cpu") ? Stopwatch.Clock.CPU : Stopwatch.Clock.WALL, warmup, warmupSeconds, runs, maxSeconds);
        // The all-cores figure is elapsed time whatever --clock says: the CPU time of the calling thread
        // leaves out the other threads' work. Its own pool, one worker per core: the common pool keeps
        // one core for the caller (parallelism 1 on 2 cores), so LossBatch ran sequentially in it.
        Stopwatch wall = new Stopwatch(Stopwatch.Clock.WALL, warmup, warmupSeconds, runs, maxSeconds);
        int cores = Runtime.getRuntime().availableProcessors();
        List<BenchReport.Section> sections = new ArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(cores);
        try {
            for (SectionInput s : sectionInputs) {
                if (!s.cases().isEmpty()) {
                    sections.add(measure(stopwatch, wall, pool, s, timings));
                }
            }
        } finally {
            pool.shutdown();
        }
        int edtSize = inputs != null ? 512 : sizes.stream().mapToInt(Integer::intValue).max().orElse(512);
        BenchReport report = new BenchReport(sections, geometry(stopwatch, edtSize),
                timings == null ? null : timings.description(), cores, clock);
        String text;
        if (json) {
            text = report.toJson(new ObjectMapper()).toPrettyString() + System.lineSeparator();
        } else {
            StringWriter table = new StringWriter();
            report.print(new PrintWriter(table));
            text = table.toString();
        }
        OutputFiles.print(out, text);
        return 0;
    }

    /**
     * Each option value in its range, or a message naming the option and the value (exit 1, as a bad
     * value is for every command). Without the class and logit limits --classes 100000 ran out of
     * memory with a stack trace (issue 17 item 9).
     */
    private void checkOptions() {
        for (int size : sizes) {
            require(size >= 2 && size <= MAX_SIZE, "--sizes", size, "2.." + MAX_SIZE);
        }
        require(classes >= 2 && classes <= MAX_CLASSES, "--classes", classes, "2.." + MAX_CLASSES);
        for (int size : sizes) {
            long logits = (long) classes * size * size;
            if (inputs == null && logits > MAX_LOGITS) {
                throw new CliException(CliException.BAD_INPUT, "--classes " + classes + " at --sizes " + size
                        + " is " + logits + " logits, more than " + MAX_LOGITS + " (e.g. 4 classes at 1024x1024, 64 "
                        + "at 256x256): use fewer classes or a smaller size");
            }
        }
        require(passes >= 1 && passes <= 10, "--passes", passes, "1..10");
        require(runs >= 1, "--runs", runs, ">= 1");
        require(warmup >= 0, "--warmup", warmup, ">= 0");
        require(warmupSeconds >= 0, "--warmup-seconds", warmupSeconds, ">= 0");
        require(jitSeconds >= 0, "--jit-seconds", jitSeconds, ">= 0");
        require(maxSeconds > 0, "--max-seconds", maxSeconds, "> 0");
        require(clock.equals("wall") || clock.equals("cpu"), "--clock", clock, "wall or cpu");
    }

    private static void require(boolean valid, String option, Object value, String range) {
        if (!valid) {
            throw new CliException(CliException.BAD_INPUT, option + " " + value + " is not allowed: it must be " + range);
        }
    }

    /** The cases of one section: one workload (same logits and target) and the entries timed on it. */
    private record SectionInput(String title, Workload workload, LossInput warmInput, List<BenchCase> cases) {

        /**
         * One warm input for all the section's entries, as the app shares one input across the catalogue:
         * an input per entry held ~20 copies of the logits, probabilities and distance maps per section
         * (issue 17 item 9).
         */
        SectionInput(String title, Workload workload) {
            this(title, workload, workload.coldInput(), new ArrayList<>());
        }

        void add(LossSpec spec, Loss loss) {
            cases.add(BenchCase.of(spec, loss, workload, warmInput));
        }
    }

    private List<SectionInput> builtIn() {
        List<SectionInput> result = new ArrayList<>();
        for (int size : sizes) {
            for (Workload w : List.of(BenchInputs.binary(size, 1), BenchInputs.multiclass(size, classes, 2))) {
                SectionInput section = new SectionInput(title(w), w);
                for (LossSpec s : LossCatalogue.forMode(w.mode())) {
                    if (s.implemented() && selected(s.id())) {
                        section.add(s, s.create());
                    }
                }
                result.add(section);
            }
        }
        return result;
    }

    /** One section per distinct workload of the file, entries in file order; unimplemented entries are skipped and said so. */
    private List<SectionInput> fromFile(Path file) throws IOException, CaseException {
        CaseParser parser = new CaseParser();
        List<String> lines = Files.readAllLines(file);
        List<SectionInput> result = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            ReferenceCase c = parser.parse(lines.get(i), i + 1);
            Mode mode = Mode.fromId(c.mode());
            if (!selected(c.loss())) {
                continue;
            }
            LossSpec s = LossCatalogue.find(c.loss(), mode).orElse(null);
            if (s == null || !s.implemented()) {
                skipped.add(c.loss() + " (" + mode.id() + ")");
                continue;
            }
            Workload w = new Workload(mode, new Shape(c.shape()[0], c.shape()[1], c.shape()[2]), c.logits(), c.target());
            SectionInput section = result.stream().filter(r -> r.workload().sameAs(w)).findFirst().orElse(null);
            if (section == null) {
                section = new SectionInput(title(w) + " from " + file.getFileName(), w);
                result.add(section);
            }
            Loss loss;
            try {
                loss = s.create(s.bind(c.params(), false));
            } catch (IllegalArgumentException e) {
                throw new CaseException(c.id(), e.getMessage());
            }
            section.add(s, loss);
        }
        if (!skipped.isEmpty()) {
            spec.commandLine().getErr().println("bench: not in this catalogue or not implemented yet, not timed: " + String.join(", ", skipped));
        }
        return result;
    }

    private boolean selected(String id) {
        return only == null || only.contains(id);
    }

    private static String title(Workload w) {
        Shape s = w.shape();
        return w.mode().id() + " " + s.channels() + "x" + s.height() + "x" + s.width();
    }

    private BenchReport.Section measure(Stopwatch stopwatch, Stopwatch wall, ForkJoinPool pool, SectionInput s,
                                        ReferenceTimings timings) {
        warmUpTogether(s.cases());
        List<BenchCase> cases = s.cases();
        Stopwatch.Timing[] colds = new Stopwatch.Timing[cases.size()];
        Stopwatch.Timing[] warms = new Stopwatch.Timing[cases.size()];
        // Whole passes, not each entry twice in a row: a deoptimised method is recompiled with a new
        // profile a few hundred calls later, so by the next pass it runs compiled code again.
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < cases.size(); i++) {
                BenchCase c = cases.get(i);
                if (!noCold) {
                    colds[i] = faster(colds[i], stopwatch.time(c.spec().label() + " cold", c::runCold));
                }
                warms[i] = faster(warms[i], stopwatch.time(c.spec().label(), c::runWarm));
            }
        }
        List<BenchReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            BenchCase c = cases.get(i);
            ReferenceTimings.Row ref = timings == null ? null
                    : timings.find(c.spec().id(), c.spec().mode().id()).orElse(null);
            entries.add(new BenchReport.Entry(c.spec(), colds[i], warms[i], ref));
        }
        Workload w = s.workload();
        Tensor logits = w.logitTensor();
        var target = s.warmInput().target();
        List<Loss> losses = s.cases().stream().map(BenchCase::loss).toList();
        // a prediction edit: new activations (and prediction-derived facts), the target's caches kept
        Stopwatch.Timing activations = stopwatch.time("activations", () -> w.activations(logits));
        Stopwatch.Timing sequential = stopwatch.time("catalogue after a prediction edit, 1 thread", () -> {
            LossInput input = LossInput.of(w.activations(logits), target);
            for (Loss loss : losses) {
                loss.evaluate(input);
            }
        });
        Stopwatch.Timing parallel = wall.time("catalogue after a prediction edit, all cores",
                () -> LossBatch.evaluate(losses, LossInput.of(w.activations(logits), target), pool));
        return new BenchReport.Section(s.title(), w.shape(), entries, activations, sequential, parallel);
    }

    /** The timing with the lower median (the first one if there is no other yet). */
    private static Stopwatch.Timing faster(Stopwatch.Timing best, Stopwatch.Timing next) {
        return best == null || next.medianMillis() < best.medianMillis() ? next : best;
    }

    /**
     * Runs every entry, cold and warm, round-robin for {@code --jit-seconds} (at least three rounds).
     * Per-entry warm-up alone is not enough: on a loaded machine the compiler threads lag behind, so
     * the first entries would be timed in not-yet-optimised code, and code shared by all entries
     * (activations, overlap sums, the chain rule) should be compiled with everyone's profile, as in the app.
     */
    private void warmUpTogether(List<BenchCase> cases) {
        long end = System.nanoTime() + (long) (jitSeconds * 1e9);
        for (int round = 0; round < 3 || System.nanoTime() < end; round++) {
            for (BenchCase c : cases) {
                if (!noCold) {
                    c.runCold();
                }
                c.runWarm();
            }
        }
    }

    /** The exact Euclidean distance transform of a disc mask, the geometry every distance loss builds on. */
    private static BenchReport.Geometry geometry(Stopwatch stopwatch, int size) {
        double r = 0.3 * size;
        Mask disc = Mask.of(size, size, i -> {
            double dy = i / size - size / 2.0;
            double dx = i % size - size / 2.0;
            return dx * dx + dy * dy <= r * r;
        });
        return new BenchReport.Geometry(size,
                stopwatch.time("EDT inside a disc " + size + "x" + size, () -> DistanceTransform.inside(disc)),
                stopwatch.time("EDT(m) + EDT(not m) " + size + "x" + size, () -> DistanceTransform.acrossBoundary(disc)));
    }
}
