package org.losslens.app.multiclass;

import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.Mode;

/**
 * Binary | multiclass and the active label, as the mode pane and the menus act on them: switching
 * keeps the drawing (see {@link ModeConversion}) and every switch and example is one undoable edit.
 */
public final class ModeViewModel {

    private final MaskDocument document;
    private final IntegerProperty activeLabel;
    private final IntFunction<Masks> binaryExample;
    private final int defaultSize;
    private final Runnable afterReset;

    /**
     * @param activeLabel   the label the GT brush paints (the editor's)
     * @param binaryExample the binary starting scene of a given side
     * @param defaultSize   the side of a starting scene when the drawing is not square
     * @param afterReset    puts what made the starting scene back too (the generator's recipes)
     */
    public ModeViewModel(MaskDocument document, IntegerProperty activeLabel, IntFunction<Masks> binaryExample,
                         int defaultSize, Runnable afterReset) {
        this.afterReset = afterReset;
        this.document = document;
        this.activeLabel = activeLabel;
        this.binaryExample = binaryExample;
        this.defaultSize = defaultSize;
    }

    /** The drawing on screen; its mode and label count are what this pane shows. */
    public ReadOnlyObjectProperty<Masks> drawingProperty() {
        return document.currentProperty();
    }

    public IntegerProperty activeLabelProperty() {
        return activeLabel;
    }

    public Mode mode() {
        return document.current().mode();
    }

    /** Switches to binary, or to multiclass with {@code classes} labels, keeping the drawing. One undoable edit. */
    public void switchMode(Mode target, int classes) {
        Masks now = document.current();
        document.commit(target == Mode.BINARY ? ModeConversion.toBinary(now) : ModeConversion.toMulticlass(now, classes));
    }

    /** The multiclass example at the drawing's size and label count. One undoable edit. */
    public void loadMulticlassExample() {
        Masks now = document.current();
        document.commit(MulticlassExample.create(now.width(), now.classes()));
    }

    /** Back to the starting scene of the current mode (and size, if square). One undoable edit. */
    public void resetToStartingExample() {
        Masks now = document.current();
        int size = now.width() == now.height() ? now.width() : defaultSize;
        document.commit(now.isMulticlass() ? MulticlassExample.create(size, now.classes()) : binaryExample.apply(size));
        afterReset.run();
    }

    /** The next label of a multiclass drawing, wrapping round (Classroom ▸ Next label). */
    public void nextLabel() {
        activeLabel.set((activeLabel.get() + 1) % document.current().classes());
    }
}
