package org.losslens.app.heatmap;

import org.losslens.imaging.colormap.Colormap;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.beans.binding.Bindings;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.losslens.app.i18n.Localised;
import org.losslens.app.viewport.ViewTransform;
import org.losslens.app.viewport.ViewportViewModel;
import org.losslens.app.viewport.ViewportGestures;
import org.losslens.app.layout.LayoutBoundary;
import org.losslens.app.masks.Masks;
import org.losslens.app.performance.FrameTrace;
import org.losslens.core.tensor.Tensor;
import org.losslens.app.theme.Palette;

/**
 * The selected loss's ∂L/∂logit, large: diverging colours centred at 0, a colour bar with numbers,
 * the GT contour on top, an auto/locked scale toggle and a one-line legend of what the sign means.
 * Shows the region of the shared {@link ViewportViewModel} (zoom and pan here move the editor and the grid too).
 */
public final class HeatmapView extends BorderPane {

    private static final double BAR_WIDTH = 16;
    /** Between the image and the colour bar, and left of the image. */
    private static final double BAR_LEFT_GAP = 12;
    private static final double IMAGE_LEFT = 4;

    private final HeatmapViewModel viewModel;
    private final ViewportViewModel viewport;
    private final Messages messages;
    private final Canvas canvas = new Canvas();
    /** Paints at most once per pulse, in its layout pass, however many inputs changed since the last. */
    private final Pane canvasHolder = new Pane(canvas) {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (dirty) {
                dirty = false;
                long start = System.nanoTime();
                redraw();
                FrameTrace.since("4 paint: heatmap", start);
            }
        }
    };
    private boolean dirty = true;
    private final Label title = new Label();
    private final HeatmapPainter painter = new HeatmapPainter();

    public HeatmapView(HeatmapViewModel viewModel, ViewportViewModel viewport, Messages messages) {
        this.viewModel = viewModel;
        this.viewport = viewport;
        this.messages = messages;
        setId("heatmap-view");
        ToggleButton lock = new ToggleButton();
        lock.textProperty().bind(messages.text("heatmap.lock"));
        lock.setId("heatmap-lock");
        Tooltip lockHelp = new Tooltip();
        lockHelp.textProperty().bind(messages.text("heatmap.lock.help"));
        lock.setTooltip(lockHelp);
        lock.selectedProperty().bindBidirectional(viewModel.lockedProperty());
        title.getStyleClass().add("section-title");
        // a constant preferred width: a new range in the title then repaints it without a window layout
        title.setPrefWidth(360);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        // a narrow view (presentation mode's focus) gets the scale on a second line, not "…"
        title.setWrapText(true);
        ChannelChoice channel = new ChannelChoice("heatmap-channel", viewModel.channelProperty(),
                viewModel.masksProperty(), messages, true);
        Button fit = new Button();
        fit.setId("heatmap-fit");
        fit.textProperty().bind(messages.text("tools.fitView"));
        fit.setTooltip(Localised.tooltip(messages, "viewport.help"));
        fit.setOnAction(e -> viewport.fit());
        fit.disableProperty().bind(Bindings.createBooleanBinding(viewport::isFitted, viewport.viewProperty()));
        fit.setMinWidth(Region.USE_PREF_SIZE);
        Label zoom = new Label();
        zoom.setId("heatmap-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> messages.get("viewport.zoom",
                zoomText(viewport.zoom())), messages.localeProperty(), viewport.viewProperty()));
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        lock.setMinWidth(Region.USE_PREF_SIZE);
        // wraps onto a second row when the view is narrow (presentation mode's focus beside every panel)
        // rather than cutting the buttons' words
        FlowPane controls = new FlowPane(10, 4, channel, lock, fit, zoom);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, new LayoutBoundary(title), controls);
        header.setPadding(new Insets(4, 6, 4, 6));
        Label legend = new Label();
        legend.textProperty().bind(Bindings.createStringBinding(() -> messages.get(legendKey()),
                messages.localeProperty(), viewModel.channelProperty(), viewModel.gradientProperty()));
        legend.setWrapText(true);
        legend.setPadding(new Insets(2, 6, 4, 6));
        legend.getStyleClass().add("hint");
        setTop(header);
        setCenter(canvasHolder);
        setBottom(legend);
        canvasHolder.setMinSize(150, 150);
        // One show() changes the loss, the masks, the gradient and the range: each only marks the view,
        // and the next pulse paints once.
        canvasHolder.widthProperty().addListener(o -> invalidate());
        canvasHolder.heightProperty().addListener(o -> invalidate());
        viewModel.gradientProperty().addListener(o -> invalidate());
        viewModel.rangeProperty().addListener(o -> invalidate());
        viewModel.lossIdProperty().addListener(o -> invalidate());
        viewModel.channelProperty().addListener(o -> invalidate());
        viewModel.highContrastProperty().addListener(o -> invalidate());
        viewModel.strokeScaleProperty().addListener(o -> invalidate());
        messages.localeProperty().addListener(o -> invalidate());
        viewport.viewProperty().addListener(o -> invalidate());
        Tooltip.install(canvas, Localised.tooltip(messages, "viewport.help"));
        // no context menu here: every button may pan
        ViewportGestures.attach(canvasHolder, viewport, (x, y) -> imageArea(), e -> true);
    }

    /** "2.4" or "12": the zoom over fit, as the header shows it. */
    static String zoomText(double zoom) {
        return String.format(Locale.ROOT, zoom < 10 ? "%.1f" : "%.0f", zoom);
    }

    /** Where the shared viewport puts the image in this view's canvas now (null while too small). */
    public ViewTransform transform() {
        return imageArea();
    }

    /** The canvas the heatmap is painted on (tests read its pixels). */
    public Canvas canvas() {
        return canvas;
    }

    /**
     * Where the heatmap goes: a square left of the colour bar, with room above and below for the bar's
     * end labels; null while the canvas is too small to draw.
     */
    private ViewTransform imageArea() {
        double bar = BAR_LEFT_GAP + ColourBar.widthWithLabels(canvas.getGraphicsContext2D(), BAR_WIDTH);
        double side = Math.min(canvasHolder.getWidth() - IMAGE_LEFT - bar, canvasHolder.getHeight() - 24);
        if (side <= 10) {
            return null;
        }
        return viewport.transform(IMAGE_LEFT, (canvasHolder.getHeight() - side) / 2, side, side, 1);
    }

    private void invalidate() {
        if (!dirty) {
            dirty = true;
            canvasHolder.requestLayout();
        }
    }

    private String legendKey() {
        Tensor g = viewModel.gradientProperty().get();
        if (g == null || g.shape().channels() == 1) {
            return "heatmap.legend";
        }
        return viewModel.showsMagnitude() ? "heatmap.legend.magnitude" : "heatmap.legend.class";
    }

    private void redraw() {
        canvas.setWidth(canvasHolder.getWidth());
        canvas.setHeight(canvasHolder.getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Palette.HEATMAP_BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Tensor gradient = viewModel.gradientProperty().get();
        Masks masks = viewModel.masksProperty().get();
        String id = viewModel.lossIdProperty().get();
        double range = viewModel.rangeProperty().get();
        String heading = messages.get(viewModel.lockedProperty().get() ? "heatmap.title.locked" : "heatmap.title.auto",
                id == null || id.isEmpty() ? "—" : id, ColourBar.scaleText(viewModel.showsMagnitude(), range));
        if (!heading.equals(title.getText())) {
            title.setText(heading);
        }
        if (gradient == null || masks == null) {
            g.setFill(Palette.CANVAS_NOTE);
            g.fillText(messages.get("heatmap.none"), 10, 20);
            return;
        }
        Colormap colormap = HeatmapPainter.colormap(viewModel.showsMagnitude(), viewModel.highContrastProperty().get());
        int w = gradient.shape().width();
        int h = gradient.shape().height();
        ViewTransform area = imageArea();
        // the viewport follows the drawing; a gradient of another size is still on its way
        if (area == null || w != viewport.imageWidth() || h != viewport.imageHeight()) {
            return;
        }
        painter.paint(g, colormap, viewModel.displayed(), w, h, masks, range, area,
                1.2 * viewModel.strokeScaleProperty().get());
        ColourBar.draw(g, colormap, area.areaX() + area.areaWidth() + BAR_LEFT_GAP, area.areaY(), BAR_WIDTH, area.areaHeight(),
                range, 4);
    }
}
