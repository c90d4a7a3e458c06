package org.losslens.app.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.losslens.app.Workbench;
import org.losslens.app.masks.Masks;
import org.losslens.app.optimise.DescentSettings;
import org.losslens.app.optimise.LockstepDescent;
import org.losslens.app.optimise.OptimiseViewModel;
import org.losslens.app.optimise.OptimizerKind;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/**
 * A measurement, not a test: steps per second of the Optimise tab's worker at 128×128 with 4 panels
 * (bce, dice, tversky, lovasz_hinge), each step followed by building the published frame, as the
 * worker does. Run: {@code java -cp <test classpath> org.losslens.app.benchmark.OptimiseBenchmark}
 */
public final class OptimiseBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private OptimiseBenchmark() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        Masks start = Workbench.defaultMasks(size);
        List<LossSpec> specs = OptimiseViewModel.DEFAULT_LOSSES.stream()
                .map(id -> LossCatalogue.find(id, Mode.BINARY).orElseThrow()).toList();
        System.out.println("steps/s by the wall clock and by the worker thread's CPU time (the second does not "
                + "count time the thread waited for a core on a loaded machine); median of 5 runs of 400 steps");
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (double sigma : new double[] {0, 2}) {
                DescentSettings settings = new DescentSettings(kind, kind.defaultLearningRate(start.pixels()), sigma);
                run(start, specs, settings, 1500); // warm-up: long enough for C2 to finish compiling
                double[] wall = new double[5];
                double[] cpu = new double[5];
                for (int r = 0; r < wall.length; r++) {
                    double[] rates = run(start, specs, settings, 400);
                    wall[r] = rates[0];
                    cpu[r] = rates[1];
                }
                Arrays.sort(wall);
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "%d×%d, 4 panels, %-9s σ=%.0f: wall %7.1f  cpu %7.1f steps/s%n",
                        size, size, kind, sigma, wall[2], cpu[2]);
            }
        }
    }

    /** Steps per second of wall-clock and of this thread's CPU time. */
    private static double[] run(Masks start, List<LossSpec> specs, DescentSettings settings, int steps) {
        LockstepDescent descent = new LockstepDescent(start, specs, Map.of(), settings);
        long begin = System.nanoTime();
        long cpuBegin = THREADS.getCurrentThreadCpuTime();
        for (int k = 0; k < steps; k++) {
            descent.step();
            descent.frame();
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuBegin;
        return new double[] {steps / ((System.nanoTime() - begin) / 1e9), steps / (cpu / 1e9)};
    }
}
