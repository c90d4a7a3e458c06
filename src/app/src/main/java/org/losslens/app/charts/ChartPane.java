package org.losslens.app.charts;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.losslens.app.export.CsvTable;
import org.losslens.app.export.ExportActions;
import org.losslens.app.export.Exportable;
import org.losslens.app.i18n.Messages;

/**
 * The frame of a chart tab: its controls on top, its plots stacked (they share the x axis), the sweep's
 * progress and Cancel below. Exports all its plots at once; each plot also exports itself from its
 * context menu.
 */
public final class ChartPane extends BorderPane implements Exportable {

    private final String exportName;
    private final List<PlotView> plots;
    private final VBox stack = new VBox(4);

    /**
     * @param exportName      file-name stem and id prefix: the plots are "NAME-values" and "NAME-gradients"
     * @param initiallyHidden colour keys whose lines start hidden
     */
    public ChartPane(String exportName, Node controls, SweptPlots<?> swept, Set<String> initiallyHidden,
                     ExportActions export, Messages messages) {
        this.exportName = exportName;
        this.plots = List.of(new PlotView(exportName + "-values", swept.valuesProperty(), initiallyHidden, messages),
                new PlotView(exportName + "-gradients", swept.gradientsProperty(), initiallyHidden, messages));
        setId(exportName + "-pane");
        for (PlotView plot : this.plots) {
            VBox.setVgrow(plot, Priority.ALWAYS);
            plot.setOnContextMenuRequested(e -> export.contextMenu(plot).show(plot, e.getScreenX(), e.getScreenY()));
        }
        stack.getChildren().addAll(this.plots);
        stack.getStyleClass().add("white-surface");
        BorderPane.setMargin(controls, new Insets(4, 6, 2, 6));
        setTop(controls);
        setCenter(stack);
        setBottom(new SweepStatusView(exportName, swept.service(), messages));
    }

    public List<PlotView> plots() {
        return plots;
    }

    @Override
    public String exportName() {
        return exportName;
    }

    @Override
    public Node exportNode() {
        return stack;
    }

    @Override
    public CsvTable exportTable() {
        List<org.losslens.app.charts.Plot> shown = plots.stream().map(PlotView::plot).filter(Objects::nonNull).toList();
        return Plot.csv(shown);
    }
}
