package org.losslens.app.optimise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.losslens.app.viewport.ViewTransform;
import org.losslens.app.theme.Palette;
import org.losslens.app.editor.ContourPainter;
import org.losslens.app.heatmap.GradientChannel;
import org.losslens.app.heatmap.HeatmapPainter;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.imaging.colormap.Colormap;

/**
 * The Optimise tab's 1–4 panels side by side: each run's current p in grey (or, with "show
 * ∂L/∂logit", the gradient of its last step in the heatmap's diverging colours, painted by the
 * heatmap's own {@link HeatmapPainter}), the GT contour in amber, the loss's name in its curve colour
 * and a caption with loss, Dice and IoU.
 */
final class PanelsCanvas extends Pane {

    private static final double GAP = 10;
    private static final double TITLE = 50;
    /** The GT contour over a run's prediction (the editor's amber). */
    /** Floor of a gradient's colour range, so an all-zero gradient still paints (white). */
    private static final double MIN_RANGE = 1e-12;

    private final Canvas canvas = new Canvas();
    private final BooleanProperty showGradient = new SimpleBooleanProperty(false);
    private final List<WritableImage> images = new ArrayList<>();
    private final List<HeatmapPainter> gradients = new ArrayList<>();
    private final Messages messages;
    private Frame frame;

    PanelsCanvas(Messages messages) {
        this.messages = messages;
        getChildren().add(canvas);
        setMinSize(200, 190);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> repaint());
        canvas.heightProperty().addListener(o -> repaint());
        showGradient.addListener(o -> repaint());
        // The canvas draws words (names, captions, the footer): a new language repaints them.
        messages.localeProperty().addListener(o -> repaint());
    }

    /** True: each panel shows the gradient that drove its last step instead of p. */
    BooleanProperty showGradientProperty() {
        return showGradient;
    }

    void show(Frame newFrame) {
        frame = newFrame;
        repaint();
    }

    /** The caption under a panel's name: its loss, Dice and IoU at the last recorded step. */
    static String caption(Frame frame, Frame.Panel panel, Messages messages) {
        if (panel.problem() != null) {
            return panel.problem();
        }
        int k = panel.loss().length - 1;
        if (k < 0) {
            return messages.get("optimise.caption.start");
        }
        return messages.get("optimise.caption", String.format(Locale.ROOT, "%.4g", panel.loss()[k]),
                String.format(Locale.ROOT, "%.3f", panel.dice()[k]), String.format(Locale.ROOT, "%.3f", panel.iou()[k]));
    }

    private void repaint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Palette.PANEL_BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (frame == null || frame.panels().isEmpty()) {
            return;
        }
        Masks m = frame.start();
        int n = frame.panels().size();
        double side = Math.max(20, Math.min((w - GAP * (n + 1)) / n, h - TITLE - 22));
        double scale = side / Math.max(m.width(), m.height());
        double left = Math.max(GAP, (w - n * side - (n - 1) * GAP) / 2);
        List<String> names = OptimiseViewModel.panelNames(frame);
        while (images.size() < n) {
            images.add(null);
            gradients.add(new HeatmapPainter());
        }
        for (int i = 0; i < n; i++) {
            Frame.Panel panel = frame.panels().get(i);
            double x = left + i * (side + GAP);
            paintTitle(g, names.get(i), caption(frame, panel, messages), i, x, side);
            if (showGradient.get() && panel.gradient() != null) {
                paintGradient(g, i, panel.gradient(), m, x, scale);
            } else {
                paintProbability(g, i, panel.probability(), m, x, scale);
            }
            g.setStroke(Palette.GROUND_TRUTH);
            g.setLineWidth(1.5);
            ContourPainter.stroke(g, m, x, TITLE, scale);
        }
        paintFooter(g, w, h);
    }

    private void paintTitle(GraphicsContext g, String name, String caption, int i, double x, double side) {
        g.setFill(Palette.series(i));
        g.fillRect(x, 6, 12, 12);
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(name, x + 16, 12, side - 16);
        g.setFill(Palette.PANEL_CAPTION);
        g.setFont(Font.font(11));
        String[] lines = caption.split(" · ", 2);
        // two short lines, squeezed to the panel's width rather than running into the next panel
        g.fillText(lines[0], x, 27, side);
        if (lines.length > 1) {
            g.fillText(lines[1], x, 41, side);
        }
    }

    /** The gradient on its own symmetric range (max |∂L/∂logit|), in the heatmap's signed colour map. */
    private void paintGradient(GraphicsContext g, int i, double[] gradient, Masks m, double x, double scale) {
        Colormap signed = HeatmapPainter.colormap(false, false);
        double range = Math.max(MIN_RANGE, GradientChannel.maxAbs(gradient));
        // no masks: the contour is drawn in amber over both layers below
        gradients.get(i).paint(g, signed, gradient, m.width(), m.height(), null, range,
                ViewTransform.whole(x, TITLE, scale, m.width(), m.height()), 1);
    }

    private void paintProbability(GraphicsContext g, int i, double[] p, Masks m, double x, double scale) {
        WritableImage image = images.get(i);
        if (image == null || image.getWidth() != m.width() || image.getHeight() != m.height()) {
            image = new WritableImage(m.width(), m.height());
            images.set(i, image);
        }
        image.getPixelWriter().setPixels(0, 0, m.width(), m.height(), PixelFormat.getIntArgbInstance(),
                FrameSequence.greys(p), 0, m.width());
        g.setImageSmoothing(false);
        g.drawImage(image, x, TITLE, m.width() * scale, m.height() * scale);
    }

    private void paintFooter(GraphicsContext g, double w, double h) {
        g.setFill(Palette.PANEL_FOOTER);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        String settings = messages.get("optimise.footer", messages.get(showGradient.get()
                ? "optimise.footer.gradient" : "optimise.footer.probability"),
                messages.get("optimise.optimizer." + frame.settings().optimizer().name()),
                OptimiseControls.compact(frame.settings().learningRate()));
        if (frame.settings().smoothingSigma() > 0) {
            settings += messages.get("optimise.footer.smoothing", OptimiseControls.compact(frame.settings().smoothingSigma()));
        }
        g.fillText(settings, w - GAP, h - 8);
    }
}
