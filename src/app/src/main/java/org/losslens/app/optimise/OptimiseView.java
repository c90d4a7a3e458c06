package org.losslens.app.optimise;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.DirectoryChooser;
import org.losslens.app.editor.ContourPainter;
import org.losslens.app.export.CsvTable;
import org.losslens.app.export.ExportActions;
import org.losslens.app.export.Exportable;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.LossSpec;

/**
 * The Optimise tab: transport controls (play, pause, step, reset, speed), the descent settings, 1–4
 * loss panels showing each run's current prediction with the GT contour, and one chart of every
 * panel's loss, Dice and IoU against the shared step. File ▸ Export saves the view as PNG and the
 * curves as CSV; "Export frames…" writes a PNG sequence.
 */
public final class OptimiseView extends VBox implements Exportable {

    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7"};
    private static final double GAP = 10;
    private static final double TITLE = 50;

    private final OptimiseViewModel model;
    private final Canvas panels = new Canvas();
    private final Canvas chart = new Canvas();
    private final VBox pictures;
    private final HBox lossBoxes = new HBox(4);
    private final javafx.scene.control.CheckBox showGradient = new javafx.scene.control.CheckBox();
    private final org.losslens.imaging.colormap.DivergingColormap gradientColours =
            new org.losslens.imaging.colormap.DivergingColormap();
    private final List<WritableImage> images = new ArrayList<>();
    private final Label status = new Label();
    private final Messages messages;

