package org.losslens.app.losses;

import org.losslens.app.i18n.LossTexts;
import org.losslens.app.i18n.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import javafx.css.PseudoClass;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Every loss of the mode, grouped by family, with its live value. Selecting a row selects the loss
 * whose gradient, parameters and hover value are shown. Unimplemented entries stay visible, greyed.
 */
public final class LossTableView extends TreeTableView<LossTableView.Entry> {

    /** A family heading (row == null) or a loss. */
    public record Entry(String heading, LossRow row) {
    }

    /** Row states for the stylesheet: a family's heading, and a loss that is not implemented yet. */
    private static final PseudoClass FAMILY = PseudoClass.getPseudoClass("loss-family");
    private static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass("loss-unavailable");

    /** What a value cell shows while the class guesses. */
    static final String HIDDEN = "?";

    private final Messages messages;
    private final LossTexts texts;
    private final LossTableViewModel viewModel;
    private final java.util.Map<String, Tooltip> tooltips = new java.util.HashMap<>();
    private final TreeTableColumn<Entry, String> name;
    /** What the name column was last fitted to: the cells' font, the language and the rows. */
    private Object fittedTo;

    public LossTableView(LossTableViewModel viewModel, Messages messages) {
        this.messages = messages;
        this.texts = new LossTexts(messages);
        this.viewModel = viewModel;
        setId("loss-table");
        fill(viewModel);
        viewModel.specsProperty().addListener((obs, old, now) -> fill(viewModel));
        setShowRoot(false);
        // One row height for all: the virtual flow then never measures rows (Control.prefHeight per cell
        // in every layout pass of the table).
        setFixedCellSize(24);
        // Unconstrained: each column keeps its width (the name column fitted to the titles, the value
        // columns fixed) and a narrower table scrolls sideways; a constrained policy squeezed the
        // values to nothing once the names no longer fitted.
        setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);

        TreeTableColumn<Entry, String> name = new TreeTableColumn<>();
        name.textProperty().bind(messages.text("losses.column.loss"));
        name.setCellValueFactory(c -> {
            Entry e = c.getValue().getValue();
            return e.row() == null ? messages.text(e.heading())
                    : texts.binding(() -> texts.title(e.row().spec()));
        });
        name.setPrefWidth(260);
        this.name = name;
        TreeTableColumn<Entry, String> value = new TreeTableColumn<>();
        value.textProperty().bind(messages.text("losses.column.value"));
        value.setCellValueFactory(c -> valueOf(c.getValue().getValue()));
        value.setCellFactory(c -> new LossValueCell());
        value.setPrefWidth(130);
        // B against the pinned state A: only while something is pinned (Compare ▸ Pin, Ctrl+P)
        TreeTableColumn<Entry, String> delta = new TreeTableColumn<>();
        delta.setId("loss-delta-column");
        delta.textProperty().bind(messages.text("pin.column"));
        delta.setCellValueFactory(c -> c.getValue().getValue().row() == null ? new ReadOnlyStringWrapper("")
                : hideable(c.getValue().getValue().row().comparisonProperty()));
        delta.setCellFactory(c -> new LossValueCell());
        delta.setPrefWidth(190);
        delta.visibleProperty().bind(viewModel.pinnedProperty().isNotNull());
        getColumns().add(name);
        getColumns().add(value);
        getColumns().add(delta);

