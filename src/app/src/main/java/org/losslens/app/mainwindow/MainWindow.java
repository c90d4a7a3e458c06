package org.losslens.app.mainwindow;

import org.losslens.app.scenarios.ScenarioViewModel;
import org.losslens.app.scenarios.ScenarioNoticeView;
import org.losslens.app.scenarios.ScenarioMenu;
import org.losslens.app.i18n.Messages;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import org.losslens.app.presentation.PresentationLayout;
import org.losslens.app.presentation.PresentationPanel;
import org.losslens.app.presentation.PresentationViewModel;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.losslens.app.editor.EditorCanvas;
import org.losslens.app.editor.ToolsPane;
import org.losslens.app.layout.LayoutBoundary;
import org.losslens.app.files.FileActions;
import org.losslens.app.formula.FormulaView;
import org.losslens.app.generator.GeneratorPane;
import org.losslens.app.export.ExportActions;
import org.losslens.app.guess.GuessBar;
import org.losslens.app.losses.LossTableView;
import org.losslens.app.metrics.MetricsView;
import org.losslens.app.multiclass.ModePane;
import org.losslens.app.parameters.ParametersPane;

/**
 * The main window's layout (src/ARCHITECTURE.md): tools | editor | tabs (gradient, heatmap grid,
 * charts) on top; losses, metrics and parameters, and the generator below; a status bar. It only
 * builds and arranges views, handing each its own view model from {@link WindowModels}.
 */
public final class MainWindow extends BorderPane {

    private final EditorCanvas editor;
    private final StatusBar status = new StatusBar();
    private final Label overlay = new Label();
    private final Label readout = new Label();
    private final ViewTabs views;
    private final FormulaView formula;

