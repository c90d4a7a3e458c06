package org.losslens.app.generator;

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
 */
public final class GeneratorViewModel {

    private final MaskDocument document;
    private final ObjectProperty<PredictionRecipe> recipe = new SimpleObjectProperty<>(
            PredictionRecipe.defaults().withShift(3, 2).withBlurSigma(1.5));

    public GeneratorViewModel(MaskDocument document) {
        this.document = document;
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
        Masks generated = generate(document.current(), next);
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

    /** The masks with the prediction that {@code r} makes from their ground truth. */
    public static Masks generate(Masks masks, PredictionRecipe r) {
        return masks.withProbabilities(PredictionGenerator.generate(masks.height(), masks.width(),
                masks.groundTruthCopy(), r));
    }
}
