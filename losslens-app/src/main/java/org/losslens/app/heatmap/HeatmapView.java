package org.losslens.app.heatmap;

import org.losslens.imaging.colormap.Colormap;
import org.losslens.imaging.colormap.DivergingColormap;
import org.losslens.imaging.colormap.SequentialColormap;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Messages;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.losslens.app.editor.ContourPainter;
import org.losslens.app.masks.Masks;
import org.losslens.core.tensor.Tensor;

/**
 * The selected loss's ∂L/∂logit, large: diverging colours centred at 0, a colour bar with numbers,
 * the GT contour on top, an auto/locked scale toggle and a one-line legend of what the sign means.
 */
public final class HeatmapView extends BorderPane {

    private static final double BAR_WIDTH = 16;
    private static final double BAR_GAP = 64;

    private final HeatmapViewModel viewModel;
    private final Messages messages;
    private final Colormap standard = new DivergingColormap();
    private final Colormap highContrast = DivergingColormap.highContrast();
    private final Colormap magnitude = new SequentialColormap();
    private final Canvas canvas = new Canvas();
    private final Pane canvasHolder = new Pane(canvas);
    private final Label title = new Label();
    private WritableImage image;

    public HeatmapView(HeatmapViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("heatmap-view");
        ToggleButton lock = new ToggleButton();
        lock.textProperty().bind(messages.text("heatmap.lock"));
        lock.setId("heatmap-lock");
        Tooltip lockHelp = new Tooltip();
        lockHelp.textProperty().bind(messages.text("heatmap.lock.help"));
        lock.setTooltip(lockHelp);
        lock.selectedProperty().bindBidirectional(viewModel.lockedProperty());
        title.setStyle("-fx-font-weight: bold;");
        ChoiceBox<Integer> channel = channelChoice();
        HBox controls = new HBox(10, channel, lock);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, title, controls);
        header.setPadding(new Insets(4, 6, 4, 6));
        Label legend = new Label();
        legend.textProperty().bind(Bindings.createStringBinding(() -> messages.get(legendKey()),
                messages.localeProperty(), viewModel.channelProperty(), viewModel.gradientProperty()));
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
        viewModel.channelProperty().addListener(o -> redraw());
        viewModel.highContrastProperty().addListener(o -> redraw());
        viewModel.strokeScaleProperty().addListener(o -> redraw());
        messages.localeProperty().addListener(o -> redraw());
    }

    private String legendKey() {
        Tensor g = viewModel.gradientProperty().get();
        if (g == null || g.shape().channels() == 1) {
            return "heatmap.legend";
        }
        return viewModel.showsMagnitude() ? "heatmap.legend.magnitude" : "heatmap.legend.class";
    }

    /** Multiclass only: which class channel to show, or the summed magnitude. */
    private ChoiceBox<Integer> channelChoice() {
        ChoiceBox<Integer> choice = new ChoiceBox<>();
        choice.setId("heatmap-channel");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer c) {
                return c == null ? "" : c == HeatmapViewModel.SUMMED_MAGNITUDE ? messages.get("heatmap.channel.sum")
                        : messages.get("heatmap.channel.class", c);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        Runnable refill = () -> {
            Masks m = viewModel.masksProperty().get();
            int classes = m == null || !m.isMulticlass() ? 0 : m.classes();
            choice.setVisible(classes > 0);
            choice.setManaged(classes > 0);
            java.util.List<Integer> items = new java.util.ArrayList<>();
            items.add(HeatmapViewModel.SUMMED_MAGNITUDE);
            for (int c = 0; c < classes; c++) {
                items.add(c);
            }
            if (!items.equals(choice.getItems())) {
                int keep = viewModel.channelProperty().get();
                choice.getItems().setAll(items);
                choice.setValue(items.contains(keep) ? keep : HeatmapViewModel.SUMMED_MAGNITUDE);
            }
        };
        viewModel.masksProperty().addListener(o -> refill.run());
        messages.localeProperty().addListener(o -> {
            // Re-render the item texts in the new language.
            Integer keep = choice.getValue();
            java.util.List<Integer> items = java.util.List.copyOf(choice.getItems());
            choice.getItems().clear();
            choice.getItems().setAll(items);
            choice.setValue(keep);
        });
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.channelProperty().set(now);
            }
        });
        viewModel.channelProperty().addListener((obs, old, now) -> choice.setValue(now.intValue()));
        refill.run();
        return choice;
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
        title.setText(messages.get(viewModel.lockedProperty().get() ? "heatmap.title.locked" : "heatmap.title.auto",
                id == null || id.isEmpty() ? "—" : id, String.format(Locale.ROOT, "%.2g", range)));
        if (gradient == null || masks == null) {
            g.setFill(Color.GRAY);
            g.fillText(messages.get("heatmap.none"), 10, 20);
            return;
        }
        Colormap colormap = viewModel.showsMagnitude() ? magnitude
                : viewModel.highContrastProperty().get() ? highContrast : standard;
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
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(),
                viewModel.render(colormap), 0, w);
        g.setImageSmoothing(false);
        g.drawImage(image, ox, oy, w * scale, h * scale);
        if (masks.width() == w && masks.height() == h) {
            g.setStroke(Color.rgb(0, 0, 0, 0.75));
            g.setLineWidth(1.2 * viewModel.strokeScaleProperty().get());
            ContourPainter.stroke(g, masks, ox, oy, scale);
        }
        ColourBar.draw(g, colormap, ox + w * scale + 12, oy, BAR_WIDTH, h * scale, range, 4);
    }
}
