package org.losslens.app.mainwindow;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.losslens.app.Workbench;
import org.losslens.app.editor.EditorCanvas;
import org.losslens.app.editor.ToolsPane;
import org.losslens.app.files.FileActions;
import org.losslens.app.generator.GeneratorPane;
import org.losslens.app.export.ExportActions;
import org.losslens.app.losses.LossTableView;
import org.losslens.app.metrics.MetricsView;
import org.losslens.app.parameters.ParametersPane;

/**
 * The main window's layout, as in DESIGN.md: tools | editor | tabs (gradient, heatmap grid, charts) on top; losses, metrics and
 * parameters, and the generator below; a status bar. It only arranges views; each view observes its
 * own model.
 */
public final class MainWindow extends BorderPane {

    private final EditorCanvas editor;
    private final StatusBar status = new StatusBar();
    private final Label overlay = new Label();
    private final Label readout = new Label();
    private final ViewTabs views;

    public MainWindow(Workbench workbench, FileActions files, ExportActions export) {
        setId("main-window");
        editor = new EditorCanvas(workbench.editor(), workbench.heatmap(), workbench::markInput);
        overlay.setId("performance-overlay");
        overlay.setStyle("-fx-background-color: rgba(0,0,0,0.6); -fx-text-fill: #e0ffe0; -fx-padding: 3 6;"
                + " -fx-font-family: monospace; -fx-font-size: 11px;");
        overlay.setVisible(false);
        overlay.setMouseTransparent(true);
        StackPane.setAlignment(overlay, Pos.TOP_RIGHT);
        StackPane.setMargin(overlay, new Insets(6));
        StackPane editorStack = new StackPane(editor, overlay);

        readout.setId("pixel-readout");
        readout.textProperty().bind(editor.readoutProperty());
        readout.setStyle("-fx-font-family: monospace; -fx-padding: 2 6;");
        readout.setMinHeight(20);
        BorderPane editorPane = new BorderPane(editorStack);
        Label editorTitle = new Label("Editor · amber = ground truth, grey = predicted probability p (white = 1)");
        editorTitle.setStyle("-fx-font-weight: bold; -fx-padding: 4 6;");
        editorPane.setTop(editorTitle);
        editorPane.setBottom(readout);

        views = new ViewTabs(workbench, export);
        SplitPane top = new SplitPane(editorPane, views);
        top.setDividerPositions(0.44);

        LossTableView table = new LossTableView(workbench.losses());
        VBox middle = new VBox(new MetricsView(workbench.latestProperty()), new ParametersPane(workbench.parameters()));
        SplitPane bottom = new SplitPane(table, scroll(middle), scroll(new GeneratorPane(workbench.generator())));
        bottom.setDividerPositions(0.36, 0.68);

        SplitPane centre = new SplitPane(top, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);

        setTop(new MainMenu(workbench, files, overlay.visibleProperty(), views.exportableProperty(), export));
        setLeft(scroll(new ToolsPane(workbench.editor(), editor)));
        setCenter(centre);
        status.setText("Computing…");
        setBottom(status);
    }

    public EditorCanvas editor() {
        return editor;
    }

    /** The tabs beside the editor: gradient, heatmap grid and the charts. */
    public ViewTabs views() {
        return views;
    }

    /** Shows the performance line in the status bar and, when enabled, over the editor. */
    public void showPerformance(javafx.beans.value.ObservableValue<String> summary) {
        status.textProperty().bind(summary);
        overlay.textProperty().bind(summary);
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }
}
