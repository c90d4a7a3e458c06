package org.losslens.app.benchmark;

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

    private OptimiseBenchmark() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        Masks start = Workbench.defaultMasks(size);
        List<LossSpec> specs = OptimiseViewModel.DEFAULT_LOSSES.stream()
                .map(id -> LossCatalogue.find(id, Mode.BINARY).orElseThrow()).toList();
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (double sigma : new double[] {0, 2}) {
                DescentSettings settings = new DescentSettings(kind, kind.defaultLearningRate(start.pixels()), sigma);
                run(start, specs, settings, 150); // warm-up (JIT)
                double perSecond = run(start, specs, settings, 600);
                System.out.printf(Locale.ROOT, "%d×%d, 4 panels, %-22s σ=%.0f: %.1f steps/s%n", size, size, kind,
                        sigma, perSecond);
            }
        }
    }

    private static double run(Masks start, List<LossSpec> specs, DescentSettings settings, int steps) {
        LockstepDescent descent = new LockstepDescent(start, specs, Map.of(), settings);
        long begin = System.nanoTime();
        for (int k = 0; k < steps; k++) {
            descent.step();
            descent.frame();
        }
        return steps / ((System.nanoTime() - begin) / 1e9);
    }
}
