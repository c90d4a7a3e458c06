package org.losslens.app.scenarios;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.losslens.app.generator.GeneratorViewModel;
import org.losslens.app.losses.LossTableViewModel;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.app.masks.Masks;
import org.losslens.app.pin.PinViewModel;
import org.losslens.app.viewstate.ViewStateViewModel;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.Params;

/**
 * Loads a scenario in one click and walks its steps: each step sets the masks (one undoable edit,
 * only when they change), every parameter back to its default and then the step's, the loss to look
 * at, the whole view (tab, charts, grid, Optimise) and the pin. Back re-applies the step before, so a
 * lesson reads the same whichever way it is walked. Nothing changes if a step's parameters are invalid.
 */
public final class ScenarioViewModel {

    /** A teacher's own scenarios: listed in the Scenarios menu. */
    public static final Path USER_FOLDER = Path.of(System.getProperty("user.home"), ".losslens", "scenarios");

    private final MaskDocument document;
    private final GeneratorViewModel generator;
    private final ParametersViewModel parameters;
    private final LossTableViewModel losses;
    private final ViewStateViewModel view;
    private final PinViewModel pin;
    private final List<Scenario> builtIn = ScenarioLibrary.builtIn();
    private final ReadOnlyObjectWrapper<Scenario> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    /** The current scenario at the current step (its notice is the step's text), or null. */
    private final ReadOnlyObjectWrapper<Scenario> shown = new ReadOnlyObjectWrapper<>();

    public ScenarioViewModel(MaskDocument document, GeneratorViewModel generator, ParametersViewModel parameters,
                             LossTableViewModel losses, ViewStateViewModel view, PinViewModel pin) {
        this.document = document;
        this.generator = generator;
        this.parameters = parameters;
        this.losses = losses;
        this.view = view;
        this.pin = pin;
        // A switch of mode or label count leaves the scenario behind: its note would mislead.
        document.currentProperty().addListener((obs, old, now) -> {
            Scenario s = current.get();
            if (s != null && (now.mode() != s.mode() || now.classes() != s.classes())) {
                dismiss();
            }
        });
    }

    public List<Scenario> builtIn() {
        return builtIn;
    }

    /** The scenario loaded last (its "what to notice" stays on screen), or null. */
    public ReadOnlyObjectProperty<Scenario> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The current step, from 0. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The scenario as it stands at the current step (title, the step's text), or null. */
    public ReadOnlyObjectProperty<Scenario> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Hides the "what to notice" panel. */
    public void dismiss() {
        current.set(null);
        shown.set(null);
        step.set(0);
    }

    /**
     * Applies a scenario at its first step.
     *
     * @throws ScenarioException if a parameter or loss in it is unknown or out of range; nothing changed then
     */
    public void load(Scenario s) throws ScenarioException {
        goTo(s, 0);
    }

    public boolean hasNext() {
        return current.get() != null && step.get() + 1 < current.get().stepCount();
    }

    public boolean hasPrevious() {
        return current.get() != null && step.get() > 0;
    }

    /** Next ▸: the following step, if any. */
    public void next() throws ScenarioException {
        if (hasNext()) {
            goTo(current.get(), step.get() + 1);
        }
    }

    /** ◂ Back: the step before, as it was. */
    public void back() throws ScenarioException {
        if (hasPrevious()) {
            goTo(current.get(), step.get() - 1);
        }
    }

    /** Shows step {@code k} (from 0) of {@code s}. */
    public void goTo(Scenario s, int k) throws ScenarioException {
        Scenario at = s.at(k);
        Map<String, Params> bound = bind(at);
        OptionalInt pinned = s.pinnedStep(k);
        Scenario a = pinned.isPresent() ? s.at(pinned.getAsInt()) : null;
        Map<String, Params> boundA = a == null ? Map.of() : bind(a);
        Masks masks = ScenarioScene.masks(at);
        if (!masks.sameContent(document.current())) {
            document.commit(masks);
        }
        generator.restoreClassRecipes(ScenarioScene.recipes(at));
        if (!masks.isMulticlass()) {
            generator.recipeProperty().set(at.recipes().getOrDefault(1, generator.recipeProperty().get()));
        }
        parameters.resetAll();
        bound.forEach(parameters::restore);
        if (at.select() != null) {
            losses.select(at.select());
        }
        if (a != null) {
            // the parameters A had: every loss of the mode at its default (just reset), then that step's values
            Map<String, Params> pinnedParameters = new java.util.LinkedHashMap<>();
            for (LossSpec spec : LossCatalogue.forMode(s.mode())) {
                pinnedParameters.put(spec.id(), boundA.getOrDefault(spec.id(), parameters.params(spec)));
            }
            pin.restore(ScenarioScene.masks(a), pinnedParameters);
        } else {
            pin.clear();
        }
        view.apply(at.view());
        current.set(s);
        step.set(k);
        shown.set(at);
    }

    /** The step's parameters, checked against the catalogue; its loss must exist. */
    private static Map<String, Params> bind(Scenario at) throws ScenarioException {
        Map<String, Params> bound = new java.util.LinkedHashMap<>();
        try {
            for (var entry : at.parameters().entrySet()) {
                LossSpec spec = LossCatalogue.require(entry.getKey(), at.mode());
                bound.put(spec.id(), spec.bind(entry.getValue(), false));
            }
            if (at.select() != null) {
                LossCatalogue.require(at.select(), at.mode());
            }
            ScenarioScene.masks(at);
        } catch (RuntimeException e) {
            throw new ScenarioException(at.id() + ": " + e.getMessage(), e);
        }
        return bound;
    }
}
