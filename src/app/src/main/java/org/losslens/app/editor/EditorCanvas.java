package org.losslens.app.editor;

import org.losslens.app.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.losslens.app.masks.Masks;
import org.losslens.app.theme.Palette;
import org.losslens.app.performance.FrameTrace;

/**
 * The pixel editor: prediction grey layer, GT tint and outline, zoom (wheel, around the cursor), pan
 * (right or middle drag), a pixel grid from 8 screen pixels per image pixel, and the hover readout.
 * It only translates input to image coordinates; {@link EditorViewModel} does the editing.
 */
public final class EditorCanvas extends Region {

    private static final double GRID_FROM_SCALE = 8;

    private final EditorViewModel viewModel;
    private final Messages messages;
    private final Canvas canvas = new Canvas();
    private final BooleanProperty showPrediction;
    private final BooleanProperty tintGroundTruth;
    private final BooleanProperty outlineGroundTruth;
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private WritableImage image;
    private double scale = -1;
    private double originX;
    private double originY;
    private double panStartX;
    private double panStartY;
    private int hoverX = -1;
    private int hoverY = -1;

    public EditorCanvas(EditorViewModel viewModel, Messages messages) {
        this.messages = messages;
        this.viewModel = viewModel;
        showPrediction = viewModel.showPredictionProperty();
        tintGroundTruth = viewModel.tintGroundTruthProperty();
        outlineGroundTruth = viewModel.outlineGroundTruthProperty();
        setId("editor-canvas");
        getChildren().add(canvas);
        setMinSize(200, 200);
        viewModel.document().currentProperty().addListener((obs, old, now) -> {
            if (old == null || old.width() != now.width() || old.height() != now.height()) {
                scale = -1;
            }
            redraw();
        });
        viewModel.readoutGradientProperty().addListener((obs, old, now) -> updateReadout());
        showPrediction.addListener(o -> redraw());
        tintGroundTruth.addListener(o -> redraw());
        outlineGroundTruth.addListener(o -> redraw());
        viewModel.outlineScaleProperty().addListener(o -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverX = -1;
            updateReadout();
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** "(x, y) GT = … p = … logit = … ∂L/∂logit = …" for the pixel under the mouse. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Screen point (in this node) of the centre of image pixel (x, y); tests aim with it. */
    public Point2D pixelCentre(int x, int y) {
        ensureScale();
        return new Point2D(originX + (x + 0.5) * scale, originY + (y + 0.5) * scale);
    }

    /** Fits the whole image into the view again. */
    public void fit() {
        scale = -1;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            fit();
        }
    }

    private void ensureScale() {
        Masks m = viewModel.document().current();
        if (scale <= 0 && getWidth() > 0 && getHeight() > 0) {
            scale = Math.max(0.1, Math.min(getWidth() / m.width(), getHeight() / m.height()) * 0.96);
            originX = (getWidth() - m.width() * scale) / 2;
            originY = (getHeight() - m.height() * scale) / 2;
        }
    }

    private void redraw() {
        long start = System.nanoTime();
        paint();
        FrameTrace.since("1 paint: editor (in handler)", start);
    }

    private void paint() {
        Masks m = viewModel.document().current();
        ensureScale();
        GraphicsContext g = canvas.getGraphicsContext2D();
        // Transparent around the image: the view's background (losslens.css, #editor-canvas) shows through.
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (scale <= 0) {
            return;
        }
        if (image == null || image.getWidth() != m.width() || image.getHeight() != m.height()) {
            image = new WritableImage(m.width(), m.height());
        }
        image.getPixelWriter().setPixels(0, 0, m.width(), m.height(), PixelFormat.getIntArgbInstance(),
                MaskImages.compose(m, showPrediction.get(), tintGroundTruth.get()), 0, m.width());
        g.setImageSmoothing(false);
        g.drawImage(image, originX, originY, m.width() * scale, m.height() * scale);
        if (scale >= GRID_FROM_SCALE) {
            g.setStroke(Palette.PIXEL_GRID);
            g.setLineWidth(1);
            g.beginPath();
            for (int x = 0; x <= m.width(); x++) {
                g.moveTo(originX + x * scale, originY);
                g.lineTo(originX + x * scale, originY + m.height() * scale);
            }
            for (int y = 0; y <= m.height(); y++) {
                g.moveTo(originX, originY + y * scale);
                g.lineTo(originX + m.width() * scale, originY + y * scale);
            }
            g.stroke();
        }
        if (outlineGroundTruth.get()) {
            g.setStroke(m.isMulticlass() ? Palette.LABEL_OUTLINE : Palette.GROUND_TRUTH);
            g.setLineWidth(Math.max(1.5, Math.min(3, scale / 3)) * viewModel.outlineScaleProperty().get());
            ContourPainter.stroke(g, m, originX, originY, scale);
        }
        updateReadout();
    }

    private double imageX(MouseEvent e) {
        return (e.getX() - originX) / scale;
    }

    private double imageY(MouseEvent e) {
        return (e.getY() - originY) / scale;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            viewModel.markInput();
            viewModel.press(imageX(e), imageY(e));
        } else {
            panStartX = e.getX() - originX;
            panStartY = e.getY() - originY;
        }
    }

    private void dragged(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            viewModel.markInput();
            viewModel.drag(imageX(e), imageY(e));
        } else if (e.isSecondaryButtonDown() || e.isMiddleButtonDown()) {
            originX = e.getX() - panStartX;
            originY = e.getY() - panStartY;
            redraw();
        }
        moved(e);
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            viewModel.markInput();
            viewModel.release(imageX(e), imageY(e));
        }
    }

    private void moved(MouseEvent e) {
        hoverX = (int) Math.floor(imageX(e));
        hoverY = (int) Math.floor(imageY(e));
        updateReadout();
    }

    private void scrolled(ScrollEvent e) {
        ensureScale();
        double factor = e.getDeltaY() > 0 ? 1.25 : 1 / 1.25;
        double next = Math.max(0.5, Math.min(64, scale * factor));
        // Zoom around the cursor: the image point under it stays under it.
        originX = e.getX() - (e.getX() - originX) * next / scale;
        originY = e.getY() - (e.getY() - originY) * next / scale;
        scale = next;
        redraw();
    }

    private void updateReadout() {
        Masks m = viewModel.document().current();
        readout.set(hoverX < 0 ? "" : PixelReadout.describe(m, hoverX, hoverY, viewModel.readoutGradientProperty().get(),
                viewModel.readoutLossIdProperty().get(), messages));
    }
}
