package org.losslens.app.presentation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Messages;

/**
 * The window's centre in presentation mode (issue 19.1): the chosen values in large type above one
 * view in focus (the selected tab's content, large), with the panels the lecturer chose beside it.
 * It shows the window's own views, not copies: each panel lives in a slot of the normal layout
 * and is borrowed from it on {@link #enter()} and put back on {@link #leave()}, and the focus
 * borrows the content of the selected tab (switching tabs here, or by a scenario step, swaps it).
 * The bar's menus choose the view, the panels and the values; what they choose is the view model's.
 */
public final class PresentationLayout extends BorderPane {

    /** Shares of the width, in the order of the columns (tools, drawing, view, side panels). */
    private static final double TOOLS_SHARE = 0.15;
    private static final double EDITOR_SHARE = 0.28;
    private static final double SIDE_SHARE = 0.30;
    private static final double SIDE_MIN_WIDTH = 370;

    private final PresentationViewModel viewModel;
    private final TabPane views;
    private final Map<PresentationPanel, StackPane> slots;
    private final Map<PresentationPanel, Node> borrowed = new EnumMap<>(PresentationPanel.class);
    private final Messages messages;
    private final FlowPane values = new FlowPane(28, 8);
    private final StackPane focus = new StackPane();
    private final VBox side = new VBox(10);
    private final ScrollPane sideScroll = new ScrollPane(side);
    private final ScrollPane toolsScroll = new ScrollPane();
    private final StackPane editorHolder = new StackPane();
    private final SplitPane columns = new SplitPane();
    private final MenuButton viewChoice = new MenuButton();
    private Tab focusedTab;
    private Node focusedContent;
    private boolean presenting;

