package org.losslens.app;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.losslens.app.charts.confidence.ConfidenceViewModel;
import org.losslens.app.charts.generator.GeneratorSweepViewModel;
import org.losslens.app.charts.imbalance.ImbalanceViewModel;
import org.losslens.app.charts.parameter.ParameterSweepViewModel;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.comparison.SmallMultiplesViewModel;
import org.losslens.app.compute.ComputeService;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.EvaluationRequest;
import org.losslens.app.compute.LossEvaluator;
import org.losslens.app.compute.SharedInputs;
import org.losslens.app.editor.EditorViewModel;
import org.losslens.app.editor.MaskPainting;
import org.losslens.app.formula.FormulaViewModel;
import org.losslens.app.generator.GeneratorViewModel;
import org.losslens.app.guess.GuessViewModel;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.i18n.LanguageStore;
import org.losslens.app.i18n.Messages;
import org.losslens.app.losses.LossTableViewModel;
import org.losslens.app.mainwindow.WindowModels;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;
import org.losslens.app.multiclass.ModeViewModel;
import org.losslens.app.multiclass.MulticlassExample;
import org.losslens.app.optimise.OptimiseViewModel;
import org.losslens.app.parameters.ParameterSet;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.app.pin.PinViewModel;
import org.losslens.app.dataset.DatasetViewModel;
import org.losslens.app.viewstate.ViewStateViewModel;
import org.losslens.app.viewport.ViewportViewModel;
import org.losslens.app.presentation.PresentationStore;
import org.losslens.app.presentation.PresentationViewModel;
import org.losslens.app.scenarios.ScenarioViewModel;
import org.losslens.app.session.SessionViewModel;
import org.losslens.app.performance.FrameTrace;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/**
 * The composition root: builds every view model once, wires them along the one-way data path of
 * src/ARCHITECTURE.md, and hands them out only to whoever builds the views (LossLensApp) and to tests.
 * No view or view model sees this class: each receives its collaborators in its constructor.
 *
 * <p>The data path, as it reads below: an edit ({@link MaskDocument#currentProperty()}) or a new
 * {@link ParameterSet} ({@link ParametersViewModel#valuesProperty()}) → {@link #requestEvaluation()}
 * builds an {@link EvaluationRequest} (the masks and the parameter snapshot, both immutable) →
 * {@link ComputeService} runs {@link LossEvaluator} (the core's losses) off the FX thread → on the FX
 * thread {@link #apply(Evaluation)} hands the {@link Evaluation} to the loss table, the heatmap, the
 * grid and the charts' markers. Holds no UI nodes, so tests drive the whole loop without a window.
 */
public final class Workbench implements AutoCloseable {

    /** The first thing a new user sees: a disc and a slightly shifted, soft prediction of it. */
    public static final int DEFAULT_SIZE = 128;

    /** The loss selected when a mode is first shown; afterwards each mode remembers its own. */
    private final Map<Mode, String> selectedPerMode = new EnumMap<>(Map.of(Mode.BINARY, "tversky",
            Mode.MULTICLASS, "generalized_wasserstein_dice"));
    private final Messages messages = new Messages(Messages.ENGLISH);
    private final MaskDocument document;
    private final EditorViewModel editor;
    private final ModeViewModel mode;
    private final GeneratorViewModel generator;
    private final LossTableViewModel losses;
    private final ParametersViewModel parameters;
    private final HeatmapViewModel heatmap = new HeatmapViewModel();
    /** The zoom and pan the editor, the heatmap, the pin's panels and the grid share. */
    private final ViewportViewModel viewport = new ViewportViewModel();
    private final PresentationViewModel presentation;
    private final FormulaViewModel formula;
    private final ScenarioViewModel scenarios;
    private final LossSelection comparison;
    private final LossSelection imbalanceLosses;
    private final SmallMultiplesViewModel smallMultiples;
    private final ImbalanceViewModel imbalance;
    private final LossSelection generatorSweepLosses;
    private final GeneratorSweepViewModel generatorSweep;
    private final ConfidenceViewModel confidence;
    private final ParameterSweepViewModel parameterSweep;
    private final OptimiseViewModel optimise;
    private final SessionViewModel sessions;
    private final PinViewModel pin;
    private final GuessViewModel guess;
    private final DatasetViewModel dataset;
    private final ViewStateViewModel view;
    private final ReadOnlyObjectWrapper<Evaluation> latest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Evaluation> shown = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Consumer<Evaluation>> onEvaluation = new SimpleObjectProperty<>(e -> { });
    private final java.util.concurrent.atomic.AtomicReference<Consumer<ComputeService.Timing>> computeTimings =
            new java.util.concurrent.atomic.AtomicReference<>(t -> { });
    private final ComputeService compute;
    private long inputNanos = Long.MAX_VALUE;
    /** The sequence of the newest first stage on screen: older stages must not overwrite its heatmap or row. */
    private long shownFirst = -1;

