package org.losslens.cli.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Times one task: warm-up until the JIT has settled, then measured runs, reporting the median and
 * 95th percentile (Commons Math's {@link DescriptiveStatistics}, its default interpolating estimate)
 * and the bytes the calling thread allocated per run.
 *
 * <p>Warm-up is not a fixed count: a hot loop over a large image is compiled (OSR) during the first
 * call, but the whole method — and the call sites of the losses it calls — only after many calls, so
 * a fixed 20 runs times some entries before C2 finished (bce looked 20× slower than it is). Instead
 * warm-up runs rounds of calls until the median of a round is within {@value #SETTLED} of the
 * previous round's, for at least the minimum warm-up time and at most half the time budget.
 */
final class Stopwatch {

    /** Result of timing one task. */
    record Timing(String name, double medianMillis, double p95Millis, double allocatedBytesPerRun, int runs) {
    }

    /** Relative change between two warm-up rounds' medians below which the JIT is taken as settled. */
    private static final double SETTLED = 0.05;
    private static final int ROUND = 8;

    private static final com.sun.management.ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t ? t : null;

    /** What a timing measures: elapsed time, or the CPU time of the calling thread. */
    enum Clock {
        /** Elapsed (wall-clock) time, as the reference benchmark measures. */
        WALL,
        /**
         * CPU time of the timing thread: on a machine loaded by other processes it leaves out the time
         * the thread waited for a core, so it is steadier; it does not see work done by other threads.
         */
        CPU
    }

    private final Clock clock;
    private final int minWarmupRuns;
    private final double minWarmupSeconds;
    private final int runs;
    private final double maxSecondsPerTask;

    Stopwatch(Clock clock, int minWarmupRuns, double minWarmupSeconds, int runs, double maxSecondsPerTask) {
        this.clock = clock;
        this.minWarmupRuns = minWarmupRuns;
        this.minWarmupSeconds = minWarmupSeconds;
        this.runs = runs;
        this.maxSecondsPerTask = maxSecondsPerTask;
    }

    Timing time(String name, Runnable task) {
        warmUp(task);
        long budget = (long) (maxSecondsPerTask * 1e9);
        // Samples go into a preallocated array, so the measured loop allocates nothing of its own.
        double[] millis = new double[runs];
        int done = 0;
        long allocatedBefore = allocatedBytes();
        long measureStart = System.nanoTime();
        while (done < runs && (done < 5 || System.nanoTime() - measureStart < budget)) {
            long t0 = now();
            task.run();
            millis[done++] = (now() - t0) / 1e6;
        }
        double allocated = (allocatedBytes() - allocatedBefore) / (double) done;
        DescriptiveStatistics stats = new DescriptiveStatistics(Arrays.copyOf(millis, done));
        return new Timing(name, stats.getPercentile(50), stats.getPercentile(95), allocated, done);
    }

    private void warmUp(Runnable task) {
        long start = System.nanoTime();
        long minimum = (long) (minWarmupSeconds * 1e9);
        long maximum = Math.max(minimum, (long) (maxSecondsPerTask * 1e9 / 2));
        long[] round = new long[ROUND];
        double previous = Double.NaN;
        int calls = 0;
        while (true) {
            for (int i = 0; i < ROUND; i++) {
                long t0 = now();
                task.run();
                round[i] = now() - t0;
            }
            calls += ROUND;
            Arrays.sort(round);
            double median = round[ROUND / 2];
            long elapsed = System.nanoTime() - start;
            boolean settled = Math.abs(median - previous) <= SETTLED * previous;
            if (elapsed >= maximum || (settled && calls >= minWarmupRuns && elapsed >= minimum)) {
                return;
            }
            previous = median;
        }
    }

    private long now() {
        return clock == Clock.CPU && THREADS != null ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long allocatedBytes() {
        return THREADS == null ? 0 : THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