        // A row is re-filled whenever the virtual flow re-uses it: styles and tooltips are only changed
        // when its loss changed, and each loss's tooltip is built once (a Tooltip is a popup window with
        // its own scene: building them per layout pass cost the live loop most of its FX time).
        setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                Tooltip tip;
                boolean family = !empty && item != null && item.row() == null;
                boolean unavailable = !empty && item != null && item.row() != null && !item.row().spec().implemented();
                pseudoClassStateChanged(FAMILY, family);
                pseudoClassStateChanged(UNAVAILABLE, unavailable);
                if (empty || item == null || family) {
                    tip = null;
                } else {
                    // built once per loss: JFR showed a new Tooltip per row on every table layout
                    tip = tooltips.computeIfAbsent(item.row().spec().mode() + "/" + item.row().spec().id(),
                            key -> tooltip(item.row().spec(), unavailable ? () -> messages.get("losses.unavailable")
                                    : item.row().spec()::reference));
                }
                if (getTooltip() != tip) {
                    setTooltip(tip);
                }
            }
        });

        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue().row() != null) {
                viewModel.selectedProperty().set(now.getValue().row().spec());
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> selectRowOf(now == null ? null : now.id()));
        if (viewModel.selectedProperty().get() != null) {
            selectRowOf(viewModel.selectedProperty().get().id());
        }
    }

    /**
     * Description, the gradient note (what the gradient treats as constant) and {@code last}, bound to
     * the language: the row is not redrawn when only the language changes.
     */
    private Tooltip tooltip(LossSpec spec, java.util.function.Supplier<String> last) {
        Tooltip tip = new Tooltip();
        tip.setId("loss-tooltip-" + spec.id());
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        // the row shows the title only; the id (as in the formula and the parameters) heads the tooltip
        tip.textProperty().bind(texts.binding(() -> texts.title(spec) + "  (" + spec.id() + ")\n\n"
                + texts.description(spec)
                + texts.gradientNote(spec).map(g -> "\n\n" + g).orElse("") + "\n\n" + last.get()));
        return tip;
    }

    @Override
    protected void layoutChildren() {
        fitNameColumn();
        super.layoutChildren();
    }

    /**
     * The name column is as wide as the longest title in the language shown (issue 19.2: at
     * 1280×720 "Balanced cross-entropy  (balan…"); the value columns keep their fixed widths and a
     * table narrower than that scrolls sideways. Measured with the cells' own font, so it follows
     * presentation mode's larger text, and only when font, language or rows changed.
     */
    private void fitNameColumn() {
        javafx.scene.Node cell = lookup(".tree-table-cell");
        Font font = cell instanceof javafx.scene.control.Labeled l ? l.getFont() : Font.getDefault();
        Object key = java.util.List.of(font, messages.localeProperty().get(), getRoot());
        if (key.equals(fittedTo)) {
            return;
        }
        fittedTo = key;
        Text heading = new Text();
        heading.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        Text title = new Text();
        title.setFont(font);
        double widest = 0;
        for (TreeItem<Entry> group : getRoot().getChildren()) {
            heading.setText(messages.get(group.getValue().heading()));
            widest = Math.max(widest, heading.getLayoutBounds().getWidth());
            for (TreeItem<Entry> item : group.getChildren()) {
                title.setText(texts.title(item.getValue().row().spec()));
                widest = Math.max(widest, title.getLayoutBounds().getWidth());
            }
        }
        // + a loss row's indent under its family and the disclosure arrow's space (≈ 2.7em), and the padding
        double width = Math.ceil(widest + 3.2 * font.getSize());
        name.setPrefWidth(width);
    }

    private void fill(LossTableViewModel viewModel) {
        TreeItem<Entry> root = new TreeItem<>(new Entry("losses", null));
        for (Family family : viewModel.families()) {
            TreeItem<Entry> group = new TreeItem<>(new Entry("family." + family.id(), null));
            group.setExpanded(true);
            for (LossRow row : viewModel.rows(family)) {
                group.getChildren().add(new TreeItem<>(new Entry(null, row)));
            }
            root.getChildren().add(group);
        }
        setRoot(root);
        if (viewModel.selectedProperty().get() != null) {
            selectRowOf(viewModel.selectedProperty().get().id());
        }
    }

    private void selectRowOf(String id) {
        for (TreeItem<Entry> group : getRoot().getChildren()) {
            for (TreeItem<Entry> item : group.getChildren()) {
                if (item.getValue().row().spec().id().equals(id) && getSelectionModel().getSelectedItem() != item) {
                    // A row under a collapsed family has no index: selecting it would silently keep the
                    // old row highlighted (seen after loading a scenario), so its family opens first.
                    group.setExpanded(true);
                    getSelectionModel().select(item);
                    scrollTo(getRow(item));
                }
            }
        }
    }

    private ObservableValue<String> valueOf(Entry e) {
        if (e.row() == null) {
            return new ReadOnlyStringWrapper("");
        }
        // A loss not built yet has no value in any language; its placeholder is worded here.
        return e.row().spec().implemented() ? hideable(e.row().displayProperty()) : messages.text("losses.notAvailable");
    }

    /** A value, or "?" while a "predict first" question is open. */
    private ObservableValue<String> hideable(ObservableValue<String> shown) {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.hiddenProperty().get() ? HIDDEN : shown.getValue(), viewModel.hiddenProperty(), shown);
    }
}