    public OptimiseView(OptimiseViewModel model, ExportActions export, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("optimise");
        Button play = button("optimise.play", "optimise-play");
        Button pause = button("optimise.pause", "optimise-pause");
        Button step = button("optimise.step", "optimise-step");
        Button reset = button("optimise.reset", "optimise-reset");
        play.setOnAction(e -> model.play());
        pause.setOnAction(e -> model.pause());
        step.setOnAction(e -> model.stepOnce());
        reset.setOnAction(e -> model.reset());
        play.disableProperty().bind(model.runningProperty());
        pause.disableProperty().bind(model.runningProperty().not());
        Label counter = new Label();
        counter.setId("optimise-counter");
        counter.setMinWidth(110);
        counter.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
        counter.textProperty().bind(Bindings.createStringBinding(() -> messages.get("optimise.counter",
                String.valueOf(model.stepProperty().get()), String.valueOf(model.maxStepsProperty().get())),
                model.stepProperty(), model.maxStepsProperty(), messages.localeProperty()));

        ChoiceBox<OptimizerKind> optimizer = Localised.choice(messages, "optimise.optimizer.", OptimizerKind.values());
        optimizer.setId("optimise-optimizer");
        optimizer.valueProperty().bindBidirectional(model.optimizerProperty());
        TextField lr = new TextField();
        lr.setId("optimise-lr");
        lr.setPrefColumnCount(5);
        lr.setTooltip(Localised.tooltip(messages, "optimise.lr.help"));
        lr.setText(fmt(model.learningRateProperty().get()));
        model.learningRateProperty().addListener((obs, old, now) -> lr.setText(fmt(now.doubleValue())));
        lr.setOnAction(e -> applyLearningRate(lr));
        lr.focusedProperty().addListener((obs, old, now) -> {
            if (!now) {
                applyLearningRate(lr);
            }
        });
        Spinner<Integer> steps = new Spinner<>(1, 100_000, model.maxStepsProperty().get(), 50);
        steps.setId("optimise-max-steps");
        steps.setEditable(true);
        steps.setPrefWidth(90);
        steps.valueProperty().addListener((obs, old, now) -> model.maxStepsProperty().set(now));
        model.maxStepsProperty().addListener((obs, old, now) -> steps.getValueFactory().setValue(now.intValue()));
        steps.setTooltip(Localised.tooltip(messages, "optimise.steps.help"));
        Slider speed = slider("optimise-speed", 1, OptimiseViewModel.UNLIMITED_SPEED, model.speedProperty());
        Label speedShown = shown(Bindings.createStringBinding(() -> model.speedProperty().get()
                >= OptimiseViewModel.UNLIMITED_SPEED ? messages.get("optimise.speed.max")
                : messages.get("optimise.speed.perSecond", String.format(Locale.ROOT, "%.0f", model.speedProperty().get())),
                model.speedProperty(), messages.localeProperty()));
        Tooltip.install(speed, Localised.tooltip(messages, "optimise.speed.help"));
        Slider sigma = slider("optimise-sigma", 0, 4, model.smoothingProperty());
        Label sigmaShown = shown(Bindings.createStringBinding(() -> model.smoothingProperty().get() == 0
                ? messages.get("optimise.smoothing.off")
                : String.format(Locale.ROOT, "%.1f px", model.smoothingProperty().get()), model.smoothingProperty(),
                messages.localeProperty()));
        Tooltip smoothingTip = Localised.tooltip(messages, "optimise.smoothing.help");
        smoothingTip.setWrapText(true);
        smoothingTip.setPrefWidth(420);
        Tooltip.install(sigma, smoothingTip);
        Label sigmaName = Localised.label(messages, "optimise.smoothing");
        sigmaName.setTooltip(smoothingTip);

        Spinner<Integer> count = new Spinner<>(1, OptimiseViewModel.MAX_PANELS, model.lossesProperty().get().size());
        count.setId("optimise-panels");
        count.setPrefWidth(60);
        count.valueProperty().addListener((obs, old, now) -> model.setPanelCount(now));
        Button csv = Localised.button(messages, "optimise.exportCurves");
        csv.setId("optimise-export-csv");
        csv.setOnAction(e -> export.chooseCsv(this));
        Button frames = Localised.button(messages, "optimise.exportFrames");
        frames.setId("optimise-export-frames");
        frames.setOnAction(e -> exportFrames());

        FlowPane transport = new FlowPane(8, 4, play, pause, step, reset, counter, new Separator(),
                Localised.label(messages, "optimise.optimizer"), optimizer, new Label("η"), lr,
                Localised.label(messages, "optimise.steps"), steps,
                new HBox(4, Localised.label(messages, "optimise.speed"), speed, speedShown),
                new HBox(4, sigmaName, sigma, sigmaShown));
        transport.setAlignment(Pos.CENTER_LEFT);
        lossBoxes.setAlignment(Pos.CENTER_LEFT);
        status.setStyle("-fx-font-size: 11px; -fx-text-fill: #444;");
        showGradient.setId("optimise-show-gradient");
        showGradient.textProperty().bind(messages.text("optimise.showGradient"));
        showGradient.setTooltip(Localised.tooltip(messages, "optimise.showGradient.help"));
        showGradient.selectedProperty().addListener(o -> repaint());
        Label projected = Localised.label(messages, "optimise.multiclassDrawing");
        projected.setId("optimise-multiclass-note");
        projected.setStyle("-fx-font-size: 11px; -fx-text-fill: #8a4b00;");
        projected.visibleProperty().bind(model.multiclassDrawingProperty());
        projected.managedProperty().bind(projected.visibleProperty());
        FlowPane choice = new FlowPane(8, 4, Localised.label(messages, "optimise.panels"), count, lossBoxes, showGradient, csv, frames,
                status, projected);
        choice.setAlignment(Pos.CENTER_LEFT);
        VBox controls = new VBox(4, transport, choice);
        controls.setPadding(new Insets(4, 6, 4, 6));

        Pane panelHolder = new Pane(panels);
        panelHolder.setMinSize(200, 190);
        panels.widthProperty().bind(panelHolder.widthProperty());
        panels.heightProperty().bind(panelHolder.heightProperty());
        Pane chartHolder = new Pane(chart);
        chartHolder.setMinHeight(140);
        chartHolder.setPrefHeight(170);
        chart.widthProperty().bind(chartHolder.widthProperty());
        chart.heightProperty().bind(chartHolder.heightProperty());
        VBox.setVgrow(panelHolder, Priority.ALWAYS);
        VBox.setVgrow(chartHolder, Priority.ALWAYS);
        pictures = new VBox(panelHolder, chartHolder);
        pictures.setStyle("-fx-background-color: white;");
        VBox.setVgrow(pictures, Priority.ALWAYS);
        getChildren().addAll(controls, pictures);
        setOnContextMenuRequested(e -> export.contextMenu(this).show(this, e.getScreenX(), e.getScreenY()));

        panels.widthProperty().addListener(o -> repaint());
        panels.heightProperty().addListener(o -> repaint());
        chart.widthProperty().addListener(o -> repaint());
        chart.heightProperty().addListener(o -> repaint());
        model.frameProperty().addListener(o -> repaint());
        // The canvases draw words (captions, axis titles): a new language repaints them.
        messages.localeProperty().addListener(o -> repaint());
        model.lossesProperty().addListener(o -> rebuildLossBoxes());
        rebuildLossBoxes();
    }

    @Override
    public String exportName() {
        return "optimise";
    }

    @Override
    public Node exportNode() {
        return pictures;
    }

