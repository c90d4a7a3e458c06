package org.losslens.app.benchmark;

import java.awt.Robot;
import java.awt.event.InputEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.losslens.app.LossLensApp;
import org.losslens.app.Workbench;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.editor.Tool;
import org.losslens.app.masks.BoxResampler;
import org.losslens.app.multiclass.MulticlassExample;
import org.losslens.app.performance.FrameTrace;
import org.losslens.app.performance.RenderingSettings;
import org.losslens.app.performance.LatencyRecorder;

/**
 * An instrumented run, not a test: starts the real app on a real display (Xvfb + a window manager),
 * paints brush strokes at 60 input events per second with every loss of the mode computed, switches
 * the selected loss and the tabs, and prints per scenario (binary and C = 4 multiclass, 128² and 256²):
 *
 * <ul>
 *   <li>input → the selected loss's value and heatmap laid out (p50 / p95 / max, and how many repaints);</li>
 *   <li>input → every loss of the table laid out;</li>
 *   <li>settle: from the last event of a stroke until its state is on screen;</li>
 *   <li>the longest the FX thread was busy at a stretch during the stroke (a probe queued behind everything);</li>
 *   <li>loss switch and tab switch: from the click to the pulse that shows the result;</li>
 *   <li>the frame breakdown ({@link FrameTrace}): each phase's p50 / p95 / max.</li>
 * </ul>
 *
 * <p>Input: {@code --input=robot} (default) moves the real pointer through the window system
 * ({@link java.awt.Robot}, XTest on X11), and an event filter dates each JavaFX mouse event back to when
 * the robot sent it (the oldest unanswered send, if the toolkit coalesced motion), so the X server, the
 * toolkit's event queue and the handler are inside the figures. {@code --input=fx} injects the edits on
 * the FX thread instead (the old measurement; it skips the input path). Options: {@code --sizes=128,256},
 * {@code --modes=binary,multiclass}, {@code --events=300}, {@code --window=1632x918}, {@code --breakdown=false}.
 * See the README for
 * the one command that builds and runs it.
 */
public final class LatencyBenchmark {

    private static final long FRAME_NANOS = 16_666_667L;

    private final LossLensApp app;
    private final Workbench wb;
    private final Scene scene;
    private final boolean robotInput;
    private final Robot robot;
    /** Sent and not yet seen by the toolkit: screen position and send time, oldest first. */
    private final ConcurrentLinkedDeque<long[]> unanswered = new ConcurrentLinkedDeque<>();
    private final FxStallProbe probe = new FxStallProbe();

    private LatencyBenchmark(LossLensApp app, boolean robotInput) throws Exception {
        this.app = app;
        this.wb = app.workbench();
        this.scene = onFx(() -> app.window().getScene());
        this.robotInput = robotInput;
        this.robot = robotInput ? new Robot() : null;
        if (robotInput) {
            onFx(() -> {
                scene.addEventFilter(MouseEvent.ANY, this::dateBack);
                return null;
            });
        }
    }

    public static void main(String[] args) throws Exception {
        String input = option(args, "input", "robot");
        int events = Integer.parseInt(option(args, "events", "300"));
        boolean breakdown = Boolean.parseBoolean(option(args, "breakdown", "true"));
        FrameTrace.enable();
        // as the launcher does: the benchmark measures the app's own renderer settings
        RenderingSettings.applyBeforeToolkitStart();
        CountDownLatch started = new CountDownLatch(1);
        LossLensApp[] app = new LossLensApp[1];
        Platform.startup(() -> {
            app[0] = new LossLensApp();
            Stage stage = new Stage();
            app[0].start(stage);
            started.countDown();
        });
        if (!started.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the app did not start");
        }
        // the first window's placeholder, then the main window built behind it
        app[0].ready().get(60, TimeUnit.SECONDS);
        LatencyBenchmark bench = new LatencyBenchmark(app[0], "robot".equals(input));
        // The same window for every run, whatever the window manager or a remembered placement made of it
        // (before/after comparisons must paint the same number of pixels).
        String[] windowSize = option(args, "window", "1632x918").split("x");
        onFx(() -> {
            Stage s = (Stage) bench.scene.getWindow();
            s.setWidth(Double.parseDouble(windowSize[0]));
            s.setHeight(Double.parseDouble(windowSize[1]));
            return null;
        });
        Thread.sleep(1500);
        String window = onFx(() -> {
            Stage s = (Stage) bench.scene.getWindow();
            return String.format(Locale.ROOT, "%.0f×%.0f", s.getWidth(), s.getHeight());
        });
        System.out.printf(Locale.ROOT, "LatencyBenchmark: input=%s, window %s, %d events per stroke at 60/s, "
                + "%d processors, prism.order=%s%n", input, window, events, Runtime.getRuntime().availableProcessors(),
                System.getProperty("prism.order", "default"));
        List<String> rows = new ArrayList<>();
        for (String mode : option(args, "modes", "binary,multiclass").split(",")) {
            for (String size : option(args, "sizes", "128,256").split(",")) {
                rows.add(bench.scenario(mode, Integer.parseInt(size), events, breakdown));
            }
        }
        System.out.println();
        System.out.println("scenario          | selected loss on screen p50/p95/max (n) | every loss p50/p95/max "
                + "| settle | FX busy max | loss switch | tab switch");
        rows.forEach(System.out::println);
        Platform.exit();
        System.exit(0);
    }

