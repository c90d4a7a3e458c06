package org.losslens.app.scenarios;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.losslens.app.generator.GeneratorViewModel;
import org.losslens.app.losses.LossTableViewModel;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.Params;

/**
 * Loads a scenario in one click: masks (one undoable edit), the generator's
 * recipes, every parameter back to its default and then the scenario's, and the loss to look at.
 * Nothing changes if the scenario's parameters are invalid.
 */
public final class ScenarioViewModel {

    /** A teacher's own scenarios: listed in the Scenarios menu. */
    public static final Path USER_FOLDER = Path.of(System.getProperty("user.home"), ".losslens", "scenarios");

    private final MaskDocument document;
    private final GeneratorViewModel generator;
    private final ParametersViewModel parameters;
    private final LossTableViewModel losses;
    private final List<Scenario> builtIn = ScenarioLibrary.builtIn();
    private final ReadOnlyObjectWrapper<Scenario> current = new ReadOnlyObjectWrapper<>();

    public ScenarioViewModel(MaskDocument document, GeneratorViewModel generator, ParametersViewModel parameters,
                             LossTableViewModel losses) {
        this.document = document;
        this.generator = generator;
        this.parameters = parameters;
        this.losses = losses;
        // A switch of mode or label count leaves the scenario behind: its note would mislead.
        document.currentProperty().addListener((obs, old, now) -> {
            Scenario s = current.get();
            if (s != null && (now.mode() != s.mode() || now.classes() != s.classes())) {
                current.set(null);
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

    /** Hides the "what to notice" panel. */
    public void dismiss() {
        current.set(null);
    }

    /**
     * Applies a scenario.
     *
     * @throws ScenarioException if a parameter or loss in it is unknown or out of range; nothing changed then
     */
    public void load(Scenario s) throws ScenarioException {
        Masks masks;
        Map<String, Params> bound = new java.util.LinkedHashMap<>();
        try {
            masks = ScenarioScene.masks(s);
            for (var entry : s.parameters().entrySet()) {
                LossSpec spec = LossCatalogue.require(entry.getKey(), s.mode());
                bound.put(spec.id(), spec.bind(entry.getValue(), false));
            }
            if (s.select() != null) {
                LossCatalogue.require(s.select(), s.mode());
            }
        } catch (RuntimeException e) {
            throw new ScenarioException(s.id() + ": " + e.getMessage(), e);
        }
        document.commit(masks);
        generator.restoreClassRecipes(ScenarioScene.recipes(s));
        if (!masks.isMulticlass()) {
            generator.recipeProperty().set(s.recipes().getOrDefault(1,
                    generator.recipeProperty().get()));
        }
        parameters.resetAll();
        bound.forEach((id, p) -> parameters.restore(id, p));
        if (s.select() != null) {
            losses.select(s.select());
        }
        current.set(s);
    }
}
