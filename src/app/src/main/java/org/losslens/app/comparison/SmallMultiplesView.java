package org.losslens.app.comparison;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.losslens.app.compute.RefreshWhenShown;
import org.losslens.app.export.CsvTable;
import org.losslens.app.export.ExportActions;
import org.losslens.app.export.Exportable;
import org.losslens.app.heatmap.ChannelChoice;
import org.losslens.app.heatmap.ColourBar;
import org.losslens.app.heatmap.HeatmapPainter;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.performance.FrameTrace;
import org.losslens.imaging.colormap.Colormap;
import org.losslens.app.theme.Palette;
import org.losslens.app.viewport.ViewTransform;
import org.losslens.app.viewport.ViewportViewModel;
import org.losslens.app.viewport.ViewportGestures;

/**
 * The heatmap grid: one panel per compared loss, each with its colour bar; hovering any panel draws
 * the same crosshair on all and lists every loss's gradient at that pixel in one readout. Every panel
 * shows the region of the shared {@link ViewportViewModel}: wheel and drag on any panel zoom and pan the editor,
 * the large heatmap and all panels together.
 */
public final class SmallMultiplesView extends BorderPane implements Exportable {

    private static final double BAR_WIDTH = 8;
    private static final double BAR_ROOM = 86;
    private static final double TITLE_ROOM = 20;
    private static final double GAP = 8;

    /** Shown without a tab; the app binds it to the grid's tab. */
    private final RefreshWhenShown refresh = new RefreshWhenShown(this::update, true);
    private final SmallMultiplesViewModel model;
    private final ViewportViewModel viewport;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final Pane holder = new Pane(grid);
    private final List<Cell> cells = new ArrayList<>();
    /** The panel count and holder size the grid's nodes were last arranged for. */
    private String arrangedFor = "";

    /** One panel's title and canvas, with the painter that keeps its image buffer. */
    private record Cell(Label title, Canvas canvas, HeatmapPainter painter) {
    }