    private String scenario(String mode, int size, int events, boolean breakdown) throws Exception {
        onFx(() -> {
            if ("multiclass".equals(mode)) {
                wb.document().commit(MulticlassExample.create(size, 4));
                wb.losses().select("dice");
            } else {
                wb.document().commit(BoxResampler.resize(Workbench.defaultMasks(size), size, size));
                wb.losses().select("focal");
            }
            wb.editor().toolProperty().set(Tool.GT_BRUSH);
            app.window().views().show("tab-gradient");
            return null;
        });
        awaitCompleteOfCurrent();
        stroke(size, Math.max(60, events / 3), 0);  // warm-up (JIT, caches), not reported
        awaitCompleteOfCurrent();
        onFx(() -> {
            app.performance().latencies().clear();
            app.performance().completeLatencies().clear();
            FrameTrace.clear();
            return null;
        });
        probe.start();
        java.time.LocalTime from = java.time.LocalTime.now();
        java.util.Map<String, Long> cpuBefore = ThreadCpu.byGroup();
        long wallBefore = System.nanoTime();
        double settle = stroke(size, events, 1);
        String cpu = ThreadCpu.perEvent(cpuBefore, ThreadCpu.byGroup(), events, System.nanoTime() - wallBefore);
        java.time.LocalTime to = java.time.LocalTime.now();
        double stall = probe.stop();
        awaitCompleteOfCurrent();
        LatencyRecorder first = app.performance().latencies();
        LatencyRecorder complete = app.performance().completeLatencies();
        String firstFigures = onFx(() -> figures(first));
        String completeFigures = onFx(() -> figures(complete));
        String trace = FrameTrace.report();
        double lossSwitch = Math.max(switchLoss("multiclass".equals(mode) ? "tversky" : "dice"),
                switchLoss("multiclass".equals(mode) ? "dice" : "focal"));
        double tabSwitch = Math.max(switchTab("tab-grid"), switchTab("tab-gradient"));
        String row = String.format(Locale.ROOT, "%-10s %4d² | %-39s | %-22s | %4.0f ms | %6.1f ms | %6.0f ms | %5.0f ms",
                mode, size, firstFigures, completeFigures, settle, stall, lossSwitch, tabSwitch);
        System.out.println(row);
        if (breakdown) {
            System.out.print(trace);
            // the clock times of the measured stroke, to cut a JFR recording or the pulse log to it
            System.out.printf(Locale.ROOT, "  measured stroke: %s – %s%n", from, to);
            System.out.println("  " + cpu);
        }
        return row;
    }

