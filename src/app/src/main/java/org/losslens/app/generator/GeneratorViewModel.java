package org.losslens.app.generator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.losslens.core.synthesis.MulticlassPredictionGenerator;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.IntegerProperty;
import java.util.List;
import java.util.Collections;
import java.util.ArrayList;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;
import org.losslens.core.synthesis.PredictionGenerator;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * Builds the prediction from the current ground truth with the core's {@link PredictionGenerator}.
 * A slider drag is one undoable gesture; the result is an ordinary prediction, so painting on top
 * of it keeps working (until the recipe is changed again, which regenerates from the GT).
 *
 * <p>Multiclass: every foreground class has its own recipe; {@link #recipeProperty()} is the recipe of
 * the selected class, and every change regenerates all classes together.
 */
public final class GeneratorViewModel {

    private final MaskDocument document;
    /** The recipe of the starting binary scene: a little shifted and blurred, so the losses have something to see. */
    public static final PredictionRecipe STARTING = PredictionRecipe.defaults().withShift(3, 2).withBlurSigma(1.5);

    private final ObjectProperty<PredictionRecipe> recipe = new SimpleObjectProperty<>(STARTING);
    /** Recipes per label (index = label; background's unused), for multiclass masks. */
    private final List<PredictionRecipe> classRecipes = new ArrayList<>(
            Collections.nCopies(Masks.MAX_CLASSES, PredictionRecipe.defaults().withBlurSigma(1.5)));
    private final IntegerProperty selectedClass = new SimpleIntegerProperty(1);

    public GeneratorViewModel(MaskDocument document) {
        this.document = document;
        selectedClass.addListener((obs, old, now) -> {
            if (document.current().isMulticlass()) {
                recipe.set(classRecipes.get(recipeIndex()));
            }
        });
    }

    /** True while the drawing is multiclass (the sliders then edit the selected class's recipe). */
    public BooleanBinding multiclassProperty() {
        return Bindings.createBooleanBinding(() -> document.current().isMulticlass(), document.currentProperty());
    }

    /** Multiclass: the class whose recipe the sliders edit (background selects class 1's). */
    public IntegerProperty selectedClassProperty() {
        return selectedClass;
    }

    /** Multiclass: the recipe of every label (index = label), for sessions and scenarios. */
    public List<PredictionRecipe> classRecipes() {
        return List.copyOf(classRecipes);
    }

    /** Replaces every class's recipe without regenerating (a loaded session brings its own prediction). */
    public void restoreClassRecipes(List<PredictionRecipe> recipes) {
        for (int c = 0; c < Math.min(recipes.size(), classRecipes.size()); c++) {
            classRecipes.set(c, recipes.get(c));
        }
        if (document.current().isMulticlass()) {
            recipe.set(classRecipes.get(recipeIndex()));
        }
    }

    /**
     * Back to the recipes a starting example was made with, without regenerating: the example brings
     * its own prediction, and the sliders must say how it was made ("Reset to the starting example").
     *
     * @param binary   the binary scene's recipe
     * @param perClass the multiclass example's recipe of every label
     */
    public void restoreStarting(PredictionRecipe binary, List<PredictionRecipe> perClass) {
        restoreClassRecipes(perClass);
        if (!document.current().isMulticlass()) {
            recipe.set(binary);
        }
    }

    private int recipeIndex() {
        return Math.max(1, Math.min(selectedClass.get(), Masks.MAX_CLASSES - 1));
    }

    public ObjectProperty<PredictionRecipe> recipeProperty() {
        return recipe;
    }

    /**
     * Sets the recipe and regenerates the prediction.
     *
     * @param stillChanging true while a slider is being dragged: the change is previewed and becomes
     *                      one history entry when a call with false ends the drag
     */
    public void update(PredictionRecipe next, boolean stillChanging) {
        recipe.set(next);
        Masks generated;
        if (document.current().isMulticlass()) {
            classRecipes.set(recipeIndex(), next);
            generated = generate(document.current(), classRecipes);
        } else {
            generated = generate(document.current(), next);
        }
        if (stillChanging) {
            document.preview(generated);
        } else if (document.isGestureRunning()) {
            document.preview(generated);
            document.endGesture();
        } else {
            document.commit(generated);
        }
    }

    /** Regenerates with the current recipe (e.g. after the GT changed). */
    public void regenerate() {
        update(recipe.get(), false);
    }

    public void addFalsePositiveBlob() {
        update(recipe.get().withFalsePositiveBlobs(recipe.get().falsePositiveBlobs() + 1), false);
    }

    public void dropComponent() {
        update(recipe.get().withDroppedComponents(recipe.get().droppedComponents() + 1), false);
    }

    public void reset() {
        update(PredictionRecipe.defaults(), false);
    }

    /** Multiclass masks with the prediction that the per-class {@code recipes} make from their labels. */
    public static Masks generate(Masks masks, List<PredictionRecipe> recipes) {
        int[] labels = new int[masks.pixels()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = masks.label(i);
        }
        return masks.withClassProbabilities(MulticlassPredictionGenerator.generate(masks.height(), masks.width(),
                masks.classes(), labels, recipes.subList(0, masks.classes())));
    }

    /** The masks with the prediction that {@code r} makes from their ground truth. */
    public static Masks generate(Masks masks, PredictionRecipe r) {
        return masks.withProbabilities(PredictionGenerator.generate(masks.height(), masks.width(),
                masks.groundTruthCopy(), r));
    }
}
