package org.losslens.app.masks;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The current masks and their edit history. Every change goes through here, so every change can be
 * undone. A drag (brush stroke, generator slider) is ONE history entry: {@link #beginGesture()},
 * any number of {@link #preview}s, then {@link #endGesture()}.
 *
 * <p>Uses only javafx.beans, so it works (and is tested) without the FX toolkit.
 */
public final class MaskDocument {

    /** Enough to undo a whole demo; bounded because a 512² snapshot is 4 MiB. */
    static final int HISTORY_LIMIT = 100;

    private final ReadOnlyObjectWrapper<Masks> current;
    private final Deque<Masks> undo = new ArrayDeque<>();
    private final Deque<Masks> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private Masks gestureStart;

    public MaskDocument(Masks initial) {
        current = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<Masks> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Masks current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** A complete edit: one history entry (none if nothing changed). */
    public void commit(Masks next) {
        endGesture();
        record(current.get(), next);
    }

    /** Starts a gesture; the state now is what undo will return to. */
    public void beginGesture() {
        endGesture();
        gestureStart = current.get();
    }

    /** Shows an intermediate state of the running gesture without adding history. */
    public void preview(Masks next) {
        if (gestureStart == null) {
            beginGesture();
        }
        current.set(next);
    }

    /** Ends the gesture: the whole of it becomes one history entry. Harmless if none is running. */
    public void endGesture() {
        if (gestureStart == null) {
            return;
        }
        Masks start = gestureStart;
        gestureStart = null;
        record(start, current.get());
    }

    public boolean isGestureRunning() {
        return gestureStart != null;
    }

    public void undo() {
        endGesture();
        if (undo.isEmpty()) {
            return;
        }
        redo.push(current.get());
        current.set(undo.pop());
        updateFlags();
    }

    public void redo() {
        endGesture();
        if (redo.isEmpty()) {
            return;
        }
        undo.push(current.get());
        current.set(redo.pop());
        updateFlags();
    }

    private void record(Masks before, Masks after) {
        if (after.sameContent(before)) {
            current.set(after);
            return;
        }
        undo.push(before);
        while (undo.size() > HISTORY_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        current.set(after);
        updateFlags();
    }

    private void updateFlags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