    public SmallMultiplesView(SmallMultiplesViewModel model, ViewportViewModel viewport, LossSelection selection,
                              ExportActions export, Messages messages) {
        this.model = model;
        this.viewport = viewport;
        this.messages = messages;
        setId("small-multiples");
        ToggleButton shared = new ToggleButton();
        shared.textProperty().bind(messages.text("comparison.sharedScale"));
        shared.setId("small-multiples-shared");
        shared.selectedProperty().bindBidirectional(model.sharedScaleProperty());
        shared.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        shared.setTooltip(Localised.tooltip(messages, "comparison.sharedScale.help"));
        // The legend has a line of its own under the controls, as wide as the tab. Beside them, in a
        // row of controls that are never squeezed, it was the only thing left to shrink: with the
        // multiclass channel choice and the longer multiclass legend it was wrapped into a column one
        // letter wide and a thousand pixels tall, and the panels lay below it, out of the tab's view.
        Label legend = new Label();
        legend.setId("small-multiples-legend");
        legend.textProperty().bind(model.legendProperty());
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        legend.setPadding(new Insets(0, 6, 2, 6));
        // the same channel as the large heatmap's choice: both show the same view of a multiclass gradient
        ChannelChoice channel = new ChannelChoice("small-multiples-channel", model.channelProperty(),
                model.masksProperty(), messages, false);
        // a narrow tab moves the channel choice to a second line instead of pushing it out of the tab
        FlowPane controls = new FlowPane(10, 4, shared,
                new LossSelectionView("small-multiples-losses", selection, messages), channel);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 4, 6));
        Label readout = new Label();
        readout.setId("small-multiples-readout");
        readout.textProperty().bind(model.readoutProperty());
        readout.getStyleClass().add("grid-readout");
        readout.setWrapText(true);
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        grid.setPadding(new Insets(GAP));
        grid.getStyleClass().add("white-surface");
        holder.setMinSize(200, 150);
        holder.setOnContextMenuRequested(e -> export.contextMenu(this).show(holder, e.getScreenX(), e.getScreenY()));
        setTop(new VBox(controls, legend));
        setCenter(holder);
        setBottom(readout);
        holder.widthProperty().addListener(o -> layoutPanels());
        holder.heightProperty().addListener(o -> layoutPanels());
        // Hidden, new panels only mark the grid stale: painting four heatmaps per brush event for a
        // tab nobody sees cost the live loop frames.
        model.panelsProperty().addListener(o -> refresh.invalidate());
        model.hoveredProperty().addListener(o -> repaint());
        viewport.viewProperty().addListener(o -> refresh.invalidate());
    }

    /** Panel titles in grid order (for tests). */
    public List<String> titles() {
        return cells.stream().map(c -> c.title().getText()).toList();
    }

    @Override
    public String exportName() {
        return "gradient-grid";
    }

    @Override
    public Node exportNode() {
        return grid;
    }

    /** Bound to "the grid's tab is selected" (true when the grid is shown on its own). */
    public BooleanProperty shownProperty() {
        return refresh.visibleProperty();
    }

    @Override
    public CsvTable exportTable() {
        return model.table();
    }

    /**
     * New panels: repaint in place while their count and the space are the same (the live loop's case:
     * no node is added or removed per evaluation), else arrange the grid anew.
     */
    private void update() {
        String key = model.panelsProperty().get().size() + "@" + holder.getWidth() + "x" + holder.getHeight();
        if (key.equals(arrangedFor) && cells.size() == model.panelsProperty().get().size()) {
            repaint();
        } else {
            layoutPanels();
        }
    }

    /** Chooses columns so the panels are as large as the space allows, then rebuilds the grid. */
    private void layoutPanels() {
        arrangedFor = model.panelsProperty().get().size() + "@" + holder.getWidth() + "x" + holder.getHeight();
        List<SmallMultiplesViewModel.Panel> panels = model.panelsProperty().get();
        Masks masks = model.masksProperty().get();
        int n = panels.size();
        if (n == 0 || masks == null || holder.getWidth() <= 0) {
            grid.getChildren().clear();
            cells.clear();
            return;
        }
        double best = 0;
        int bestColumns = 1;
        for (int columns = 1; columns <= n; columns++) {
            int rows = (n + columns - 1) / columns;
            double side = Math.min((holder.getWidth() - GAP) / columns - GAP - BAR_ROOM,
                    (holder.getHeight() - GAP) / rows - GAP - TITLE_ROOM);
            if (side > best) {
                best = side;
                bestColumns = columns;
            }
        }
        double side = Math.max(40, best);
        if (cells.size() != n) {
            grid.getChildren().clear();
            cells.clear();
            for (int i = 0; i < n; i++) {
                Cell cell = new Cell(new Label(), new Canvas(), new HeatmapPainter());
                cell.title().getStyleClass().add("panel-title");
                cell.canvas().setOnMouseMoved(e -> hover(cell, e.getX(), e.getY()));
                cell.canvas().setOnMouseExited(e -> model.clearHover());
                Tooltip.install(cell.canvas(), Localised.tooltip(messages, "viewport.help"));
                // the secondary button opens the export menu: the others pan
                ViewportGestures.attach(cell.canvas(), viewport, (x, y) -> x < imageSide(cell) ? area(cell) : null,
                        e -> e.getButton() != MouseButton.SECONDARY);
                cells.add(cell);
            }
        }
        grid.getChildren().clear();
        for (int i = 0; i < n; i++) {
            Cell cell = cells.get(i);
            cell.canvas().setWidth(side + BAR_ROOM);
            cell.canvas().setHeight(side);
            grid.add(new VBox(2, cell.title(), cell.canvas()), i % bestColumns, i / bestColumns);
        }
        repaint();
    }

    /** Screen point of the centre of image pixel (x, y) in panel {@code panel}; tests aim with it. */
    public Point2D pixelCentre(int panel, int x, int y) {
        Cell cell = cells.get(panel);
        ViewTransform t = area(cell);
        return cell.canvas().localToScreen(t.toScreenX(x + 0.5), t.toScreenY(y + 0.5));
    }

    /** A panel's heatmap is the square left of its colour bar. */
    private static double imageSide(Cell cell) {
        return cell.canvas().getHeight();
    }

    /** Where the shared viewport puts the image in this panel. */
    private ViewTransform area(Cell cell) {
        return viewport.transform(0, 0, imageSide(cell), imageSide(cell), 1);
    }

    private void hover(Cell cell, double x, double y) {
        if (model.masksProperty().get() == null || x >= imageSide(cell)) {
            model.clearHover();
            return;
        }
        ViewTransform t = area(cell);
        model.hover(t.columnAt(x), t.rowAt(y));
    }

    private void repaint() {
        long start = System.nanoTime();
        paintPanels();
        FrameTrace.since("4 paint: heatmap grid", start);
    }

    private void paintPanels() {
        List<SmallMultiplesViewModel.Panel> panels = model.panelsProperty().get();
        Masks masks = model.masksProperty().get();
        if (masks == null || panels.size() != cells.size()) {
            return;
        }
        SmallMultiplesViewModel.Pixel hovered = model.hoveredProperty().get();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            SmallMultiplesViewModel.Panel panel = panels.get(i);
            String title = panel.spec().id()
                    + "   " + ColourBar.scaleText(panel.magnitude(), panel.range());
            if (!title.equals(cell.title().getText())) {
                cell.title().setText(title);
            }
            GraphicsContext g = cell.canvas().getGraphicsContext2D();
            g.setFill(Palette.PANEL_BACKGROUND);
            g.fillRect(0, 0, cell.canvas().getWidth(), cell.canvas().getHeight());
            ViewTransform area = area(cell);
            if (panel.gradient() == null) {
                g.setFill(Palette.CANVAS_NOTE);
                g.fillText(panel.problem() == null ? messages.get("comparison.noGradient") : panel.problem(), 4, 14);
                continue;
            }
            Colormap colormap = HeatmapPainter.colormap(panel.magnitude(), false);
            // the viewport follows the drawing; panels of another size are still on their way
            if (masks.width() != viewport.imageWidth() || masks.height() != viewport.imageHeight()) {
                continue;
            }
            cell.painter().paint(g, colormap, panel.values(), masks.width(), masks.height(), masks, panel.range(),
                    area, 1.2);
            ColourBar.draw(g, colormap, area.areaWidth() + 6, 6, BAR_WIDTH, area.areaHeight() - 12,
                    panel.range(), 2);
            if (hovered != null) {
                drawCrosshair(g, hovered, area);
            }
        }
    }

    private static void drawCrosshair(GraphicsContext g, SmallMultiplesViewModel.Pixel p, ViewTransform t) {
        double cx = t.toScreenX(p.x() + 0.5);
        double cy = t.toScreenY(p.y() + 0.5);
        double left = Math.max(t.areaX(), t.toScreenX(0));
        double right = Math.min(t.areaX() + t.areaWidth(), t.toScreenX(t.imageWidth()));
        double top = Math.max(t.areaY(), t.toScreenY(0));
        double bottom = Math.min(t.areaY() + t.areaHeight(), t.toScreenY(t.imageHeight()));
        g.save();
        g.beginPath();
        g.rect(t.areaX(), t.areaY(), t.areaWidth(), t.areaHeight());
        g.clip();
        g.setStroke(Palette.CROSSHAIR);
        g.setLineWidth(1);
        g.strokeLine(cx, top, cx, bottom);
        g.strokeLine(left, cy, right, cy);
        g.setStroke(Palette.CROSSHAIR_PIXEL);
        g.strokeRect(t.toScreenX(p.x()), t.toScreenY(p.y()), Math.max(2, t.scale()), Math.max(2, t.scale()));
        g.restore();
    }
}
