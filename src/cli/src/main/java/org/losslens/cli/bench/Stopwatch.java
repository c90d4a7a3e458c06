package org.losslens.cli.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Times one task: warm-up runs first (so the JIT has compiled it), then measured runs, reporting the
 * median and 95th percentile (Commons Math's {@link DescriptiveStatistics}, its default interpolating
 * estimate) and the bytes the calling thread allocated per run.
 */
final class Stopwatch {

    /** Result of timing one task. */
    record Timing(String name, double medianMillis, double p95Millis, double allocatedBytesPerRun, int runs) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t ? t : null;

    private final int warmup;
    private final int runs;
    private final double maxSecondsPerTask;

    Stopwatch(int warmup, int runs, double maxSecondsPerTask) {
        this.warmup = warmup;
        this.runs = runs;
        this.maxSecondsPerTask = maxSecondsPerTask;
    }

    Timing time(String name, Runnable task) {
        long budget = (long) (maxSecondsPerTask * 1e9);
        long start = System.nanoTime();
        for (int i = 0; i < warmup && System.nanoTime() - start < budget / 2; i++) {
            task.run();
        }
        // Samples go into a preallocated array, so the measured loop allocates nothing of its own.
        double[] millis = new double[runs];
        int done = 0;
        long allocatedBefore = allocatedBytes();
        long measureStart = System.nanoTime();
        while (done < runs && (done < 5 || System.nanoTime() - measureStart < budget)) {
            long t0 = System.nanoTime();
            task.run();
            millis[done++] = (System.nanoTime() - t0) / 1e6;
        }
        double allocated = (allocatedBytes() - allocatedBefore) / (double) done;
        DescriptiveStatistics stats = new DescriptiveStatistics(Arrays.copyOf(millis, done));
        return new Timing(name, stats.getPercentile(50), stats.getPercentile(95), allocated, done);
    }

    private static long allocatedBytes() {
        return THREADS == null ? 0 : THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
