package org.losslens.core.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;

/**
 * Evaluates several losses on one shared input, in parallel on every core.
 *
 * <p>The losses of a catalogue are independent given the input: each reads the shared activations
 * and the target's cached facts and writes only its own gradient, and the caches they share
 * ({@code Activations}, {@code Target#derived}, {@code LossInput#derived}) are safe for concurrent
 * use. So a list of losses splits into one task per loss; the fork/join pool balances their very
 * different costs by work stealing. The result is exactly what evaluating them one after another
 * gives, in the order of the list.
 */
public final class LossBatch {

    private LossBatch() {
    }

    /** Value and gradient of every loss on {@code input}, in list order, using the common fork/join pool. */
    public static List<LossResult> evaluate(List<? extends Loss> losses, LossInput input) {
        return evaluate(losses, input, ForkJoinPool.commonPool());
    }

    /**
     * Value and gradient of every loss on {@code input}, in list order, on {@code pool}. If a loss
     * throws, the exception of the first such loss in the list is rethrown once every task has ended.
     */
    public static List<LossResult> evaluate(List<? extends Loss> losses, LossInput input, ForkJoinPool pool) {
        if (losses.size() <= 1 || pool.getParallelism() <= 1) {
            return losses.stream().map(l -> l.evaluate(input)).toList();
        }
        // each task records its own failure instead of throwing, so one failing loss cannot cancel
        // the others and the first failure in list order is the one reported
        LossResult[] results = new LossResult[losses.size()];
        RuntimeException[] failures = new RuntimeException[losses.size()];
        List<ForkJoinTask<?>> tasks = new ArrayList<>(losses.size());
        for (int i = 0; i < results.length; i++) {
            int index = i;
            Loss loss = losses.get(i);
            tasks.add(ForkJoinTask.adapt(() -> {
                try {
                    results[index] = loss.evaluate(input);
                } catch (RuntimeException e) {
                    failures[index] = e;
                }
            }));
        }
        if (ForkJoinTask.getPool() == pool) {
            ForkJoinTask.invokeAll(tasks);
        } else {
            pool.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(tasks)));
        }
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        return List.of(results);
    }
}