    /** Without a home folder: no sessions, no remembered language (tests, benchmarks). */
    public Workbench(Masks initial, Consumer<Runnable> publisher) {
        this(initial, publisher, null);
    }

    /**
     * @param publisher runs result delivery on the UI thread (Platform::runLater in the app)
     * @param home      the app's folder (language, autosave, recovery, recent files); null for none
     */
    public Workbench(Masks initial, Consumer<Runnable> publisher, Path home) {
        document = new MaskDocument(initial);
        editor = new EditorViewModel(document, this::markInput, this::forgetInput);
        // a drawing of another size fits the view again (the old region may not exist in it)
        viewport.setImageSize(initial.width(), initial.height());
        // an invalidation listener, registered first: views repaint on invalidation too and must see the new size
        document.currentProperty().addListener(o -> viewport.setImageSize(document.current().width(),
                document.current().height()));
        generator = new GeneratorViewModel(document);
        mode = new ModeViewModel(document, editor.activeLabelProperty(), Workbench::defaultMasks, DEFAULT_SIZE,
                () -> generator.restoreStarting(GeneratorViewModel.STARTING, MulticlassExample.recipes()));
        generator.selectedClassProperty().bindBidirectional(editor.activeLabelProperty());
        losses = new LossTableViewModel(LossCatalogue.forMode(initial.mode()), selectedPerMode.get(initial.mode()));
        parameters = new ParametersViewModel(LossCatalogue.all(), losses.selectedProperty());
        parameters.fitClassShapedParameters(initial.classes());
        formula = new FormulaViewModel(losses.selectedProperty(), parameters, document.currentProperty(), publisher,
                messages);
        // The editor's hover readout shows the large heatmap's gradient; its outline follows presentation mode.
        editor.readoutGradientProperty().bind(heatmap.gradientProperty());
        editor.readoutLossIdProperty().bind(heatmap.lossIdProperty());
        editor.outlineScaleProperty().bind(heatmap.strokeScaleProperty());
        SharedInputs drawings = new SharedInputs();
        compute = new ComputeService(() -> new LossEvaluator(drawings), publisher, this::apply,
                restThreads(), timing -> computeTimings.get().accept(timing));
        // the grid compares the losses of the drawing's mode; the imbalance chart is a binary experiment
        comparison = LossSelection.perMode(initial.mode());
        List<LossSpec> binary = LossCatalogue.forMode(Mode.BINARY);
        // CE against Dice is the imbalance chart's story; focal and Tversky are the usual remedies.
        imbalanceLosses = new LossSelection(binary, List.of("bce", "focal", "dice", "tversky"));
        // one channel choice for the large heatmap and the grid, so both show the same of a multiclass gradient
        smallMultiples = new SmallMultiplesViewModel(comparison, heatmap.channelProperty(), messages);
        imbalance = new ImbalanceViewModel(imbalanceLosses, parameters, document.currentProperty(), publisher, messages);
        confidence = new ConfidenceViewModel(parameters, publisher, messages);
        parameterSweep = new ParameterSweepViewModel(losses.selectedProperty(), parameters,
                document.currentProperty(), publisher, messages);
        // Region against boundary losses: the shift lesson (boundary keeps growing, Dice saturates).
        generatorSweepLosses = new LossSelection(binary, List.of("dice", "bce", "boundary", "hausdorff_dt"));
        generatorSweep = new GeneratorSweepViewModel(generatorSweepLosses, parameters, document.currentProperty(),
                generator.recipeProperty(), publisher, messages);
        optimise = new OptimiseViewModel(binary, document.currentProperty(), parameters.valuesProperty(), publisher);
        // the pinned state A: the table and metrics compare with it, the gradient tab can show A | B | B − A
        pin = new PinViewModel(latest.getReadOnlyProperty(), heatmap.lossIdProperty(), LossEvaluator::new, publisher);
        pin.pinnedProperty().addListener((obs, old, now) -> losses.pin(now));
        // "predict first": the class guesses before the values show; the before is the pin
        guess = new GuessViewModel(pin, latest.getReadOnlyProperty());
        losses.hiddenProperty().bind(guess.hiddenProperty());
        // a folder of pairs, every loss per case with the sliders' values of the moment; a case opens in the editor
        dataset = new DatasetViewModel(document, publisher, () -> {
            ParameterSet values = parameters.valuesProperty().get();
            return spec -> values.specs().contains(spec) ? values.of(spec) : spec.defaults();
        }, Runtime.getRuntime().availableProcessors());
        view = new ViewStateViewModel(heatmap, pin, comparison, smallMultiples, imbalance, imbalanceLosses, confidence,
                parameterSweep, optimise, viewport);
        scenarios = new ScenarioViewModel(document, generator, parameters, losses, view, pin);
        // a view that becomes visible needs the gradients it was not sent while hidden
        smallMultiples.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                requestEvaluation();
            }
        });
        imbalance.plots().refresh().visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                requestEvaluation();
            }
        });

        // The live loop's inputs: the drawing, the parameter snapshot, the selected loss, the compared losses.
        document.currentProperty().addListener((obs, old, now) -> {
            followModeOf(old, now);
            requestEvaluation();
        });
        parameters.valuesProperty().addListener((obs, old, now) -> requestEvaluation());
        losses.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selectedPerMode.put(now.mode(), now.id());
            }
            requestEvaluation();
        });
        comparison.chosen().addListener((ListChangeListener<LossSpec>) c -> requestEvaluation());
        imbalanceLosses.chosen().addListener((ListChangeListener<LossSpec>) c -> requestEvaluation());

        // F5: its panels and large values are remembered in the home folder, like the language
        presentation = new PresentationViewModel(heatmap, shown.getReadOnlyProperty(), losses.selectedProperty(),
                guess.hiddenProperty(), messages, home == null ? null : new PresentationStore(home));
        if (home != null) {
            // Before any view is built, so the first frame is already in the remembered language.
            new LanguageStore(home).attach(messages, Locale.getDefault());
            sessions = new SessionViewModel(document, parameters, losses, generator, editor, heatmap, view, pin,
                    scenarios::dismiss, messages, home);
        } else {
            sessions = null;
        }
    }

    /**
     * Threads for the losses after the selected one: every core but one, which stays for the FX thread,
     * the renderer and the selected loss (on a 2-core machine: one).
     */
    private static int restThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** The default first scene: a centred disc of radius size/5 and the generator's default prediction. */
    public static Masks defaultMasks(int size) {
        Masks blank = Masks.blank(size);
        Masks disc = MaskPainting.stampGroundTruth(blank, size / 2.0, size / 2.0, size / 5.0, 1);
        return GeneratorViewModel.generate(disc, GeneratorViewModel.STARTING);
    }

    /** What the main window's views are built from. */
    public WindowModels windowModels() {
        return new WindowModels(messages, editor, mode, generator, losses, parameters, heatmap, shownProperty(),
                formula, scenarios, presentation, smallMultiples, comparison, imbalance, imbalanceLosses, confidence,
                parameterSweep, optimise, pin, view, generatorSweep, generatorSweepLosses, guess, viewport);
    }

    /** The zoom and pan every image view shares. */
    public ViewportViewModel viewport() {
        return viewport;
    }

    /** The UI language and its texts; every view binds its words here. */
    public Messages messages() {
        return messages;
    }

    /** Back to the starting scene of the current mode (and size, if square). One undoable edit. */
    public void resetToStartingExample() {
        mode.resetToStartingExample();
    }

    /** The mode of the drawing on screen; the loss table follows it (also through undo and loading). */
    public Mode mode() {
        return mode.mode();
    }

    /** Switches to binary, or to multiclass with {@code classes} labels, keeping the drawing. One undoable edit. */
    public void switchMode(Mode target, int classes) {
        mode.switchMode(target, classes);
    }

    private void followModeOf(Masks old, Masks now) {
        if (old.mode() != now.mode()) {
            losses.show(LossCatalogue.forMode(now.mode()), selectedPerMode.get(now.mode()));
        }
        if (old.classes() != now.classes()) {
            parameters.fitClassShapedParameters(now.classes());
            if (editor.activeLabelProperty().get() >= now.classes()) {
                editor.activeLabelProperty().set(now.classes() - 1);
            }
        }
        // last: its new choice requests an evaluation, which should see the fitted parameters
        comparison.showMode(now.mode());
    }

    public MaskDocument document() {
        return document;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public ModeViewModel modeSwitch() {
        return mode;
    }

    public GeneratorViewModel generator() {
        return generator;
    }

    public LossTableViewModel losses() {
        return losses;
    }

    public ParametersViewModel parameters() {
        return parameters;
    }

    public HeatmapViewModel heatmap() {
        return heatmap;
    }

    public PresentationViewModel presentation() {
        return presentation;
    }

    public FormulaViewModel formula() {
        return formula;
    }

    public ScenarioViewModel scenarios() {
        return scenarios;
    }

    /**
     * Sessions, autosave and recovery; only with a home folder. A clean exit calls its
     * {@code shutdown()} (which removes the autosave) before {@link #close()}; a crash does not.
     */
    public SessionViewModel sessions() {
        if (sessions == null) {
            throw new IllegalStateException("built without a home folder: no sessions");
        }
        return sessions;
    }

    /** The losses compared in the heatmap grid: those of the drawing's mode, a choice kept per mode. */
    public LossSelection comparison() {
        return comparison;
    }

    /** The losses drawn in the imbalance chart. */
    public LossSelection imbalanceLosses() {
        return imbalanceLosses;
    }

    public SmallMultiplesViewModel smallMultiples() {
        return smallMultiples;
    }

    /** The generator-sweep chart: losses against one generator setting. */
    public GeneratorSweepViewModel generatorSweep() {
        return generatorSweep;
    }

    public ImbalanceViewModel imbalance() {
        return imbalance;
    }

    public ConfidenceViewModel confidence() {
        return confidence;
    }

    public ParameterSweepViewModel parameterSweep() {
        return parameterSweep;
    }

    /** The Optimise tab: descent on the prediction under 1–4 losses in lockstep. */
    public OptimiseViewModel optimise() {
        return optimise;
    }

    /** The dataset view: a folder of ground-truth/prediction pairs, every loss per case. */
    public DatasetViewModel dataset() {
        return dataset;
    }

    /** The whole view (tab, charts, grid, Optimise) as one value: what scenario steps and sessions set. */
    public ViewStateViewModel view() {
        return view;
    }

    /** Classroom ▸ Predict first: values hidden until the class has guessed. */
    public GuessViewModel guess() {
        return guess;
    }

    /** The pinned baseline A that the table, metrics and gradient tab compare the current state with. */
    public PinViewModel pin() {
        return pin;
    }

    /** The newest result whose every loss is computed (the table, grid and charts show it). */
    public ReadOnlyObjectProperty<Evaluation> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /**
     * The newest result on screen, possibly only its first stage: the selected loss's value and
     * gradient and the metrics (the metrics view and the performance monitor follow it).
     */
    public ReadOnlyObjectProperty<Evaluation> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Receives every compute stage's timing, on the compute threads (the frame breakdown, -Dlosslens.trace). */
    public void onComputeTiming(Consumer<ComputeService.Timing> consumer) {
        computeTimings.set(consumer);
    }

    /** Called after each applied stage of a result (the performance monitor measures repaint latency from here). */
    public ObjectProperty<Consumer<Evaluation>> onEvaluationProperty() {
        return onEvaluation;
    }

    /** Marks "now" as the input time of the next request (input handlers call it before editing). */
    public void markInput() {
        markInput(System.nanoTime());
    }

    /**
     * Marks {@code nanos} as the input time of the next request, unless an earlier one is marked: the
     * latency benchmark marks when it sent an event through the window system, before the handler runs.
     */
    public void markInput(long nanos) {
        inputNanos = Math.min(inputNanos, nanos);
    }

    /**
     * An input that changed nothing (a brush moving over what it already painted) asks for no
     * evaluation: its mark is dropped, or the next edit's latency would be timed from it.
     */
    private void forgetInput() {
        inputNanos = Long.MAX_VALUE;
    }

    /** Hands the current drawing and parameter snapshot to the compute service (latest wins). */
    public void requestEvaluation() {
        LossSpec selected = losses.selectedProperty().get();
        // The input time if an input handler marked one, else now (a slider's change arrives right here).
        long now = System.nanoTime();
        if (inputNanos != Long.MAX_VALUE) {
            FrameTrace.record("1 input handler → submit", now - inputNanos);
        }
        long created = Math.min(inputNanos, now);
        inputNanos = Long.MAX_VALUE;
        // Gradients are kept for the large heatmap's loss, the grid's panels and the imbalance chart's markers;
        // only of losses of the drawing's mode, since the request's ids name that mode's losses.
        // Hidden views get none, and are sent a fresh evaluation when they appear.
        Mode mode = document.current().mode();
        Set<String> gradientsFor = new LinkedHashSet<>();
        if (smallMultiples.visibleProperty().get()) {
            gradientsFor.addAll(comparison.ids(mode));
        }
        if (imbalance.plots().refresh().visibleProperty().get()) {
            gradientsFor.addAll(imbalanceLosses.ids(mode));
        }
        if (selected != null) {
            gradientsFor.add(selected.id());
        }
        ParameterSet values = parameters.valuesProperty().get();
        compute.submit(new EvaluationRequest(document.current(), losses.specs(), values.forMode(parameters.mode()),
                gradientsFor, created, selected == null ? "" : selected.id()));
    }

    /**
     * Shows one stage of a result (on the FX thread; synchronized for tests that publish directly from
     * the compute threads). FIRST: the selected loss's row and heatmap and the metrics, at once. PARTIAL:
     * the rows computed. COMPLETE: every row, then the grid and the charts' markers, then "latest".
     */
    private synchronized void apply(Evaluation evaluation) {
        long start = System.nanoTime();
        LossSpec selected = losses.selectedProperty().get();
        if (evaluation.stage() == Evaluation.Stage.FIRST) {
            if (evaluation.sequence() < shownFirst) {
                return;
            }
            shownFirst = evaluation.sequence();
            losses.show(evaluation);
            if (selected != null) {
                heatmap.show(selected.id(), evaluation.gradient(selected.id()).orElse(null),
                        evaluation.request().masks());
            }
            shown.set(evaluation);
            FrameTrace.since("2 first: d apply on FX", start);
            onEvaluation.get().accept(evaluation);
            return;
        }
        // A later stage of an older input must not put back the selected loss's older value.
        boolean older = evaluation.sequence() < shownFirst;
        losses.show(evaluation, older && selected != null ? selected.id() : null);
        if (!evaluation.isComplete()) {
            FrameTrace.since("3 rest: d apply on FX", start);
            onEvaluation.get().accept(evaluation);
            return;
        }
        if (smallMultiples.visibleProperty().get()) {
            smallMultiples.show(evaluation);
        }
        imbalance.showCurrent(evaluation);
        parameterSweep.showCurrent(evaluation);
        // last: whoever sees a new "latest" (a view, or a test waiting off the FX thread) finds the
        // table, heatmap and grid already showing it
        if (!older) {
            shown.set(evaluation);
        }
        latest.set(evaluation);
        FrameTrace.since("3 rest: d apply on FX", start);
        onEvaluation.get().accept(evaluation);
    }

    @Override
    public void close() {
        compute.close();
        imbalance.close();
        generatorSweep.close();
        confidence.close();
        parameterSweep.close();
        optimise.close();
        pin.close();
        dataset.close();
        formula.close();
    }
}
