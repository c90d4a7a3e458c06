package org.losslens.app.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.losslens.app.Workbench;
import org.losslens.app.compute.ComputeService;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.EvaluationRequest;
import org.losslens.app.compute.LossEvaluator;
import org.losslens.app.compute.SharedInputs;
import org.losslens.app.editor.Tool;
import org.losslens.app.masks.BoxResampler;
import org.losslens.app.masks.Masks;
import org.losslens.app.multiclass.MulticlassExample;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * A measurement, not a test: what the live loop's compute costs per edit of a brush stroke, headless,
 * through the real path — a {@link Workbench} (its editor, document, {@code requestEvaluation}, the
 * {@link ComputeService} with its shared inputs and rest threads) whose "FX thread" is a plain thread —
 * against the core alone on the same drawings in the same run.
 *
 * <p>Per scenario it prints:
 * <ul>
 *   <li><b>paced</b>: a stroke at 60 edits/s as the editor makes it; the compute stages' wall time
 *       (ComputeService's timings: FIRST = the selected loss and the metrics, REST = the other losses,
 *       COMPLETE or PARTIAL) p50 / p95, and the CPU time of the compute threads per edit;</li>
 *   <li><b>one at a time</b>: the same edits, each waiting for its COMPLETE result, so every edit's
 *       stages are whole and alone: wall and CPU time of the first stage and of the rest, per edit;</li>
 *   <li><b>core only</b>: for the drawings of that stroke, on this thread: the logits as the app
 *       converts them, then {@code LossInput.of} (a persistent target while the GT is unchanged, a new
 *       one per GT edit) and every loss of the mode with its defaults, gradient into one scratch array.</li>
 * </ul>
 * Arguments (all optional): {@code size=128 mode=binary|multiclass tool=prediction|gt tab=gradient|grid
 * events=300 busy=0 burst=1} (burst: edits per FX task, as queued moves arrive together; busy: threads that spin meanwhile, as the renderer takes a core in the app). The command is in the README ("The live loop's speed, measured").
 */