    public MainWindow(WindowModels models, FileActions files, ExportActions export) {
        setId("main-window");
        Messages messages = models.messages();
        ScenarioViewModel scenarios = models.scenarios();
        editor = new EditorCanvas(models.editor(), models.viewport(), messages);
        overlay.setId("performance-overlay");
        overlay.setVisible(false);
        overlay.setMouseTransparent(true);
        StackPane.setAlignment(overlay, Pos.TOP_RIGHT);
        StackPane.setMargin(overlay, new Insets(6));
        StackPane editorStack = new StackPane(editor, overlay);

        readout.setId("pixel-readout");
        readout.textProperty().bind(editor.readoutProperty());
        readout.getStyleClass().add("pixel-readout");
        readout.setMinHeight(20);
        // a constant preferred width: the hover readout changes on every move without a window layout
        readout.setPrefWidth(200);
        readout.setMinWidth(0);
        readout.setMaxWidth(Double.MAX_VALUE);
        BorderPane editorPane = new BorderPane(editorStack);
        Label editorTitle = new Label();
        editorTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get(
                models.mode().drawingProperty().get().isMulticlass() ? "window.editorTitle.multiclass" : "window.editorTitle"),
                messages.localeProperty(), models.mode().drawingProperty()));
        editorTitle.getStyleClass().add("editor-title");
        editorPane.setTop(editorTitle);
        editorPane.setBottom(new VBox(new LayoutBoundary(readout), new ScenarioNoticeView(scenarios, messages)));

        // Each panel presentation mode may show sits in a slot, from which the mode borrows it.
        Map<PresentationPanel, StackPane> slots = new EnumMap<>(PresentationPanel.class);
        views = new ViewTabs(models, export);
        SplitPane top = new SplitPane(slot(slots, PresentationPanel.EDITOR, editorPane), views);
        top.setDividerPositions(0.44);

        LossTableView table = new LossTableView(models.losses(), messages);
        VBox tableWithQuestion = new VBox(new GuessBar(models.guess(), messages), table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        VBox middle = new VBox(slot(slots, PresentationPanel.METRICS, new LayoutBoundary(new MetricsView(models.shown(),
                models.pin().pinnedProperty(), models.guess().hiddenProperty(), messages))),
                slot(slots, PresentationPanel.PARAMETERS, new ParametersPane(models.parameters(), messages)));
        formula = new FormulaView(models.formula(), messages);
        // presentation mode renders the formula larger
        formula.formulaPointsProperty().bind(models.presentation().formulaPointsProperty());
        // the substituted formula would give the answer away while the class guesses
        formula.numbersHiddenProperty().bind(models.guess().hiddenProperty());
        SplitPane bottom = new SplitPane(slot(slots, PresentationPanel.LOSSES, tableWithQuestion), scroll(middle),
                scroll(new VBox(slot(slots, PresentationPanel.FORMULA, formula),
                        new GeneratorPane(models.generator(), messages))));
        // the table wide enough for its longest English title and the values at 1280×720 (issue 19.2)
        bottom.setDividerPositions(0.41, 0.69);

        SplitPane centre = new SplitPane(top, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);

        setTop(new MainMenu(models.editor(), models.generator(), models.mode(), models.parameters(),
                files, overlay.visibleProperty(), messages,
                new ScenarioMenu(scenarios, messages, () -> getScene().getWindow(), () -> shows(models),
                        () -> getScene().getRoot(), export), views.exportableProperty(), export));
        setLeft(scroll(slot(slots, PresentationPanel.TOOLS, new VBox(new ModePane(models.mode(), messages),
                new ToolsPane(models.editor(), models.viewport()::fit, messages)))));
        setCenter(centre);
        status.setText(messages.get("window.computing"));
        setBottom(status);
        presentIn(models.presentation(), slots, messages);
    }

    /**
     * F5: the centre becomes the presentation layout (built on first use), which borrows the views
     * from their slots; leaving gives them back and restores the normal layout as it was.
     */
    private void presentIn(PresentationViewModel presentation, Map<PresentationPanel, StackPane> slots,
                           Messages messages) {
        Node normalCentre = getCenter();
        Node normalLeft = getLeft();
        PresentationLayout[] layout = new PresentationLayout[1];
        presentation.activeProperty().addListener((obs, was, on) -> {
            if (on) {
                if (layout[0] == null) {
                    layout[0] = new PresentationLayout(presentation, views, slots, messages);
                }
                // the performance line is for the developer, not the class: the focus gets its room
                setLeft(null);
                setBottom(null);
                setCenter(layout[0]);
                layout[0].enter();
            } else if (layout[0] != null) {
                layout[0].leave();
                setCenter(normalCentre);
                setLeft(normalLeft);
                setBottom(status);
            }
        });
    }

    private static StackPane slot(Map<PresentationPanel, StackPane> slots, PresentationPanel panel, Node view) {
        StackPane slot = new StackPane(view);
        slot.setMinSize(0, 0);
        slots.put(panel, slot);
        return slot;
    }

    /** The presentation layout while presentation mode is on (tests look into it); null before the first F5. */
    public Node presentationLayout() {
        return getCenter() instanceof PresentationLayout p ? p : null;
    }

    /** Whether the window shows the complete evaluation of the drawing and parameters now set, and the pin's (a slide may be taken). */
    private static boolean shows(WindowModels models) {
        org.losslens.app.compute.Evaluation e = models.shown().getValue();
        return e != null && e.isComplete() && e.request().masks() == models.mode().drawingProperty().get()
                && e.request().params().equals(models.parameters().snapshot()) && !models.pin().isComputing();
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

    public EditorCanvas editor() {
        return editor;
    }

    /** The tabs beside the editor: gradient, heatmap grid and the charts. */
    public ViewTabs views() {
        return views;
    }

    /**
     * Lays the window out once at its preferred size, then gives it back {@code width}×{@code height}
     * (the scene's size), before its first pulse. The split positions set above hold at the preferred
     * size; a split pane then shares the shrink or growth to the window's size equally between its
     * sides. That is how the toolkit lays out a window shown with its own scene (it lays the root out at
     * its preferred size first), and what the positions were chosen against at 1280×720 (issue 19.2).
     * In the first window's scene, already sized (issue 15), the positions held at the window's size
     * instead: at 1280×720 the view tabs were 606 px wide, not 660, and the sweep tab's controls were cut.
     */
    public void layOutFromPreferredSize(double width, double height) {
        applyCss();
        resize(prefWidth(-1), prefHeight(-1));
        layout();
        resize(width, height);
    }

    /** Shows the performance line in the status bar and, when enabled, over the editor. */
    public void showPerformance(javafx.beans.value.ObservableValue<String> summary) {
        status.textProperty().bind(summary);
        overlay.textProperty().bind(summary);
    }

    /**
     * A side or bottom panel: as wide as its column, and never narrower than its content's minimum
     * (names and values keep their width, issue 19.2): below that it scrolls sideways instead of
     * cutting them.
     */
    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        return s;
    }
}
