package org.losslens.app.mainwindow;

import org.losslens.app.scenarios.ScenarioViewModel;
import org.losslens.app.scenarios.ScenarioNoticeView;
import org.losslens.app.scenarios.ScenarioMenu;
import org.losslens.app.i18n.Messages;
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
import org.losslens.app.layout.LayoutBoundary;
import org.losslens.app.files.FileActions;
import org.losslens.app.formula.FormulaView;
import org.losslens.app.formula.FormulaViewModel;
import org.losslens.app.generator.GeneratorPane;
import org.losslens.app.export.ExportActions;
import org.losslens.app.losses.LossTableView;
import org.losslens.app.metrics.MetricsView;
import org.losslens.app.multiclass.ModePane;
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
    private final ScenarioViewModel scenarios;
    private final FormulaView formula;

    public MainWindow(Workbench workbench, FileActions files, ExportActions export) {
        setId("main-window");
        Messages messages = workbench.messages();
        scenarios = new ScenarioViewModel(workbench);
        editor = new EditorCanvas(workbench.editor(), workbench.heatmap(), workbench::markInput, messages);
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
        // a constant preferred width: the hover readout changes on every move without a window layout
        readout.setPrefWidth(200);
        readout.setMinWidth(0);
        readout.setMaxWidth(Double.MAX_VALUE);
        BorderPane editorPane = new BorderPane(editorStack);
        Label editorTitle = new Label();
        editorTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get(
                workbench.document().current().isMulticlass() ? "window.editorTitle.multiclass" : "window.editorTitle"),
                messages.localeProperty(), workbench.document().currentProperty()));
        editorTitle.setStyle("-fx-font-weight: bold; -fx-padding: 4 6;");
        editorPane.setTop(editorTitle);
        editorPane.setBottom(new VBox(new LayoutBoundary(readout), new ScenarioNoticeView(scenarios, messages)));

        views = new ViewTabs(workbench, export);
        SplitPane top = new SplitPane(editorPane, views);
        top.setDividerPositions(0.44);

        LossTableView table = new LossTableView(workbench.losses(), messages);
        VBox middle = new VBox(new LayoutBoundary(new MetricsView(workbench.shownProperty(), messages)), new ParametersPane(workbench.parameters(), messages));
        formula = new FormulaView(new FormulaViewModel(workbench.losses().selectedProperty(),
                workbench.parameters(), messages), messages);
        SplitPane bottom = new SplitPane(table, scroll(middle),
                scroll(new VBox(formula, new GeneratorPane(workbench.generator(), messages))));
        bottom.setDividerPositions(0.36, 0.68);

        SplitPane centre = new SplitPane(top, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);

        setTop(new MainMenu(workbench, files, overlay.visibleProperty(), messages,
                new ScenarioMenu(scenarios, messages, () -> getScene().getWindow()), views.exportableProperty(), export));
        setLeft(scroll(new VBox(new ModePane(workbench, messages), new ToolsPane(workbench.editor(), editor, messages))));
        setCenter(centre);
        status.setText(messages.get("window.computing"));
        setBottom(status);
    }

    /** Adds a feature's menu before the Language menu (sessions, presentation, help). */
    public void addMenu(javafx.scene.control.Menu menu) {
        var menus = ((javafx.scene.control.MenuBar) getTop()).getMenus();
        menus.add(menus.size() - 1, menu);
    }

    public javafx.scene.control.MenuBar menuBar() {
        return (javafx.scene.control.MenuBar) getTop();
    }

    public FormulaView formula() {
        return formula;
    }

    public ScenarioViewModel scenarios() {
        return scenarios;
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
