package org.losslens.app.optimise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.losslens.app.compute.CoalescingPublisher;
import org.losslens.app.compute.LatestWinsWorker;
import org.losslens.app.compute.RefreshWhenShown;
import org.losslens.app.export.CsvTable;
import org.losslens.app.masks.Masks;
import org.losslens.app.multiclass.ModeConversion;
import org.losslens.app.parameters.ParameterSet;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;

/**
 * The Optimise tab: 1–4 panels, each running gradient descent on the logits of the editor's prediction
 * under its own loss, all in lockstep (one step counter). One background thread, a
 * {@link LatestWinsWorker} ("losslens-optimise"), owns the {@link LockstepDescent} and does every step;
 * the newest {@link Frame} reaches the UI thread through a {@link CoalescingPublisher}, so the UI never
 * waits and never falls behind. Commands (settings, parameters, step, reset, a new run) are queued to
 * that thread in order and none is dropped — unlike the live loop, each one matters — and apply from
 * the next step; while playing, the pacing wait between steps gives way to a waiting command.
 * See src/ARCHITECTURE.md, "Threads".
 */
public final class OptimiseViewModel implements AutoCloseable {

    public static final int MAX_PANELS = 4;
    /** A speed at or above this runs as fast as the machine can. */
    public static final double UNLIMITED_SPEED = 240;
    public static final List<String> DEFAULT_LOSSES = List.of("bce", "dice", "tversky", "lovasz_hinge");

