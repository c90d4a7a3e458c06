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

/**
 * Every loss of the mode, grouped by family, with its live value. Selecting a row selects the loss
 * whose gradient, parameters and hover value are shown. Unimplemented entries stay visible, greyed.
 */
public final class LossTableView extends TreeTableView<LossTableView.Entry> {

    /** A family heading (row == null) or a loss. */
    public record Entry(String heading, LossRow row) {
    }

    private final Messages messages;
    private final LossTexts texts;

    public LossTableView(LossTableViewModel viewModel, Messages messages) {
        this.messages = messages;
        this.texts = new LossTexts(messages);
        setId("loss-table");
        fill(viewModel);
        viewModel.specsProperty().addListener((obs, old, now) -> fill(viewModel));
        setShowRoot(false);
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TreeTableColumn<Entry, String> name = new TreeTableColumn<>();
        name.textProperty().bind(messages.text("losses.column.loss"));
        name.setCellValueFactory(c -> {
            Entry e = c.getValue().getValue();
            return e.row() == null ? messages.text(e.heading())
                    : texts.binding(() -> texts.title(e.row().spec()) + "  (" + e.row().spec().id() + ")");
        });
        name.setPrefWidth(260);
        TreeTableColumn<Entry, String> value = new TreeTableColumn<>();
        value.textProperty().bind(messages.text("losses.column.value"));
        value.setCellValueFactory(c -> valueOf(c.getValue().getValue()));
        value.setCellFactory(c -> new LossValueCell());
        value.setPrefWidth(130);
        getColumns().add(name);
        getColumns().add(value);

        setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(null);
                if (empty || item == null) {
                    setStyle("");
                } else if (item.row() == null) {
                    setStyle("-fx-font-weight: bold;");
                } else if (!item.row().spec().implemented()) {
                    setStyle("-fx-opacity: 0.5;");
                    setTooltip(tooltip(item.row().spec(), () -> messages.get("losses.unavailable")));
                } else {
                    setStyle("");
                    setTooltip(tooltip(item.row().spec(), item.row().spec()::reference));
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
        tip.textProperty().bind(texts.binding(() -> texts.description(spec)
                + texts.gradientNote(spec).map(g -> "\n\n" + g).orElse("") + "\n\n" + last.get()));
        return tip;
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
                    getSelectionModel().select(item);
                }
            }
        }
    }

    private ObservableValue<String> valueOf(Entry e) {
        if (e.row() == null) {
            return new ReadOnlyStringWrapper("");
        }
        // A loss not built yet has no value in any language; its placeholder is worded here.
        return e.row().spec().implemented() ? e.row().displayProperty() : messages.text("losses.notAvailable");
    }
}