public final class LiveComputeBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "harness-fx"));
    private final ConcurrentLinkedQueue<ComputeService.Timing> timings = new ConcurrentLinkedQueue<>();
    private final Workbench workbench;
    private final int size;
    private final Tool tool;
    private final List<Masks> drawn = new ArrayList<>();
    /** The drawings whose stages were applied (on the harness's FX thread). */
    private final java.util.Set<Masks> evaluated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private volatile boolean recording;

    private LiveComputeBenchmark(int size, boolean multiclass, Tool tool, boolean grid) throws Exception {
        this.size = size;
        this.tool = tool;
        workbench = onFx(() -> new Workbench(Workbench.defaultMasks(size), fx::execute));
        workbench.onComputeTiming(t -> {
            if (recording) {
                timings.add(t);
            }
        });
        onFx(() -> {
            // the scene of LatencyBenchmark: the same masks and selected loss
            if (multiclass) {
                workbench.document().commit(MulticlassExample.create(size, 4));
                workbench.losses().select("dice");
            } else {
                workbench.document().commit(BoxResampler.resize(Workbench.defaultMasks(size), size, size));
                workbench.losses().select("focal");
            }
            workbench.editor().toolProperty().set(tool);
            // the gradient tab shows the selected loss's heatmap only; the grid tab keeps every panel's gradient
            workbench.smallMultiples().visibleProperty().set(grid);
            workbench.onEvaluationProperty().set(e -> evaluated.add(e.request().masks()));
            return null;
        });
        awaitComplete();
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(option(args, "size", "128"));
        boolean multiclass = option(args, "mode", "binary").equals("multiclass");
        Tool tool = option(args, "tool", "prediction").equals("gt") ? Tool.GT_BRUSH : Tool.PREDICTION_BRUSH;
        boolean grid = option(args, "tab", "gradient").equals("grid");
        int events = Integer.parseInt(option(args, "events", "300"));
        int busy = Integer.parseInt(option(args, "busy", "0"));
        burst = Integer.parseInt(option(args, "burst", "1"));
        for (int i = 0; i < busy; i++) {
            // a stand-in for the renderer and the FX thread, which share the cores with the compute in the app
            Thread spinner = new Thread(LiveComputeBenchmark::spin, "harness-busy-" + i);
            spinner.setDaemon(true);
            spinner.start();
        }
        System.out.printf(Locale.ROOT, "LiveComputeBenchmark: %s %d², %s, %s tab, %d edits per stroke (%d per FX task), "
                        + "%d processors, %d busy threads%n", multiclass ? "C = 4" : "binary", size, tool,
                grid ? "grid" : "gradient", events, burst, Runtime.getRuntime().availableProcessors(), busy);
        LiveComputeBenchmark bench = new LiveComputeBenchmark(size, multiclass, tool, grid);
        // warm-up: long enough for C2 to compile every loss's loops (not reported)
        bench.pacedStroke(600, 0);
        bench.oneAtATime(100, 1);
        bench.coreOnly(bench.drawn, 3);
        bench.evaluatorAlone(bench.drawn, 3);
        bench.pacedStroke(events, 2);
        bench.oneAtATime(Math.min(events, 150), 3);
        bench.coreOnly(bench.drawn, 3);
        bench.evaluatorAlone(bench.drawn, 3);
        bench.workbench.close();
        bench.fx.shutdownNow();
        System.exit(0);
    }

    private static volatile double sink;
    /**
     * Edits handled back to back per FX task: the toolkit delivers the moves that queued up during a
     * pulse (or a busy FX thread) together, so several snapshots are made before the compute sees one.
     */
    private static int burst = 1;

    private static void spin() {
        double x = 1;
        while (true) {
            for (int i = 0; i < 1_000_000; i++) {
                x = x * 1.0000001 + 1e-9;
            }
            sink = x;
        }
    }

    /** A stroke at 60 edits/s, results coming back as they are computed (latest wins), as while painting. */
    private void pacedStroke(int events, int variant) throws Exception {
        timings.clear();
        drawn.clear();
        onFx(() -> {
            evaluated.clear();
            return null;
        });
        long[] cpuBefore = computeCpu();
        long wallBefore = System.nanoTime();
        recording = true;
        long next = System.nanoTime();
        for (int i = 0; i <= events; i += burst) {
            int from = i;
            fx.execute(() -> {
                for (int k = from; k < Math.min(events + 1, from + burst); k++) {
                    edit(k, events, variant);
                }
            });
            next += burst * 1_000_000_000L / 60;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        awaitComplete();
        recording = false;
        long wall = System.nanoTime() - wallBefore;
        long[] cpu = minus(computeCpu(), cpuBefore);
        // each distinct target was built with its own GT facts (distance maps, skeletons) from scratch
        long targets = onFx(() -> evaluated.stream().map(Masks::target)
                .collect(java.util.stream.Collectors.toCollection(
                        () -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))).size());
        long groundTruths = onFx(() -> evaluated.stream().map(Masks::groundTruthCopy).map(Arrays::toString)
                .distinct().count());
        List<Double> first = new ArrayList<>();
        List<Double> complete = new ArrayList<>();
        List<Double> partial = new ArrayList<>();
        for (ComputeService.Timing t : timings) {
            double ms = (t.finishedNanos() - t.startedNanos()) / 1e6;
            (switch (t.stage()) {
                case FIRST -> first;
                case COMPLETE -> complete;
                case PARTIAL -> partial;
            }).add(ms);
        }
        System.out.printf(Locale.ROOT, "paced, %d edits in %.1f s: first %s · rest complete %s · rest partial %s%n"
                        + "    compute CPU per edit: first thread %.2f ms, rest threads %.2f ms "
                        + "(%.0f %% of one core for the rest); %d drawings evaluated, %d targets built for %d "
                        + "ground truths%n",
                events + 1, wall / 1e9, figures(first), figures(complete), figures(partial),
                cpu[0] / 1e6 / (events + 1), cpu[1] / 1e6 / (events + 1), 100.0 * cpu[1] / wall,
                onFx(evaluated::size), targets, groundTruths);
    }

    /** The same kind of edits, each waiting for its COMPLETE result: every stage whole and alone. */
    private void oneAtATime(int events, int variant) throws Exception {
        drawn.clear();
        int unchanged = 0;
        double[] firstWall = new double[events];
        double[] restWall = new double[events];
        double[] firstCpu = new double[events];
        double[] restCpu = new double[events];
        double[] wall = new double[events];
        for (int i = 0; i < events; i++) {
            int k = i;
            timings.clear();
            recording = true;
            long[] before = computeCpu();
            long start = System.nanoTime();
            boolean changed = onFx(() -> {
                Masks was = workbench.document().current();
                edit(k, events, variant);
                return workbench.document().current() != was;
            });
            awaitComplete();
            if (!changed) {
                // a move that changed no pixel makes no drawing and asks for no evaluation
                recording = false;
                unchanged++;
                continue;
            }
            recording = false;
            long[] cpu = minus(computeCpu(), before);
            int j = i - unchanged;
            wall[j] = (System.nanoTime() - start) / 1e6;
            firstCpu[j] = cpu[0] / 1e6;
            restCpu[j] = cpu[1] / 1e6;
            for (ComputeService.Timing t : timings) {
                double ms = (t.finishedNanos() - t.startedNanos()) / 1e6;
                if (t.stage() == Evaluation.Stage.FIRST) {
                    firstWall[j] = ms;
                } else {
                    restWall[j] = ms;
                }
            }
        }
        int n = events - unchanged;
        System.out.printf(Locale.ROOT, "one at a time, %d edits (%d changed no pixel, left out): first wall %s cpu %s · "
                        + "rest wall %s cpu %s · edit → complete %s%n", events, unchanged,
                figures(Arrays.copyOf(firstWall, n)), figures(Arrays.copyOf(firstCpu, n)),
                figures(Arrays.copyOf(restWall, n)), figures(Arrays.copyOf(restCpu, n)), figures(Arrays.copyOf(wall, n)));
    }

    /** The core alone on the stroke's drawings: as the app's inputs, without the app around them. */
    private void coreOnly(List<Masks> drawings, int rounds) {
        List<LossSpec> specs = workbench.losses().specs().stream().filter(LossSpec::implemented).toList();
        String selected = workbench.losses().selectedProperty().get().id();
        int n = drawings.size();
        double[] logitsMs = new double[n * rounds];
        double[] firstMs = new double[n * rounds];
        double[] restMs = new double[n * rounds];
        double[] cpuMs = new double[n * rounds];
        double[] scratch = new double[drawings.get(0).logits().size()];
        int targets = 0;
        List<Double> newGtCpu = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Target target = null;
            double[] gtOfTarget = null;
            for (int i = 0; i < n; i++) {
                Masks m = drawings.get(i);
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Tensor logits = freshLogits(m);
                long t1 = System.nanoTime();
                double[] gt = m.groundTruthCopy();
                boolean newGt = target == null || !Arrays.equals(gt, gtOfTarget);
                if (newGt) {
                    target = freshTarget(m);
                    gtOfTarget = gt;
                    targets++;
                }
                LossInput input = LossInput.of(logits, target);
                long rest = 0;
                for (LossSpec spec : specs) {
                    long s = System.nanoTime();
                    Arrays.fill(scratch, 0);
                    try {
                        spec.checkApplicable(input);
                        spec.create(spec.defaults()).accumulate(input, 1.0, scratch);
                    } catch (RuntimeException e) {
                        // as the app: a loss that does not apply is reported, not computed
                    }
                    long d = System.nanoTime() - s;
                    if (!spec.id().equals(selected)) {
                        rest += d;
                    }
                }
                int k = r * n + i;
                cpuMs[k] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
                if (newGt && i > 0) {
                    newGtCpu.add(cpuMs[k]);
                }
                logitsMs[k] = (t1 - t0) / 1e6;
                // the target and the input are built before the first loss in the app too
                firstMs[k] = (System.nanoTime() - t1 - rest) / 1e6;
                restMs[k] = rest / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "core only, %d drawings × %d (%d with a new GT): logits %s · target + input + "
                        + "selected %s · rest %s · cpu %s; cpu of the edits with a new GT %s%n", n, rounds,
                targets / rounds, figures(logitsMs), figures(firstMs), figures(restMs), figures(cpuMs),
                figures(newGtCpu));
    }

    /**
     * The app's evaluator without the compute service around it: copies of the stroke's drawings made as
     * the editor makes them (so nothing is cached yet), every loss in one request on this thread, with the
     * request's parameters and kept gradients as the live loop sends them.
     */
    private void evaluatorAlone(List<Masks> drawings, int rounds) throws Exception {
        EvaluationRequest template = onFx(() -> workbench.latestProperty().get().request());
        double[] ms = new double[drawings.size() * rounds];
        double[] cpu = new double[ms.length];
        for (int r = 0; r < rounds; r++) {
            LossEvaluator evaluator = new LossEvaluator(new SharedInputs());
            Masks previous = null;
            for (int i = 0; i < drawings.size(); i++) {
                Masks m = drawings.get(i);
                Masks copy;
                if (previous != null && Arrays.equals(previous.groundTruthCopy(), m.groundTruthCopy())) {
                    copy = m.isMulticlass() ? previous.withClassProbabilities(m.classProbabilitiesCopy())
                            : previous.withProbabilities(m.probabilityCopy());
                } else {
                    copy = m.isMulticlass()
                            ? Masks.labelled(m.classes(), m.height(), m.width(), m.groundTruthCopy(),
                            m.classProbabilitiesCopy())
                            : Masks.of(m.height(), m.width(), m.groundTruthCopy(), m.probabilityCopy());
                }
                previous = copy;
                EvaluationRequest request = new EvaluationRequest(copy, template.losses(), template.params(),
                        template.gradientsFor(), System.nanoTime(), template.first());
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                evaluator.evaluate(request);
                ms[r * drawings.size() + i] = (System.nanoTime() - t0) / 1e6;
                cpu[r * drawings.size() + i] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "evaluator alone (every loss, one thread, with metrics): wall %s · cpu %s%n",
                figures(ms), figures(cpu));
    }

    private static Tensor freshLogits(Masks m) {
        int channels = m.isMulticlass() ? m.classes() : 1;
        double[] values = new double[channels * m.pixels()];
        for (int i = 0; i < values.length; i++) {
            values[i] = m.isMulticlass() ? m.classLogit(i / m.pixels(), i % m.pixels()) : m.logit(i);
        }
        return Tensor.adopt(new Shape(channels, m.height(), m.width()), values);
    }

    private static Target freshTarget(Masks m) {
        if (!m.isMulticlass()) {
            return Target.binary(m.height(), m.width(), m.groundTruthCopy());
        }
        int[] labels = new int[m.pixels()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = m.label(i);
        }
        return Target.labels(m.classes(), m.height(), m.width(), labels);
    }

    /** Edit k of a stroke of {@code events} across the canvas (on the harness's FX thread). */
    private void edit(int k, int events, int variant) {
        double phase = variant * 0.5;
        double t = k / (double) events;
        double x = size * (0.1 + 0.8 * t);
        double y = size * (0.5 + 0.3 * Math.sin(phase + t * 8 * Math.PI));
        workbench.editor().markInput();
        if (k == 0) {
            workbench.editor().brushRadiusProperty().set(Math.max(3, size / 16.0));
            // the prediction brush alternately raises and lowers p, so a long stroke keeps changing pixels
            workbench.editor().strengthProperty().set(variant % 2 == 0 ? 0.9 : 0.1);
            workbench.editor().press(x, y);
        } else if (k == events) {
            workbench.editor().release(x, y);
        } else {
            workbench.editor().drag(x, y);
        }
        drawn.add(workbench.document().current());
    }

    /** Waits until the newest complete result is of the drawing now current. */
    private void awaitComplete() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean done = onFx(() -> {
                Evaluation latest = workbench.latestProperty().get();
                return latest != null && latest.request().masks() == workbench.document().current();
            });
            if (done) {
                return;
            }
            Thread.sleep(0, 200_000);
        }
        throw new IllegalStateException("no complete result within 60 s");
    }

    /** CPU time so far of the first-stage thread and of the rest threads (the pool and its coordinator). */
    private static long[] computeCpu() {
        long first = 0;
        long rest = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (!name.startsWith("losslens-compute")) {
                continue;
            }
            long cpu = Math.max(0, THREADS.getThreadCpuTime(t.threadId()));
            if (name.equals("losslens-compute-first")) {
                first += cpu;
            } else {
                rest += cpu;
            }
        }
        return new long[] {first, rest};
    }

    private static long[] minus(long[] a, long[] b) {
        return new long[] {a[0] - b[0], a[1] - b[1]};
    }

    private <T> T onFx(Callable<T> task) throws Exception {
        return fx.submit(task).get(60, TimeUnit.SECONDS);
    }

    private static String figures(List<Double> values) {
        return figures(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** p50 / p95 in ms, and the count. */
    private static String figures(double[] values) {
        if (values.length == 0) {
            return "– (0)";
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f / %.2f ms (%d)", sorted[(sorted.length - 1) / 2],
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1], sorted.length);
    }

    private static String option(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return fallback;
    }
}
