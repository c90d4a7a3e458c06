package org.losslens.app.editor;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.losslens.app.masks.BoxResampler;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;
import org.losslens.core.tensor.Tensor;

/**
 * What the editor's tools do, in image coordinates (pixel (x, y) covers [x, x+1) × [y, y+1)). The
 * canvas only translates mouse events into {@link #press}, {@link #drag} and {@link #release}; this
 * class turns them into masks and history, so the whole editing behaviour is testable without FX.
 */
public final class EditorViewModel {

    private final MaskDocument document;
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.GT_BRUSH);
    /** Brush radius in image pixels. */
    private final DoubleProperty brushRadius = new SimpleDoubleProperty(4);
    /** The probability the prediction brush paints towards. */
    private final DoubleProperty strength = new SimpleDoubleProperty(0.9);
    /** 0: hard-edged brush; 1: weight falls off from the centre. */
    private final DoubleProperty softness = new SimpleDoubleProperty(0.5);
    /** Multiclass: the label the GT brush and shapes paint and whose probability the prediction brush moves. */
    private final IntegerProperty activeLabel = new SimpleIntegerProperty(1);

    /** The gradient under the hover readout and the loss it belongs to (the large heatmap's). */
    private final ObjectProperty<Tensor> readoutGradient = new SimpleObjectProperty<>();
    private final StringProperty readoutLossId = new SimpleStringProperty("");
    /** Multiplies the width of the GT outline (presentation mode makes it thicker). */
    private final DoubleProperty outlineScale = new SimpleDoubleProperty(1);
    /** The canvas's layers: the prediction's probability, the GT tint, the GT outline. */
    private final BooleanProperty showPrediction = new SimpleBooleanProperty(true);
    private final BooleanProperty tintGroundTruth = new SimpleBooleanProperty(true);
    private final BooleanProperty outlineGroundTruth = new SimpleBooleanProperty(true);
    private final Runnable onInput;
    private final Runnable onUnchanged;

    private Masks gestureBase;
    private double anchorX;
    private double anchorY;
    private double lastX;
    private double lastY;

    public EditorViewModel(MaskDocument document) {
        this(document, () -> { });
    }

    /** @param onInput called before every edit, so the app can time input-to-repaint latency */
    public EditorViewModel(MaskDocument document, Runnable onInput) {
        this(document, onInput, () -> { });
    }

    /**
     * @param onUnchanged called after an edit that changed no pixel: it makes no new drawing, so no
     *                    result will answer that input and its time must not be charged to the next one
     */
    public EditorViewModel(MaskDocument document, Runnable onInput, Runnable onUnchanged) {
        this.document = document;
        this.onInput = onInput;
        this.onUnchanged = onUnchanged;
    }

    /** Marks "now" as the time of the user's input (the canvas calls it before each edit). */
    public void markInput() {
        onInput.run();
    }

    public ObjectProperty<Tensor> readoutGradientProperty() {
        return readoutGradient;
    }

    public StringProperty readoutLossIdProperty() {
        return readoutLossId;
    }

    public DoubleProperty outlineScaleProperty() {
        return outlineScale;
    }

    public BooleanProperty showPredictionProperty() {
        return showPrediction;
    }

    public BooleanProperty tintGroundTruthProperty() {
        return tintGroundTruth;
    }

    public BooleanProperty outlineGroundTruthProperty() {
        return outlineGroundTruth;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return document.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return document.canRedoProperty();
    }

    /** Resamples the drawing to {@code side} × {@code side}. One undoable edit. */
    public void resize(int side) {
        document.commit(BoxResampler.resize(document.current(), side, side));
    }

    public MaskDocument document() {
        return document;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    public DoubleProperty brushRadiusProperty() {
        return brushRadius;
    }

    public DoubleProperty strengthProperty() {
        return strength;
    }

    public DoubleProperty softnessProperty() {
        return softness;
    }

    public IntegerProperty activeLabelProperty() {
        return activeLabel;
    }

    /** The label painted now: binary always 1; multiclass the active label, kept below the label count. */
    private int paintedLabel(Masks masks) {
        return masks.isMulticlass() ? Math.min(activeLabel.get(), masks.classes() - 1) : 1;
    }

    public void press(double x, double y) {
        document.beginGesture();
        gestureBase = document.current();
        anchorX = x;
        anchorY = y;
        lastX = x;
        lastY = y;
        apply(x, y);
    }

    public void drag(double x, double y) {
        if (gestureBase == null) {
            return;
        }
        apply(x, y);
        lastX = x;
        lastY = y;
    }

    public void release(double x, double y) {
        if (gestureBase == null) {
            return;
        }
        drag(x, y);
        gestureBase = null;
        document.endGesture();
    }

    private void apply(double x, double y) {
        Masks now = document.current();
        Masks next = switch (tool.get()) {
            case GT_BRUSH -> MaskPainting.strokeGroundTruth(now, lastX, lastY, x, y, brushRadius.get(),
                    paintedLabel(now));
            case GT_ERASER -> MaskPainting.strokeGroundTruth(now, lastX, lastY, x, y, brushRadius.get(), 0);
            case PREDICTION_BRUSH -> now.isMulticlass()
                    ? MaskPainting.strokeClassProbability(now, lastX, lastY, x, y, brushRadius.get(),
                    Math.min(activeLabel.get(), now.classes() - 1), strength.get(), softness.get())
                    : MaskPainting.strokeProbability(now, lastX, lastY, x, y, brushRadius.get(),
                    strength.get(), softness.get());
            // Shapes redraw from the state before the gesture, so dragging resizes instead of smearing.
            case GT_DISC -> MaskPainting.fillDisc(gestureBase, anchorX, anchorY, x, y, paintedLabel(now));
            case GT_RECTANGLE -> MaskPainting.fillRectangle(gestureBase, anchorX, anchorY, x, y, paintedLabel(now));
        };
        if (next != now) {
            document.preview(next);
        } else {
            onUnchanged.run();
        }
    }

    public void invertGroundTruth() {
        document.commit(MaskPainting.invertGroundTruth(document.current()));
    }

    public void clearGroundTruth() {
        document.commit(MaskPainting.clearGroundTruth(document.current()));
    }

    public void clearPrediction() {
        document.commit(MaskPainting.clearPrediction(document.current()));
    }

    public void undo() {
        gestureBase = null;
        document.undo();
    }

    public void redo() {
        gestureBase = null;
        document.redo();
    }
}