    @Override
    public CsvTable exportTable() {
        return model.curves();
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

    static java.awt.Color awtColour(int i) {
        return java.awt.Color.decode(COLOURS[i % COLOURS.length]);
    }

    private static Color colour(int i) {
        return Color.web(COLOURS[i % COLOURS.length]);
    }

    private void rebuildLossBoxes() {
        lossBoxes.getChildren().clear();
        List<String> ids = model.lossesProperty().get();
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            ComboBox<String> box = new ComboBox<>();
            box.setId("optimise-loss-" + i);
            box.getItems().setAll(model.candidates().stream().map(LossSpec::id).toList());
            box.setValue(ids.get(i));
            box.setVisibleRowCount(16);
            box.setStyle("-fx-border-color: " + COLOURS[i] + "; -fx-border-width: 0 0 3 0;");
            box.valueProperty().addListener((obs, old, now) -> {
                if (now != null && !now.equals(model.lossesProperty().get().get(index))) {
                    model.setLoss(index, now);
                }
            });
            lossBoxes.getChildren().add(box);
        }
    }

    private void applyLearningRate(TextField field) {
        try {
            double value = Double.parseDouble(field.getText().trim());
            if (value > 0 && Double.isFinite(value)) {
                model.learningRateProperty().set(value);
                field.setStyle("");
                return;
            }
        } catch (NumberFormatException e) {
            // shown below
        }
        field.setStyle("-fx-border-color: #d00;");
    }

