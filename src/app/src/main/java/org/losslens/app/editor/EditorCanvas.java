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
import javafx.scene.layout.Region;
import org.losslens.app.masks.Masks;
import org.losslens.app.theme.Palette;
import org.losslens.app.performance.FrameTrace;
import org.losslens.app.viewport.ViewTransform;
import org.losslens.app.viewport.ViewportViewModel;
import org.losslens.app.viewport.ViewportGestures;

/**
 * The pixel editor: prediction grey layer, GT tint and outline, the shared {@link ViewportViewModel}'s zoom and
 * pan ({@link ViewportGestures}: wheel around the cursor, right or middle drag, + / − / 0), a pixel grid
 * from 8 screen pixels per image pixel, and the hover readout. It only translates input to image
 * coordinates; {@link EditorViewModel} does the editing.
 */
public final class EditorCanvas extends Region {

    private static final double GRID_FROM_SCALE = 8;
    /** At fit the image fills 96 % of the smaller side: a frame shows where the image ends. */
    private static final double FIT_MARGIN = 0.96;

    private final EditorViewModel viewModel;
    private final ViewportViewModel viewport;
    private final Messages messages;
    private final Canvas canvas = new Canvas();
    private final BooleanProperty showPrediction;
    private final BooleanProperty tintGroundTruth;
    private final BooleanProperty outlineGroundTruth;
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private WritableImage image;
    /** The mouse in canvas coordinates, NaN while it is outside. */
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private int hoverX = -1;
    private int hoverY = -1;

    public EditorCanvas(EditorViewModel viewModel, ViewportViewModel viewport, Messages messages) {
        this.messages = messages;
        this.viewModel = viewModel;
        this.viewport = viewport;
        showPrediction = viewModel.showPredictionProperty();
        tintGroundTruth = viewModel.tintGroundTruthProperty();
        outlineGroundTruth = viewModel.outlineGroundTruthProperty();
        setId("editor-canvas");
        getChildren().add(canvas);
        setMinSize(200, 200);
        viewModel.document().currentProperty().addListener(o -> redraw());
        viewport.viewProperty().addListener(o -> {
            // the pixel under a still mouse is another one now (paint() updates the readout)
            hover();
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
            mouseX = Double.NaN;
            hoverX = -1;
            updateReadout();
        });
        ViewportGestures.attach(canvas, viewport, (x, y) -> transform(),
                e -> e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE);
    }

    /** "(x, y) GT = … p = … logit = … ∂L/∂logit = …" for the pixel under the mouse. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Screen point (in this node) of the centre of image pixel (x, y); tests aim with it. */
    public Point2D pixelCentre(int x, int y) {
        ViewTransform t = transform();
        return new Point2D(t.toScreenX(x + 0.5), t.toScreenY(y + 0.5));
    }

    /** Where the shared viewport puts the image in this canvas now. */
    public ViewTransform transform() {
        return viewport.transform(0, 0, Math.max(1, getWidth()), Math.max(1, getHeight()), FIT_MARGIN);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    private void redraw() {
        long start = System.nanoTime();
        paint();
        FrameTrace.since("1 paint: editor (in handler)", start);
    }

    private void paint() {
        Masks m = viewModel.document().current();
        GraphicsContext g = canvas.getGraphicsContext2D();
        // Transparent around the image: the view's background (losslens.css, #editor-canvas) shows through.
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        if (m.width() != viewport.imageWidth() || m.height() != viewport.imageHeight()) {
            return; // the viewport has not taken the new size yet; its change repaints
        }
        ViewTransform t = transform();
        double scale = t.scale();
        if (image == null || image.getWidth() != m.width() || image.getHeight() != m.height()) {
            image = new WritableImage(m.width(), m.height());
        }
        // Only the pixels in view are written and drawn: zoomed in, a frame costs less, not more.
        int x0 = t.firstColumn();
        int x1 = t.endColumn();
        int y0 = t.firstRow();
        int y1 = t.endRow();
        if (x1 > x0 && y1 > y0) {
            image.getPixelWriter().setPixels(x0, y0, x1 - x0, y1 - y0, PixelFormat.getIntArgbInstance(),
                    MaskImages.compose(m, showPrediction.get(), tintGroundTruth.get()), y0 * m.width() + x0,
                    m.width());
            g.setImageSmoothing(false);
            g.drawImage(image, x0, y0, x1 - x0, y1 - y0, t.toScreenX(x0), t.toScreenY(y0),
                    (x1 - x0) * scale, (y1 - y0) * scale);
        }
        if (scale >= GRID_FROM_SCALE) {
            g.setStroke(Palette.PIXEL_GRID);
            g.setLineWidth(1);
            g.beginPath();
            for (int x = x0; x <= x1; x++) {
                g.moveTo(t.toScreenX(x), t.toScreenY(y0));
                g.lineTo(t.toScreenX(x), t.toScreenY(y1));
            }
            for (int y = y0; y <= y1; y++) {
                g.moveTo(t.toScreenX(x0), t.toScreenY(y));
                g.lineTo(t.toScreenX(x1), t.toScreenY(y));
            }
            g.stroke();
        }
        if (outlineGroundTruth.get()) {
            g.setStroke(m.isMulticlass() ? Palette.LABEL_OUTLINE : Palette.GROUND_TRUTH);
            g.setLineWidth(Math.max(1.5, Math.min(3, scale / 3)) * viewModel.outlineScaleProperty().get());
            ContourPainter.stroke(g, m, t);
        }
        updateReadout();
    }

    private double imageX(MouseEvent e) {
        return transform().toImageX(e.getX());
    }

    private double imageY(MouseEvent e) {
        return transform().toImageY(e.getY());
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            viewModel.markInput();
            viewModel.press(imageX(e), imageY(e));
        }
    }

    private void dragged(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            viewModel.markInput();
            viewModel.drag(imageX(e), imageY(e));
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
        mouseX = e.getX();
        mouseY = e.getY();
        hover();
    }

    private void hover() {
        if (Double.isNaN(mouseX)) {
            return;
        }
        ViewTransform t = transform();
        hoverX = t.columnAt(mouseX);
        hoverY = t.rowAt(mouseY);
        updateReadout();
    }

    private void updateReadout() {
        Masks m = viewModel.document().current();
        readout.set(hoverX < 0 ? "" : PixelReadout.describe(m, hoverX, hoverY, viewModel.readoutGradientProperty().get(),
                viewModel.readoutLossIdProperty().get(), messages));
    }
}
