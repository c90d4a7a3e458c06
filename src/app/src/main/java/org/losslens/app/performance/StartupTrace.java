package org.losslens.app.performance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.losslens.app.compute.Evaluation;

/**
 * Where the start goes: named phases of a start, from the JVM's process start to the first
 * evaluation on screen, each printed when it ends with the time since the process started and the
 * phase's own duration. Off unless the JVM runs with {@code -Dlosslens.startup.trace=true}; with
 * {@code =exit} the app also quits once the first complete evaluation is painted, so a script can
 * time a start, or record what a start loads (jlink/record-classlist.sh), without killing it.
 *
 * <p>Static on purpose, as {@link FrameTrace}: the phases are spread from the launcher's {@code main}
 * to the first pulse, and a disabled trace must cost one read of a final field per call site.
 */
public final class StartupTrace {

    private static final String MODE = System.getProperty("losslens.startup.trace", "false");
    private static final boolean ENABLED = MODE.equals("true") || MODE.equals("exit");
    private static final PrintStream OUT = System.err;
    private static final long FALLBACK_ORIGIN = System.currentTimeMillis();
    private static long lastMillis = ENABLED ? processStartMillis() : 0;

    private StartupTrace() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    /** Whether the app should quit after its first complete evaluation is painted ({@code =exit}). */
    public static boolean exitsWhenShown() {
        return MODE.equals("exit");
    }

    /** Records that {@code phase} ended now; it began where the phase before ended (or at the process start). */
    public static synchronized void mark(String phase) {
        if (!ENABLED) {
            return;
        }
        long now = System.currentTimeMillis();
        OUT.println(line(phase, now - processStartMillis(), now - lastMillis));
        lastMillis = now;
    }

    /**
     * Marks the first pulse's CSS and layout of {@code scene}, the first stage of an evaluation on
     * screen and the first complete one (each followed by the pulse that lays it out, after which the
     * render thread paints it); with {@code =exit} then quits the toolkit.
     */
    public static void followFirstFrames(Scene scene, ObservableValue<Evaluation> shown) {
        if (!ENABLED) {
            return;
        }
        afterNextPulse(scene, "real content shown: its first pulse (CSS and layout of the main window)", () -> { });
        shown.addListener(new ChangeListener<>() {
            private boolean first = true;

            @Override
            public void changed(ObservableValue<? extends Evaluation> obs, Evaluation old, Evaluation now) {
                if (now == null) {
                    return;
                }
                if (first) {
                    first = false;
                    mark("first evaluation stage handed to the views");
                }
                if (now.isComplete()) {
                    shown.removeListener(this);
                    mark("first complete evaluation handed to the views");
                    afterNextPulse(scene, "its pulse: CSS and layout (then painted)",
                            exitsWhenShown() ? () -> Platform.runLater(Platform::exit) : () -> { });
                }
            }
        });
    }

    private static void afterNextPulse(Scene scene, String phase, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            mark(phase);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** One line of the trace: "startup   1234 ms  (+  56 ms)  phase". */
    static String line(String phase, long sinceStart, long took) {
        return String.format(Locale.ROOT, "startup %6d ms  (+%5d ms)  %s", sinceStart, took, phase);
    }

    /**
     * When the operating system started this process (before the JVM loaded). On Linux it is
     * {@code /proc/self/stat}'s start time in clock ticks since boot set against {@code /proc/uptime},
     * good to 10 ms: {@link ProcessHandle.Info#startInstant()} adds those ticks to the boot time of
     * {@code /proc/stat}, which counts whole seconds, and so put the origin up to a second too early
     * (a "JVM start to main()" of 0.6 s when the JVM's own clock said 0.07 s).
     */
    private static long processStartMillis() {
        OptionalLong linux = linuxProcessStart(System.currentTimeMillis());
        if (linux.isPresent()) {
            return linux.getAsLong();
        }
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(FALLBACK_ORIGIN);
    }

    private static OptionalLong linuxProcessStart(long nowMillis) {
        try {
            String uptime = Files.readString(Path.of("/proc/uptime"));
            String stat = Files.readString(Path.of("/proc/self/stat"));
            return OptionalLong.of(processStart(nowMillis, uptime, stat));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The process start in epoch milliseconds from {@code /proc/uptime} (seconds since boot) and
     * {@code /proc/self/stat} (field 22, start time in clock ticks since boot; Linux's USER_HZ is
     * 100), read at {@code nowMillis}. The command name (field 2) is in parentheses and may hold
     * spaces, so fields are counted after its closing parenthesis.
     */
    static long processStart(long nowMillis, String uptime, String stat) {
        double secondsSinceBoot = Double.parseDouble(uptime.trim().split("\\s+")[0]);
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long startTicks = Long.parseLong(afterName[22 - 3]);
        long ageMillis = Math.round(secondsSinceBoot * 1000) - startTicks * 10;
        return nowMillis - ageMillis;
    }
}
