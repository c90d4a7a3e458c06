package org.losslens.app.heatmap;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.losslens.app.masks.Masks;
import org.losslens.core.tensor.Tensor;

/**
 * The selected loss's ∂L/∂logit, large: diverging colours centred at 0, a colour bar with numbers,
 * the GT contour on top, an auto/locked scale toggle and a one-line legend of what the sign means.
 */
public final class HeatmapView extends BorderPane {

    static final String LEGEND = "Negative ∂L/∂logit (blue): gradient descent raises this logit, pushing the pixel "
            + "toward foreground. Positive (red): toward background.";
    private static final double BAR_WIDTH = 16;
    private static final double BAR_GAP = 64;

    private final HeatmapViewModel viewModel;
    private final HeatmapPainter painter = new HeatmapPainter();
    private final Canvas canvas = new Canvas();
    private final Pane canvasHolder = new Pane(canvas);
    private final Label title = new Label();

    public HeatmapView(HeatmapViewModel viewModel) {
        this.viewModel = viewModel;
        setId("heatmap-view");
        ToggleButton lock = new ToggleButton("Lock scale");
        lock.setId("heatmap-lock");
        lock.setTooltip(new Tooltip("Auto: the scale follows each gradient's largest |value|. "
                + "Locked: it stays, so colours stay comparable while you move a slider."));
        lock.selectedProperty().bindBidirectional(viewModel.lockedProperty());
        title.setStyle("-fx-font-weight: bold;");
        HBox header = new HBox(10, title, lock);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 6, 4, 6));
        Label legend = new Label(LEGEND);
        legend.setWrapText(true);
        legend.setPadding(new Insets(2, 6, 4, 6));
        legend.setStyle("-fx-font-size: 11px;");
        setTop(header);
        setCenter(canvasHolder);
        setBottom(legend);
        canvasHolder.setMinSize(150, 150);
        canvasHolder.widthProperty().addListener(o -> redraw());
        canvasHolder.heightProperty().addListener(o -> redraw());
        viewModel.gradientProperty().addListener(o -> redraw());
        viewModel.rangeProperty().addListener(o -> redraw());
        viewModel.lossIdProperty().addListener(o -> redraw());
    }

    private void redraw() {
        canvas.setWidth(canvasHolder.getWidth());
        canvas.setHeight(canvasHolder.getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#f4f4f4"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Tensor gradient = viewModel.gradientProperty().get();
        Masks masks = viewModel.masksProperty().get();
        String id = viewModel.lossIdProperty().get();
        double range = viewModel.rangeProperty().get();
        title.setText("Gradient ∂L/∂logit · " + (id == null || id.isEmpty() ? "—" : id) + "   scale ±"
                + String.format(Locale.ROOT, "%.2g", range) + (viewModel.lockedProperty().get() ? " (locked)" : " (auto)"));
        if (gradient == null || masks == null) {
            g.setFill(Color.GRAY);
            g.fillText("No gradient for this loss (see its row in the table).", 10, 20);
            return;
        }
        int w = gradient.shape().width();
        int h = gradient.shape().height();
        // Room on the right for the colour bar and its numbers, above and below for the end labels.
        double side = Math.min(canvas.getWidth() - BAR_GAP - BAR_WIDTH - 8, canvas.getHeight() - 24);
        if (side <= 10) {
            return;
        }
        double scale = side / Math.max(w, h);
        double ox = 4;
        double oy = (canvas.getHeight() - h * scale) / 2;
        painter.paint(g, gradient, masks, range, ox, oy, scale);
        painter.colourBar(g, ox + w * scale + 12, oy, BAR_WIDTH, h * scale, range, 4);
    }

}