    private void exportFrames() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("optimise.frames.folder"));
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir == null) {
            return;
        }
        OptimiseViewModel.Replay replay = model.replay();
        Path folder = dir.toPath();
        status.setText(messages.get("optimise.frames.writing"));
        Thread t = new Thread(() -> {
            String message;
            try {
                int n = FrameSequence.write(replay, folder, 1, 3, () -> false, messages);
                message = messages.get("optimise.frames.written", n, folder);
            } catch (Exception e) {
                message = messages.get("optimise.frames.failed", e.getMessage());
            }
            String shownMessage = message;
            Platform.runLater(() -> status.setText(shownMessage));
        }, "losslens-frame-export");
        t.setDaemon(true);
        t.start();
    }

    private void repaint() {
        Frame frame = model.frameProperty().get();
        paintPanels(frame);
        paintChart(frame);
    }

    private void paintPanels(Frame frame) {
        GraphicsContext g = panels.getGraphicsContext2D();
        double w = panels.getWidth();
        double h = panels.getHeight();
        g.setFill(Color.WHITE);
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
        }
        for (int i = 0; i < n; i++) {
            Frame.Panel panel = frame.panels().get(i);
            double x = left + i * (side + GAP);
            double y = TITLE;
            g.setFill(colour(i));
            g.fillRect(x, 6, 12, 12);
            g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 13));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(names.get(i), x + 16, 12, side - 16);
            g.setFill(Color.rgb(60, 60, 60));
            g.setFont(Font.font(11));
            String[] caption = caption(frame, panel, messages).split(" · ", 2);
            // two short lines, squeezed to the panel's width rather than running into the next panel
            g.fillText(caption[0], x, 27, side);
            if (caption.length > 1) {
                g.fillText(caption[1], x, 41, side);
            }
            WritableImage image = images.get(i);
            if (image == null || image.getWidth() != m.width() || image.getHeight() != m.height()) {
                image = new WritableImage(m.width(), m.height());
                images.set(i, image);
            }
            image.getPixelWriter().setPixels(0, 0, m.width(), m.height(), PixelFormat.getIntArgbInstance(),
                    showGradient.isSelected() && panel.gradient() != null ? gradientPixels(panel.gradient())
                            : FrameSequence.greys(panel.probability()), 0, m.width());
            g.setImageSmoothing(false);
            g.drawImage(image, x, y, m.width() * scale, m.height() * scale);
            g.setStroke(Color.rgb(255, 176, 0));
            g.setLineWidth(1.5);
            ContourPainter.stroke(g, m, x, y, scale);
        }
        g.setFill(Color.rgb(90, 90, 90));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        String settings = messages.get("optimise.footer", messages.get(showGradient.isSelected()
                ? "optimise.footer.gradient" : "optimise.footer.probability"),
                messages.get("optimise.optimizer." + frame.settings().optimizer().name()), fmt(frame.settings().learningRate()));
        if (frame.settings().smoothingSigma() > 0) {
            settings += messages.get("optimise.footer.smoothing", fmt(frame.settings().smoothingSigma()));
        }
        g.fillText(settings, w - GAP, h - 8);
    }

    private void paintChart(Frame frame) {
        GraphicsContext g = chart.getGraphicsContext2D();
        double w = chart.getWidth();
        double h = chart.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (frame == null || w < 100 || h < 60) {
            return;
        }
        int xMax = Math.max(Math.max(10, frame.step()), model.maxStepsProperty().get());
        double half = w / 2;
        // Left: each loss relative to its value at step 0, so losses of different scales share one axis.
        double lo = 0;
        double hi = 1;
        List<double[]> relative = new ArrayList<>();
        for (Frame.Panel p : frame.panels()) {
            double[] r = new double[p.loss().length];
            double first = p.loss().length == 0 ? 1 : Math.abs(p.loss()[0]);
            for (int k = 0; k < r.length; k++) {
                r[k] = first == 0 ? p.loss()[k] : p.loss()[k] / first;
                if (Double.isFinite(r[k])) {
                    lo = Math.min(lo, r[k]);
                    hi = Math.max(hi, r[k]);
                }
            }
            relative.add(r);
        }
        String stepAxis = messages.get("optimise.axis.step");
        Axes left = axes(g, 0, 0, half, h, xMax, lo, hi * 1.05, messages.get("optimise.axis.relativeLoss"), stepAxis);
        Axes right = axes(g, half, 0, half, h, xMax, 0, 1, messages.get("optimise.axis.overlap"), stepAxis);
        for (int i = 0; i < frame.panels().size(); i++) {
            Frame.Panel p = frame.panels().get(i);
            g.setStroke(colour(i));
            g.setLineWidth(2);
            g.setLineDashes();
            left.line(g, relative.get(i));
            right.line(g, p.dice());
            g.setLineDashes(6, 4);
            g.setLineWidth(1.5);
            right.line(g, p.iou());
        }
        g.setLineDashes();
    }

    /** A plot area: maps step and value to canvas coordinates. */
    private record Axes(double x0, double y0, double width, double height, double xMax, double lo, double hi) {
        double x(double step) {
            return x0 + width * step / xMax;
        }

        double y(double v) {
            return y0 + height * (1 - (v - lo) / (hi - lo));
        }

        void line(GraphicsContext g, double[] values) {
            g.beginPath();
            boolean pen = false;
            for (int k = 0; k < values.length; k++) {
                if (!Double.isFinite(values[k])) {
                    pen = false;
                    continue;
                }
                if (pen) {
                    g.lineTo(x(k), y(values[k]));
                } else {
                    g.moveTo(x(k), y(values[k]));
                    pen = true;
                }
            }
            g.stroke();
        }
    }

    private static Axes axes(GraphicsContext g, double x, double y, double w, double h, int xMax, double lo, double hi,
                             String title, String stepAxis) {
        Axes a = new Axes(x + 48, y + 22, w - 64, h - 52, xMax, lo, hi);
        g.setStroke(Color.rgb(120, 120, 120));
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRect(a.x0(), a.y0(), a.width(), a.height());
        g.setFill(Color.BLACK);
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(title, a.x0(), y + 10);
        g.setFont(Font.font(10));
        g.setStroke(Color.rgb(225, 225, 225));
        for (int t = 0; t <= 4; t++) {
            double v = lo + (hi - lo) * t / 4;
            double ty = a.y(v);
            g.strokeLine(a.x0(), ty, a.x0() + a.width(), ty);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(String.format(Locale.ROOT, "%.2f", v), a.x0() - 4, ty);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int t = 0; t <= 4; t++) {
            double s = (double) xMax * t / 4;
            g.fillText(String.format(Locale.ROOT, "%.0f", s), a.x(s), a.y0() + a.height() + 3);
        }
        g.fillText(stepAxis, a.x0() + a.width() / 2, a.y0() + a.height() + 15);
        return a;
    }

    /** A button worded by {@code key}, with its tooltip {@code key + ".help"}. */
    private Button button(String key, String id) {
        Button b = Localised.button(messages, key);
        b.setId(id);
        return b;
    }

    private static Slider slider(String id, double min, double max, javafx.beans.property.DoubleProperty value) {
        Slider s = new Slider(min, max, value.get());
        s.setId(id);
        s.setPrefWidth(100);
        s.valueProperty().bindBidirectional(value);
        return s;
    }

    private static Label shown(javafx.beans.binding.StringBinding text) {
        Label l = new Label();
        l.setMinWidth(44);
        l.textProperty().bind(text);
        return l;
    }

    /** The gradient in diverging colours on its own symmetric range (max |∂L/∂logit|). */
    private int[] gradientPixels(double[] gradient) {
        double range = 0;
        for (double v : gradient) {
            range = Math.max(range, Math.abs(v));
        }
        int[] argb = new int[gradient.length];
        for (int k = 0; k < argb.length; k++) {
            argb[k] = gradientColours.argb(gradient[k], range > 0 ? range : Double.MIN_NORMAL);
        }
        return argb;
    }

    private static String fmt(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }
}