    private static String figures(LatencyRecorder r) {
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms (%d)", r.percentileMillis(50), r.percentileMillis(95),
                r.percentileMillis(100), r.count());
    }

    /**
     * One stroke of {@code events} moves at 60 per second across the canvas; returns the settle time: from
     * the last move until the selected loss's heatmap for the final drawing is laid out.
     */
    private double stroke(int size, int events, int variant) throws Exception {
        double phase = variant * 0.5;
        double startY = size * (0.5 + 0.3 * Math.sin(phase));
        press(imagePoint(size * 0.1, startY), size * 0.1, startY);
        double endX = 0;
        double endY = 0;
        long next = System.nanoTime();
        for (int i = 1; i <= events; i++) {
            double t = i / (double) events;
            double x = size * (0.1 + 0.8 * t);
            double y = size * (0.5 + 0.3 * Math.sin(phase + t * 8 * Math.PI));
            move(imagePoint(x, y), x, y);
            endX = x;
            endY = y;
            next += FRAME_NANOS;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        long last = System.nanoTime();
        AtomicLong onScreen = new AtomicLong();
        Runnable watch = () -> {
            Evaluation shown = wb.shownProperty().get();
            if (onScreen.get() == 0 && shown != null && shown.request().masks() == wb.document().current()
                    && unanswered.isEmpty()) {
                onScreen.set(System.nanoTime());
            }
        };
        onFx(() -> {
            scene.addPostLayoutPulseListener(watch);
            return null;
        });
        release(endX, endY);
        await(() -> onScreen.get() != 0);
        onFx(() -> {
            scene.removePostLayoutPulseListener(watch);
            return null;
        });
        return (onScreen.get() - last) / 1e6;
    }

    private Point2D imagePoint(double x, double y) throws Exception {
        return onFx(() -> {
            Point2D local = app.window().editor().pixelCentre((int) x, (int) y);
            return app.window().editor().localToScreen(local);
        });
    }

    private void press(Point2D screen, double imageX, double imageY) throws Exception {
        if (robotInput) {
            robot.mouseMove((int) Math.round(screen.getX()), (int) Math.round(screen.getY()));
            robot.waitForIdle();
            sent(screen);
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        } else {
            onFx(() -> {
                wb.markInput();
                wb.editor().press(imageX, imageY);
                return null;
            });
        }
    }

    private void move(Point2D screen, double imageX, double imageY) {
        if (robotInput) {
            sent(screen);
            robot.mouseMove((int) Math.round(screen.getX()), (int) Math.round(screen.getY()));
        } else {
            Platform.runLater(() -> {
                wb.markInput();
                wb.editor().drag(imageX, imageY);
            });
        }
    }

    private void release(double imageX, double imageY) throws Exception {
        if (robotInput) {
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        } else {
            onFx(() -> {
                wb.editor().release(imageX, imageY);
                return null;
            });
        }
    }

    private void sent(Point2D screen) {
        unanswered.add(new long[] {Math.round(screen.getX()), Math.round(screen.getY()), System.nanoTime()});
    }

    /**
     * Dates a mouse event back to when the robot sent it: the oldest unanswered send up to the one at the
     * event's position (older sends the toolkit merged into this event were waiting too).
     */
    private void dateBack(MouseEvent e) {
        long x = Math.round(e.getScreenX());
        long y = Math.round(e.getScreenY());
        if (unanswered.stream().noneMatch(s -> s[0] == x && s[1] == y)) {
            return;
        }
        long oldest = Long.MAX_VALUE;
        long[] s;
        while ((s = unanswered.poll()) != null) {
            oldest = Math.min(oldest, s[2]);
            if (s[0] == x && s[1] == y) {
                break;
            }
        }
        wb.markInput(oldest);
    }

    /** From selecting another loss to the pulse that lays out its value and heatmap. */
    private double switchLoss(String id) throws Exception {
        return timeToScreen(() -> wb.losses().select(id), () -> {
            Evaluation shown = wb.shownProperty().get();
            return shown != null && wb.heatmap().lossIdProperty().get().equals(id)
                    && shown.request().masks() == wb.document().current() && shown.outcome(id).isPresent();
        });
    }

    /** From selecting a tab to the pulse that lays it out with the current drawing's results. */
    private double switchTab(String tabId) throws Exception {
        return timeToScreen(() -> app.window().views().show(tabId), () -> !"tab-grid".equals(tabId)
                || wb.smallMultiples().masksProperty().get() == wb.document().current());
    }

    private double timeToScreen(Runnable action, BooleanSupplier done) throws Exception {
        Thread.sleep(300);
        AtomicLong end = new AtomicLong();
        AtomicLong begin = new AtomicLong();
        Runnable watch = () -> {
            if (begin.get() != 0 && end.get() == 0 && done.getAsBoolean()) {
                end.set(System.nanoTime());
            }
        };
        onFx(() -> {
            scene.addPostLayoutPulseListener(watch);
            begin.set(System.nanoTime());
            action.run();
            // the pulse that lays out the change
            Platform.requestNextPulse();
            return null;
        });
        await(() -> end.get() != 0);
        onFx(() -> {
            scene.removePostLayoutPulseListener(watch);
            return null;
        });
        return (end.get() - begin.get()) / 1e6;
    }

    private void awaitCompleteOfCurrent() throws Exception {
        await(() -> {
            try {
                return onFx(() -> {
                    Evaluation e = wb.latestProperty().get();
                    return e != null && e.request().masks() == wb.document().current();
                });
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        Thread.sleep(200);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(1);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        return f.get(60, TimeUnit.SECONDS);
    }

    /**
     * How long the FX thread is busy at a stretch: a task queued behind everything else (events, results,
     * pulses) measures how long it waited; the next is queued 1 ms after it ran.
     */
    private static final class FxStallProbe {
        private volatile boolean running;
        private volatile long longest;
        private Thread thread;

        void start() {
            running = true;
            longest = 0;
            thread = new Thread(() -> {
                while (running) {
                    long queued = System.nanoTime();
                    CountDownLatch ran = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        longest = Math.max(longest, System.nanoTime() - queued);
                        ran.countDown();
                    });
                    try {
                        ran.await();
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "fx-stall-probe");
            thread.setDaemon(true);
            thread.start();
        }

        double stop() throws InterruptedException {
            running = false;
            thread.join(1000);
            return longest / 1e6;
        }
    }
}