    /**
     * @param views the window's view tabs; the selected one's content is the view in focus
     * @param slots where each panel's view lives in the normal layout (a slot holding one node)
     */
    public PresentationLayout(PresentationViewModel viewModel, TabPane views, Map<PresentationPanel, StackPane> slots,
                              Messages messages) {
        this.viewModel = viewModel;
        this.views = views;
        this.slots = new EnumMap<>(slots);
        this.messages = messages;
        setId("presentation-layout");
        getStyleClass().add("presentation-layout");
        values.setId("presentation-values");
        values.getStyleClass().add("presentation-values");
        values.setAlignment(Pos.CENTER_LEFT);
        focus.setId("presentation-focus");
        focus.getStyleClass().add("presentation-focus");
        // the view in focus keeps the width its controls need; the drawing beside it gives way
        focus.setMinHeight(0);
        editorHolder.setMinSize(0, 0);
        side.setId("presentation-side");
        side.setPadding(new Insets(6));
        side.setFillWidth(true);
        for (ScrollPane s : List.of(sideScroll, toolsScroll)) {
            s.setFitToWidth(true);
            s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        }
        // narrow enough for the view in focus, wide enough for the metrics' two columns of figures
        sideScroll.setMinWidth(SIDE_MIN_WIDTH);
        // the tools' buttons are not cut: the column is as wide as they are
        toolsScroll.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sideScroll.getStyleClass().add("presentation-side");
        columns.setId("presentation-columns");
        setTop(bar());
        setCenter(columns);
        viewModel.shownValues().addListener((ListChangeListener<PresentedValue>) c -> showValues());
        showValues();
        for (PresentationPanel p : PresentationPanel.values()) {
            viewModel.panelShownProperty(p).addListener(o -> arrange());
        }
        views.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (presenting) {
                focusOn(now);
            }
        });
    }

    /** Borrows the views and shows them in the presentation arrangement. */
    public void enter() {
        if (presenting) {
            return;
        }
        presenting = true;
        slots.forEach((panel, slot) -> {
            if (!slot.getChildren().isEmpty()) {
                Node node = slot.getChildren().get(0);
                slot.getChildren().clear();
                borrowed.put(panel, node);
            }
        });
        focusOn(views.getSelectionModel().getSelectedItem());
        arrange();
    }

    /** Puts every borrowed view back where it was in the normal layout. */
    public void leave() {
        if (!presenting) {
            return;
        }
        presenting = false;
        focusOn(null);
        side.getChildren().clear();
        toolsScroll.setContent(null);
        editorHolder.getChildren().clear();
        columns.getItems().clear();
        borrowed.forEach((panel, node) -> slots.get(panel).getChildren().setAll(node));
        borrowed.clear();
    }

    private BorderPane bar() {
        viewChoice.setId("presentation-view-choice");
        ToggleGroup group = new ToggleGroup();
        for (Tab tab : views.getTabs()) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(tab.textProperty());
            item.setToggleGroup(group);
            item.setSelected(tab.isSelected());
            tab.selectedProperty().addListener((obs, was, now) -> item.setSelected(now));
            item.setOnAction(e -> views.getSelectionModel().select(tab));
            viewChoice.getItems().add(item);
        }
        MenuButton panels = new MenuButton();
        panels.setId("presentation-panels");
        panels.textProperty().bind(messages.text("presentation.panels"));
        for (PresentationPanel p : PresentationPanel.values()) {
            CheckMenuItem item = new CheckMenuItem();
            item.setId("presentation-panel-" + p.name().toLowerCase(java.util.Locale.ROOT));
            item.textProperty().bind(messages.text(p.key()));
            item.selectedProperty().bindBidirectional(viewModel.panelShownProperty(p));
            panels.getItems().add(item);
        }
        MenuButton chosen = new MenuButton();
        chosen.setId("presentation-value-choice");
        chosen.textProperty().bind(messages.text("presentation.values"));
        for (PresentedValue v : PresentedValue.values()) {
            CheckMenuItem item = new CheckMenuItem();
            item.setId("presentation-value-" + v.name().toLowerCase(java.util.Locale.ROOT));
            item.textProperty().bind(messages.text(v == PresentedValue.LOSS ? "presentation.value.loss.choice" : v.key()));
            item.selectedProperty().bindBidirectional(viewModel.valueChosenProperty(v));
            chosen.getItems().add(item);
        }
        Button leave = new Button();
        leave.setId("presentation-leave");
        leave.textProperty().bind(messages.text("presentation.leave"));
        leave.setOnAction(e -> viewModel.activeProperty().set(false));
        for (javafx.scene.control.Control c : List.of(viewChoice, panels, chosen, leave)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            c.setFocusTraversable(false);
        }
        HBox controls = new HBox(8, viewChoice, panels, chosen, leave);
        controls.setAlignment(Pos.TOP_RIGHT);
        controls.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        BorderPane bar = new BorderPane(values);
        bar.setRight(controls);
        bar.setId("presentation-bar");
        bar.getStyleClass().add("presentation-bar");
        BorderPane.setMargin(controls, new Insets(0, 0, 0, 16));
        return bar;
    }

    private void showValues() {
        List<Node> tiles = new ArrayList<>();
        for (PresentedValue v : viewModel.shownValues()) {
            Label caption = new Label();
            caption.textProperty().bind(viewModel.captionProperty(v));
            caption.getStyleClass().add("presentation-caption");
            caption.setWrapText(true);
            caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label();
            value.setId("presentation-value-" + v.name().toLowerCase(java.util.Locale.ROOT) + "-text");
            value.textProperty().bind(viewModel.textProperty(v));
            value.getStyleClass().add("presentation-big-value");
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox tile = new VBox(0, caption, value);
            tile.getStyleClass().add("presentation-tile");
            // the caption wraps within the value's width (a long loss name), but never narrower than a word or two
            caption.maxWidthProperty().bind(javafx.beans.binding.Bindings.max(220, value.widthProperty()));
            tiles.add(tile);
        }
        values.getChildren().setAll(tiles);
    }

    /** Returns the old view's content to its tab and borrows the new one's. */
    private void focusOn(Tab tab) {
        if (focusedTab != null && focusedContent != null) {
            focus.getChildren().clear();
            focusedTab.setContent(focusedContent);
        }
        focusedTab = tab;
        focusedContent = tab == null ? null : tab.getContent();
        if (focusedContent != null) {
            tab.setContent(null);
            focus.getChildren().setAll(focusedContent);
        }
        viewChoice.textProperty().unbind();
        if (tab != null) {
            viewChoice.textProperty().bind(messages.format("presentation.view", tab.textProperty()));
        }
    }

    /** The columns for the panels shown now: tools | drawing | view in focus | side panels. */
    private void arrange() {
        if (!presenting) {
            return;
        }
        List<Node> items = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        if (shown(PresentationPanel.TOOLS)) {
            toolsScroll.setContent(borrowed.get(PresentationPanel.TOOLS));
            items.add(toolsScroll);
            shares.add(TOOLS_SHARE);
        } else {
            toolsScroll.setContent(null);
        }
        editorHolder.getChildren().clear();
        if (shown(PresentationPanel.EDITOR)) {
            editorHolder.getChildren().setAll(borrowed.get(PresentationPanel.EDITOR));
            items.add(editorHolder);
            shares.add(EDITOR_SHARE);
        }
        items.add(focus);
        int focusIndex = shares.size();
        shares.add(0.0);
        List<Node> sidePanels = new ArrayList<>();
        for (PresentationPanel p : List.of(PresentationPanel.METRICS, PresentationPanel.LOSSES,
                PresentationPanel.PARAMETERS, PresentationPanel.FORMULA)) {
            if (shown(p)) {
                sidePanels.add(borrowed.get(p));
            }
        }
        side.getChildren().setAll(sidePanels);
        if (!sidePanels.isEmpty()) {
            items.add(sideScroll);
            shares.add(SIDE_SHARE);
        }
        double rest = 1 - shares.stream().mapToDouble(Double::doubleValue).sum();
        shares.set(focusIndex, rest);
        columns.getItems().setAll(items);
        double[] dividers = new double[items.size() - 1];
        double at = 0;
        for (int i = 0; i < dividers.length; i++) {
            at += shares.get(i);
            dividers[i] = at;
        }
        columns.setDividerPositions(dividers);
    }

    private boolean shown(PresentationPanel p) {
        return viewModel.panelShownProperty(p).get() && borrowed.containsKey(p);
    }
}
