package org.losslens.app.pin;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.text.TextAlignment;
import org.losslens.app.heatmap.ColourBar;
import org.losslens.app.heatmap.GradientChannel;
import org.losslens.app.heatmap.HeatmapPainter;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.theme.Palette;
import org.losslens.app.viewport.ViewTransform;
import org.losslens.app.viewport.ViewportViewModel;
import org.losslens.app.viewport.ViewportGestures;
import org.losslens.core.tensor.Tensor;
import org.losslens.imaging.colormap.Colormap;

/**
 * The gradient tab with a pin: a bar (pin, unpin, "A | B | B − A") above either the heatmap on its
 * own or three panels side by side — A (the pinned state's gradient), B (now) on one shared scale,
 * so their colours compare, and B − A on its own symmetric scale (white: unchanged). The panels show
 * the shared {@link ViewportViewModel}'s region, like the editor.
 */
public final class PinComparisonView extends BorderPane {

    private static final double BAR_WIDTH = 12;
    private static final double CAPTION = 18;

    private final PinViewModel pin;
    private final HeatmapViewModel heatmap;
    private final ViewportViewModel viewport;
    private final Messages messages;
    private final Node single;
    private final Canvas canvas = new Canvas();
    private final Pane holder = new Pane(canvas) {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (dirty) {
                dirty = false;
                redraw();
            }
        }
    };
    private final HeatmapPainter[] painters = {new HeatmapPainter(), new HeatmapPainter(), new HeatmapPainter()};
    private boolean dirty = true;

    /** @param single the gradient view shown when not comparing */
    public PinComparisonView(Node single, PinViewModel pin, HeatmapViewModel heatmap, ViewportViewModel viewport,
                             Messages messages) {
        this.single = single;
        this.viewport = viewport;
        this.pin = pin;
        this.heatmap = heatmap;
        this.messages = messages;
        setId("pin-comparison");
        Button pinButton = Localised.button(messages, "pin.pin");
        pinButton.setId("pin-button");
        pinButton.setOnAction(e -> pin.pin());
        Button unpin = Localised.button(messages, "pin.unpin");
        unpin.setId("unpin-button");
        unpin.setOnAction(e -> pin.clear());
        unpin.disableProperty().bind(pin.pinnedProperty().isNull());
        ToggleButton compare = new ToggleButton();
        compare.setId("pin-compare");
        compare.textProperty().bind(messages.text("pin.compare"));
        compare.setTooltip(Localised.tooltip(messages, "pin.compare.help"));
        compare.selectedProperty().bindBidirectional(pin.compareProperty());
        compare.disableProperty().bind(pin.pinnedProperty().isNull());
        Label state = new Label();
        state.setId("pin-state");
        state.getStyleClass().add("hint");
        state.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get(
                pin.isPinned() ? "pin.state.pinned" : "pin.state.none"), pin.pinnedProperty(), messages.localeProperty()));
        // the buttons keep their words; the state beside them wraps instead (presentation mode's larger text)
        for (javafx.scene.layout.Region button : new javafx.scene.layout.Region[] {pinButton, unpin, compare}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        state.setMinWidth(0);
        HBox.setHgrow(state, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(8, pinButton, unpin, compare, state);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 0, 6));
        setTop(bar);
        holder.setId("pin-triptych");
        holder.setMinSize(150, 150);
        showChoice();
        pin.compareProperty().addListener(o -> showChoice());
        pin.pinnedProperty().addListener(o -> showChoice());
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {holder.widthProperty(), holder.heightProperty(),
            heatmap.gradientProperty(), heatmap.channelProperty(), heatmap.highContrastProperty(),
            pin.pinnedGradientProperty(), pin.pinnedProperty(), messages.localeProperty(), viewport.viewProperty()}) {
            o.addListener(x -> invalidate());
        }
        ViewportGestures.attach(holder, viewport, (x, y) -> panel((int) Math.floor(x / (holder.getWidth() / 3))),
                e -> true);
    }

    /** Where the shared viewport puts the image in panel k (0: A, 1: B, 2: B − A); null if too small. */
    private ViewTransform panel(int k) {
        double cell = holder.getWidth() / 3;
        double side = Math.min(cell - BAR_WIDTH - 52, holder.getHeight() - 2 * CAPTION - 8);
        if (side <= 10 || k < 0 || k > 2) {
            return null;
        }
        return viewport.transform(k * cell + 4, CAPTION + 4, side, side, 1);
    }

    /** True while the three panels are on screen. */
    public boolean comparing() {
        return getCenter() == holder;
    }

    private void showChoice() {
        Node wanted = pin.compareProperty().get() && pin.isPinned() ? holder : single;
        if (getCenter() != wanted) {
            setCenter(wanted);
        }
        invalidate();
    }

    private void invalidate() {
        if (!dirty) {
            dirty = true;
            holder.requestLayout();
        }
    }

    private void redraw() {
        canvas.setWidth(holder.getWidth());
        canvas.setHeight(holder.getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Palette.HEATMAP_BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Tensor a = pin.pinnedGradientProperty().get();
        Tensor b = heatmap.gradientProperty().get();
        Masks masksB = heatmap.masksProperty().get();
        Masks masksA = pin.pinnedProperty().get() == null ? null : pin.pinnedProperty().get().request().masks();
        g.setFill(Palette.CANVAS_NOTE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        if (a == null || b == null) {
            g.fillText(messages.get("pin.computing"), 10, 10);
            return;
        }
        if (a.shape().width() != b.shape().width() || a.shape().height() != b.shape().height()
                || a.shape().channels() != b.shape().channels()) {
            g.fillText(messages.get("pin.otherSize"), 10, 10);
            return;
        }
        int channel = heatmap.channelProperty().get();
        double[] va = GradientChannel.values(a, channel);
        double[] vb = GradientChannel.values(b, channel);
        double[] diff = PinDifference.of(va, vb);
        // A and B on one scale, so a colour means the same number in both; B − A on its own.
        double shared = Math.max(PinDifference.MIN_RANGE, Math.max(GradientChannel.maxAbs(va), GradientChannel.maxAbs(vb)));
        double diffRange = Math.max(PinDifference.MIN_RANGE, GradientChannel.maxAbs(diff));
        boolean magnitude = GradientChannel.isMagnitude(b, channel);
        boolean contrast = heatmap.highContrastProperty().get();
        Colormap ab = HeatmapPainter.colormap(magnitude, contrast);
        Colormap signed = HeatmapPainter.colormap(false, contrast);
        int w = b.shape().width();
        int h = b.shape().height();
        // the viewport follows the drawing; a gradient of another size is still on its way
        if (panel(0) == null || w != viewport.imageWidth() || h != viewport.imageHeight()) {
            return;
        }
        String id = heatmap.lossIdProperty().get();
        String[] captions = {messages.get("pin.panel.a", id), messages.get("pin.panel.b", id), messages.get("pin.panel.diff")};
        double[][] values = {va, vb, diff};
        Masks[] masks = {masksA, masksB, masksB};
        double[] ranges = {shared, shared, diffRange};
        Colormap[] maps = {ab, ab, signed};
        ViewTransform area = panel(0);
        for (int k = 0; k < 3; k++) {
            area = panel(k);
            g.setFill(Palette.PANEL_CAPTION);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(captions[k], area.areaX(), 2);
            painters[k].paint(g, maps[k], values[k], w, h, masks[k], ranges[k], area,
                    1.2 * heatmap.strokeScaleProperty().get());
            ColourBar.draw(g, maps[k], area.areaX() + area.areaWidth() + 6, area.areaY(), BAR_WIDTH,
                    area.areaHeight(), ranges[k], 4);
        }
        g.setFill(Palette.PANEL_FOOTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(messages.get("pin.footer", String.format(Locale.ROOT, "%.3g", GradientChannel.maxAbs(diff))),
                4, area.areaY() + area.areaHeight() + 6);
    }
}
