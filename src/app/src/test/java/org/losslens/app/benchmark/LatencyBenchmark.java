package org.losslens.app.benchmark;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.losslens.app.LossLensApp;
import org.losslens.app.Workbench;
import org.losslens.app.masks.BoxResampler;

/**
 * An instrumented run, not a test: starts the real app on a real display (e.g. Xvfb), replays a
 * brush stroke as ~60 input events per second through the same path the mouse uses, with every
 * implemented loss computed, and prints the input-to-repaint percentiles the PerformanceMonitor
 * measured, per canvas size. Run (see README):
 * {@code java -cp <test classpath> org.losslens.app.benchmark.LatencyBenchmark}
 */
public final class LatencyBenchmark {

    private static final int EVENTS = 600;

    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        LossLensApp[] app = new LossLensApp[1];
        Platform.startup(() -> {
            app[0] = new LossLensApp();
            app[0].start(new Stage());
            started.countDown();
        });
        started.await(30, TimeUnit.SECONDS);
        for (int size : new int[] {128, 256}) {
            run(app[0], size, 200);  // warm-up (JIT), not reported
            run(app[0], size, EVENTS);
            double p50 = onFx(() -> app[0].performance().latencies().percentileMillis(50));
            double p95 = onFx(() -> app[0].performance().latencies().percentileMillis(95));
            double max = onFx(() -> app[0].performance().latencies().percentileMillis(100));
            int n = onFx(() -> app[0].performance().latencies().count());
            double compute = onFx(() -> app[0].workbench().latestProperty().get().computeMillis());
            System.out.printf(Locale.ROOT, "%dx%d: input-to-repaint p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d repaints "
                    + "(%d input events); last compute of all losses %.1f ms%n", size, size, p50, p95, max, n, EVENTS, compute);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void run(LossLensApp app, int size, int events) throws Exception {
        Workbench wb = app.workbench();
        onFx(() -> {
            wb.document().commit(BoxResampler.resize(Workbench.defaultMasks(size), size, size));
            wb.losses().select("focal");
            app.performance().latencies().clear();
            return null;
        });
        Thread.sleep(500);
        onFx(() -> {
            app.performance().latencies().clear();
            wb.markInput();
            wb.editor().press(size * 0.1, size * 0.1);
            return null;
        });
        for (int i = 0; i < events; i++) {
            double t = i / (double) events;
            double x = size * (0.1 + 0.8 * t);
            double y = size * (0.5 + 0.35 * Math.sin(t * 12 * Math.PI));
            // Alternate GT and prediction edits so both the target and the activations change.
            Platform.runLater(() -> {
                wb.markInput();
                wb.editor().drag(x, y);
            });
            Thread.sleep(16);
        }
        onFx(() -> {
            wb.editor().release(size * 0.9, size * 0.5);
            return null;
        });
        Thread.sleep(500);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(task);
        Platform.runLater(f);
        return f.get(30, TimeUnit.SECONDS);
    }
}
