package org.losslens.app.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of the app's threads, grouped by role, for the benchmarks: the frame breakdown's compute
 * phases are wall time, which on a loaded 2-core machine includes waiting for a core (the renderer and
 * the FX thread compete with the compute threads), so the CPU the compute really used is read here.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    /** CPU time so far, ns, per group: first stage, other losses, FX thread, renderer, other threads. */
    static Map<String, Long> byGroup() {
        Map<String, Long> groups = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = THREADS.getThreadCpuTime(t.threadId());
            if (cpu > 0) {
                groups.merge(group(t.getName()), cpu, Long::sum);
            }
        }
        return groups;
    }

    private static String group(String name) {
        if (name.equals("losslens-compute-first")) {
            return "1 first stage";
        }
        if (name.startsWith("losslens-compute")) {
            return "2 other losses";
        }
        if (name.equals("JavaFX Application Thread")) {
            return "3 FX thread";
        }
        if (name.startsWith("QuantumRenderer")) {
            return "4 renderer";
        }
        return name.startsWith("losslens-") ? "5 other losslens workers" : "6 rest of the JVM (GC, JIT, robot…)";
    }

    /** "CPU per event: group x ms (y % of a core), …" between two readings. */
    static String perEvent(Map<String, Long> before, Map<String, Long> after, int events, long wallNanos) {
        StringBuilder line = new StringBuilder("CPU per event (ms, share of one core):");
        after.forEach((group, cpu) -> {
            long used = cpu - before.getOrDefault(group, 0L);
            line.append(String.format(Locale.ROOT, " %s %.2f (%.0f %%);", group.substring(2), used / 1e6 / events,
                    100.0 * used / wallNanos));
        });
        return line.toString();
    }
}