    private final List<LossSpec> specs;
    private final ObservableValue<Masks> drawing;
    private final ObservableValue<ParameterSet> parameters;
    private final Consumer<Runnable> publisher;
    private final ObjectProperty<List<String>> losses = new SimpleObjectProperty<>(DEFAULT_LOSSES);
    /**
     * Plain descent by default: its step is the gradient itself, so the panels differ exactly as the
     * losses' gradients do (issue 18: Adam's per-coordinate normalisation made all four losses reach
     * Dice 1.000 on the tiny-object scenario, erasing the differences the tab exists to show).
     */
    public static final OptimizerKind DEFAULT_OPTIMIZER = OptimizerKind.PLAIN;
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(DEFAULT_OPTIMIZER);
    private final DoubleProperty learningRate = new SimpleDoubleProperty();
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0);
    private final IntegerProperty maxSteps = new SimpleIntegerProperty(300);
    private final DoubleProperty speed = new SimpleDoubleProperty(30);
    private final BooleanProperty followDrawing = new SimpleBooleanProperty(true);
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper multiclassDrawing = new ReadOnlyBooleanWrapper(false);
    /** Visible without a tab (tests, benchmarks); the app binds it to the Optimise tab. */
    private final RefreshWhenShown refresh = new RefreshWhenShown(() -> {
        if (step.get() == 0 && !running.get()) {
            rebuild();
        }
    }, true);
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
    private final CoalescingPublisher<Frame> frames;
    private final LatestWinsWorker<List<Runnable>> worker;
    private final FrameExport frameExport;
    /** Guards {@link #sent} and {@link #ran}; the pacing wait sleeps on it and a new command wakes it. */
    private final Object wake = new Object();
    private long sent;
    private long ran;
    private final AtomicLong generation = new AtomicLong();
    private volatile int limit = 300;
    private volatile double stepsPerSecond = 30;
    /** Owned by the worker thread only. */
    private LockstepDescent engine;
    /**
     * UI thread: a run has been sent for building. Until then the tab was never shown, and edits to
     * parameters or settings have nothing to change: the first build reads them.
     */
    private boolean runSent;

    /**
     * @param drawing    the editor's drawing; a run starts from its prediction and its ground truth
     * @param parameters every loss's current parameters; a new set applies from the runs' next step
     * @param publisher  runs delivery on the UI thread (Platform::runLater in the app)
     */
    public OptimiseViewModel(List<LossSpec> specs, ObservableValue<Masks> drawing,
                             ObservableValue<ParameterSet> parameters, Consumer<Runnable> publisher) {
        this.specs = specs.stream().filter(LossSpec::implemented).toList();
        this.drawing = drawing;
        this.parameters = parameters;
        this.publisher = publisher;
        frames = new CoalescingPublisher<>(publisher, this::show);
        worker = new LatestWinsWorker<>("losslens-optimise", OptimiseViewModel::runAll);
        frameExport = new FrameExport(publisher);
        maxSteps.addListener((obs, old, now) -> limit = now.intValue());
        speed.addListener((obs, old, now) -> stepsPerSecond = now.doubleValue());
        learningRate.set(DEFAULT_OPTIMIZER.defaultLearningRate(drawing.getValue().pixels()));
        optimizer.addListener((obs, old, now) -> {
            learningRate.set(now.defaultLearningRate(drawing.getValue().pixels()));
            settingsChanged();
        });
        learningRate.addListener(o -> settingsChanged());
        smoothing.addListener(o -> settingsChanged());
        losses.addListener(o -> rebuild());
        parameters.addListener((obs, old, now) -> parametersChanged(now));
        drawing.addListener((obs, old, now) -> {
            // Plain descent's default η is the pixel count: a new canvas size carries an untouched
            // default along (a typed η stays).
            if (old != null && old.pixels() != now.pixels()
                    && learningRate.get() == optimizer.get().defaultLearningRate(old.pixels())) {
                learningRate.set(optimizer.get().defaultLearningRate(now.pixels()));
            }
            // A new drawing restarts an untouched run; a run in progress keeps its start until Reset.
            // Hidden, it only marks the run stale: rebuilding on every brush event took a core from
            // the live loop for a tab nobody was looking at.
            if (followDrawing.get() && step.get() == 0 && !running.get()) {
                refresh.invalidate();
            }
        });
        // The first run is built once someone can see it: through the publisher, so the app's tab
        // binding (hidden at start) comes first and the start does not spend a core on a run for a
        // tab nobody opened; without a tab (tests, benchmarks) it is built right away.
        publisher.accept(refresh::invalidate);
    }

    /** Bound to "the Optimise tab is selected" (true when there is no tab, e.g. in tests). */
    public BooleanProperty visibleProperty() {
        return refresh.visibleProperty();
    }

    /** The implemented losses a panel can use. */
    public List<LossSpec> candidates() {
        return specs;
    }

    /** The panels' loss ids, in order (1–4; the same loss may appear twice). Changing them resets. */
    public ObjectProperty<List<String>> lossesProperty() {
        return losses;
    }

    /** Sets panel {@code index}'s loss (resets the run). */
    public void setLoss(int index, String id) {
        List<String> now = new ArrayList<>(losses.get());
        now.set(index, id);
        losses.set(List.copyOf(now));
    }

    /** Sets how many panels there are (1–4), filling new ones from the default list. */
    public void setPanelCount(int count) {
        int n = Math.max(1, Math.min(MAX_PANELS, count));
        List<String> now = new ArrayList<>(losses.get());
        while (now.size() > n) {
            now.remove(now.size() - 1);
        }
        while (now.size() < n) {
            now.add(DEFAULT_LOSSES.get(now.size()));
        }
        if (!now.equals(losses.get())) {
            losses.set(List.copyOf(now));
        }
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    /** Learning rate η; choosing an optimizer sets its default. Applies from the next step. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** Gaussian smoothing σ (pixels) of each step's gradient; 0 = off (exact pixel-wise descent). */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** Play stops after this many steps. */
    public IntegerProperty maxStepsProperty() {
        return maxSteps;
    }

    /** Steps per second while playing; {@link #UNLIMITED_SPEED} or more = as fast as possible. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The shared step counter: moves made so far by every panel. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The newest state of every panel. */
    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public void play() {
        if (running.get()) {
            return;
        }
        buildFirstRun();
        running.set(true);
        long g = generation.incrementAndGet();
        long now = System.nanoTime();
        tick(() -> loop(g, now));
    }

    public void pause() {
        generation.incrementAndGet();
        running.set(false);
    }

    public void togglePlay() {
        if (running.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One step of every panel (pauses first). */
    public void stepOnce() {
        pause();
        buildFirstRun();
        send(() -> {
            engine.step();
            frames.publish(engine.frame());
        });
    }

    /** Back to step 0 from the editor's drawing now, with fresh optimizer state (pauses first). */
    public void reset() {
        pause();
        if (!runSent) {
            rebuild(); // nothing to reset yet: the first run starts from the drawing now anyway
            return;
        }
        Masks start = startingDrawing();
        send(() -> {
            engine.reset(start);
            frames.publish(engine.frame());
        });
    }

    /** The runs use the new values from their next step. */
    private void parametersChanged(ParameterSet set) {
        if (!runSent) {
            return;
        }
        Map<String, Params> now = set.forMode(Mode.BINARY);
        send(() -> engine.setParams(now));
    }

    /** The curves of every panel, one row per step: step, then loss, Dice and IoU per panel. */
    public CsvTable curves() {
        return curves(frame.get());
    }

    static CsvTable curves(Frame f) {
        CsvTable table = new CsvTable();
        if (f == null) {
            return table;
        }
        double[] steps = new double[f.step()];
        for (int k = 0; k < steps.length; k++) {
            steps[k] = k;
        }
        table.column("step", steps);
        List<String> names = panelNames(f);
        for (int i = 0; i < f.panels().size(); i++) {
            Frame.Panel p = f.panels().get(i);
            table.column("loss " + names.get(i), p.loss()).column("dice " + names.get(i), p.dice())
                    .column("iou " + names.get(i), p.iou());
        }
        return table;
    }

    /** Panel names, with "#2" added to a loss shown twice. */
    static List<String> panelNames(Frame f) {
        List<String> names = new ArrayList<>();
        for (Frame.Panel p : f.panels()) {
            long before = names.stream().filter(n -> n.equals(p.lossId()) || n.startsWith(p.lossId() + " #")).count();
            names.add(before == 0 ? p.lossId() : p.lossId() + " #" + (before + 1));
        }
        return names;
    }

    /** What the frame export replays: the start, the panels' losses and parameters, the settings. */
    public Replay replay() {
        Frame f = frame.get();
        Masks start = f == null ? startingDrawing() : f.start();
        return new Replay(start, losses.get().stream().map(this::spec).toList(), binaryParameters(), settings(),
                Math.max(1, f == null ? 0 : f.step()));
    }

    /** Everything needed to run the same descent again, e.g. to render its frames. */
    public record Replay(Masks start, List<LossSpec> specs, Map<String, Params> params, DescentSettings settings,
                         int steps) {
        public LockstepDescent descent() {
            return new LockstepDescent(start, specs, params, settings);
        }
    }

    /**
     * Returns once every task handed to the worker so far has run (a step under way has landed and
     * published). For tests, which must wait on state rather than sleep.
     */
    void awaitWorkerIdle() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        send(done::countDown);
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the Optimise worker did not become idle");
        }
    }

    /** "Export frames…": replays the run from step 0 into {@code folder}, off the FX thread. */
    public void exportFrames(java.nio.file.Path folder, org.losslens.app.i18n.Messages messages) {
        frameExport.start(replay(), folder, messages);
    }

    /** The frame export's progress and outcome. */
    public FrameExport frameExport() {
        return frameExport;
    }

    @Override
    public void close() {
        pause();
        frameExport.close();
        worker.close();
    }

    /** Queues a command for the worker, after every command sent before it. */
    private void send(Runnable command) {
        worker.submit(List.of(() -> {
            try {
                command.run();
            } finally {
                synchronized (wake) {
                    ran++;
                }
            }
        }), OptimiseViewModel::inOrder);
        synchronized (wake) {
            sent++;
            wake.notifyAll();
        }
    }

    /** Queues the next step of a run being played (not a command: it waits for its time, commands do not). */
    private void tick(Runnable step) {
        worker.submit(List.of(step), OptimiseViewModel::inOrder);
    }

    /** The worker's merge: a waiting batch and a new one run one after the other, nothing dropped. */
    private static List<Runnable> inOrder(List<Runnable> older, List<Runnable> newer) {
        List<Runnable> both = new ArrayList<>(older);
        both.addAll(newer);
        return both;
    }

    /** On the worker: each task in order; one that fails is logged and does not stop the others. */
    private static void runAll(List<Runnable> tasks) {
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException e) {
                System.getLogger(OptimiseViewModel.class.getName()).log(System.Logger.Level.ERROR,
                        "an Optimise step or command failed", e);
            }
        }
    }

    /**
     * On the worker: waits until {@code due} (System.nanoTime) unless a command arrives first.
     *
     * @return true when the time has come; false when a command is waiting (it runs first)
     */
    private boolean waitUntil(long due) {
        synchronized (wake) {
            try {
                for (long left = due - System.nanoTime(); left > 0 && sent == ran; left = due - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(wake, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closing
                return false;
            }
            return due - System.nanoTime() <= 0;
        }
    }

    private void loop(long g, long due) {
        if (generation.get() != g || Thread.currentThread().isInterrupted()) {
            return;
        }
        if (!waitUntil(due)) {
            // a command was sent while waiting: it runs first, then this step waits out the rest of its time
            if (!Thread.currentThread().isInterrupted()) {
                tick(() -> loop(g, due));
            }
            return;
        }
        if (generation.get() != g) {
            return;
        }
        long begin = System.nanoTime();
        if (engine.steps() >= limit) {
            finished(g);
            return;
        }
        engine.step();
        frames.publish(engine.frame());
        if (engine.steps() >= limit) {
            finished(g);
            return;
        }
        double perSecond = stepsPerSecond;
        long period = perSecond >= UNLIMITED_SPEED ? 0 : (long) (1e9 / Math.max(0.1, perSecond));
        long next = begin + period;
        tick(() -> loop(g, next));
    }

    private void finished(long g) {
        publisher.accept(() -> {
            if (generation.get() == g) {
                running.set(false);
            }
        });
    }

    private void show(Frame f) {
        frame.set(f);
        step.set(f.step());
    }

    private LossSpec spec(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no implemented loss '" + id + "'"));
    }

    /** The panels run binary losses, whatever the drawing's mode. */
    private Map<String, Params> binaryParameters() {
        return parameters.getValue().forMode(Mode.BINARY);
    }

    private DescentSettings settings() {
        return new DescentSettings(optimizer.get(), learningRate.get(), smoothing.get());
    }

    private void settingsChanged() {
        DescentSettings now;
        try {
            now = settings();
        } catch (IllegalArgumentException e) {
            return; // an invalid value being typed; the field shows it
        }
        if (runSent) {
            send(() -> engine.setSettings(now));
        }
    }

    /**
     * The panels run binary losses, so a multiclass drawing is optimised as foreground (any label ≥ 1)
     * against background — the view says so — rather than leaving the tab dead in multiclass mode.
     */
    private Masks startingDrawing() {
        Masks now = drawing.getValue();
        multiclassDrawing.set(now.mode() != Mode.BINARY);
        return now.mode() == Mode.BINARY ? now : ModeConversion.toBinary(now);
    }

    /** True while the editor's drawing is multiclass and the runs see its foreground-vs-background form. */
    public ReadOnlyBooleanProperty multiclassDrawingProperty() {
        return multiclassDrawing.getReadOnlyProperty();
    }

    /** Play or Step before the tab was ever shown (a shortcut, a test): the run they move is built first. */
    private void buildFirstRun() {
        if (!runSent) {
            rebuild();
        }
    }

    private void rebuild() {
        pause();
        runSent = true;
        Masks start = startingDrawing();
        List<LossSpec> chosen = losses.get().stream().map(this::spec).toList();
        Map<String, Params> params = binaryParameters();
        DescentSettings now = settings();
        send(() -> {
            engine = new LockstepDescent(start, chosen, params, now);
            frames.publish(engine.frame());
        });
    }
}
