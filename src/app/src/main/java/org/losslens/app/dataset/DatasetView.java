package org.losslens.app.dataset;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.losslens.app.compute.SweepService;
import org.losslens.app.files.FileActions;
import org.losslens.app.files.ImportNotice;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.LossTexts;
import org.losslens.app.i18n.Messages;
import org.losslens.core.loss.LossSpec;
import org.losslens.imaging.dataset.DatasetRow;
import org.losslens.imaging.dataset.DatasetTable;

/**
 * The dataset window's content: the folder and the pairing rule on top, the table (one row per case,
 * a sortable column per loss of the mode, Dice and IoU, the error of a case that failed), the
 * summary lines (mean, median, worst) below it, and the run's progress with Cancel. Double-click (or
 * Enter on) a row opens the case in the editor.
 */
public final class DatasetView extends BorderPane {

    private final DatasetViewModel model;
    private final Messages messages;
    private final LossTexts texts;
    private final FileActions.Feedback feedback;
    private final java.util.function.Supplier<Window> owner;
    private final Runnable showEditor;
    private final TableView<DatasetRow> table = new TableView<>();
    private final TableView<DatasetTable.Summary> summary = new TableView<>();

    /**
     * @param showEditor brings the main window to the front after a case opened
     */
    public DatasetView(DatasetViewModel model, Messages messages, FileActions.Feedback feedback,
            java.util.function.Supplier<Window> owner, Runnable showEditor) {
        this.model = model;
        this.messages = messages;
        this.texts = new LossTexts(messages);
        this.feedback = feedback;
        this.owner = owner;
        this.showEditor = showEditor;
        setId("dataset-view");
        getStyleClass().add("dataset-view");
        setTop(controls());
        table.setId("dataset-table");
        table.setPlaceholder(Localised.label(messages, "dataset.empty"));
        table.setRowFactory(t -> {
            TableRow<DatasetRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        summary.setId("dataset-summary");
        summary.getStyleClass().add("dataset-summary");
        summary.setFixedCellSize(26);
        summary.prefHeightProperty().bind(summary.fixedCellSizeProperty().multiply(4.2));
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox centre = new VBox(table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        setCenter(centre);
        setBottom(status());
        model.tableProperty().addListener((obs, old, now) -> show(now));
        messages.localeProperty().addListener((obs, old, now) -> relabel());
    }

    private HBox controls() {
        TextField folder = new TextField();
        folder.setId("dataset-folder");
        folder.setEditable(false);
        folder.textProperty().bind(Bindings.createStringBinding(() -> model.folderProperty().get() == null ? ""
                : model.folderProperty().get().toString(), model.folderProperty()));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = Localised.button(messages, "dataset.chooseFolder");
        choose.setId("dataset-choose");
        choose.setOnAction(e -> chooseFolder());
        TextField gt = new TextField();
        gt.setId("dataset-gt-pattern");
        gt.textProperty().bindBidirectional(model.groundTruthPatternProperty());
        gt.setPrefColumnCount(8);
        TextField pred = new TextField();
        pred.setId("dataset-pred-pattern");
        pred.textProperty().bindBidirectional(model.predictionPatternProperty());
        pred.setPrefColumnCount(8);
        Tooltip rule = Localised.tooltip(messages, "dataset.rule.help");
        gt.setTooltip(rule);
        pred.setTooltip(rule);
        ChoiceBox<DatasetViewModel.ScaleChoice> scale = Localised.choice(messages, "dataset.scale.",
                DatasetViewModel.ScaleChoice.values());
        scale.setId("dataset-scale");
        scale.valueProperty().bindBidirectional(model.scaleProperty());
        scale.setTooltip(Localised.tooltip(messages, "dataset.scale.help"));
        Button compute = Localised.button(messages, "dataset.compute");
        compute.setId("dataset-compute");
        compute.setDefaultButton(true);
        compute.disableProperty().bind(model.folderProperty().isNull().or(model.runningProperty()));
        compute.setOnAction(e -> model.compute());
        Button export = Localised.button(messages, "dataset.exportCsv");
        export.setId("dataset-export");
        export.disableProperty().bind(model.tableProperty().isNull());
        export.setOnAction(e -> exportCsv());
        HBox top = new HBox(Localised.label(messages, "dataset.folder"), folder, choose,
                Localised.label(messages, "dataset.rule.gt"), gt, Localised.label(messages, "dataset.rule.pred"), pred,
                Localised.label(messages, "dataset.scale"), scale, compute, export);
        top.getStyleClass().add("dataset-controls");
        return top;
    }

    private HBox status() {
        ProgressBar bar = new ProgressBar();
        bar.setId("dataset-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Button cancel = Localised.button(messages, "dataset.cancel");
        cancel.setId("dataset-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Label text = new Label();
        text.setId("dataset-status");
        text.textProperty().bind(Bindings.createStringBinding(this::statusText, model.stateProperty(),
                model.tableProperty(), model.ruleErrorProperty(), messages.localeProperty()));
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(bar, cancel, text);
        box.getStyleClass().add("dataset-status");
        return box;
    }

    private String statusText() {
        if (model.ruleErrorProperty().get() != null) {
            return messages.get("dataset.rule.invalid", model.ruleErrorProperty().get());
        }
        SweepService.State state = model.stateProperty().get();
        return switch (state.phase()) {
            case STARTING, RUNNING -> messages.get("dataset.running", state.percent());
            case CANCELLED -> messages.get("dataset.cancelled");
            case FAILED -> messages.get("dataset.failed", state.error());
            default -> {
                DatasetTable t = model.tableProperty().get();
                if (t == null) {
                    yield messages.get("dataset.hint");
                }
                Long ms = model.computeMillisProperty().get();
                String done = messages.get("dataset.done", t.rows().size(), t.losses().size(),
                        messages.get("mode." + t.mode().name().toLowerCase(Locale.ROOT)), ms == null ? 0 : ms, t.failures());
                yield t.scan().unmatched().isEmpty() ? done
                        : done + " " + messages.get("dataset.unmatched", String.join(", ", t.scan().unmatched()));
            }
        };
    }

    /** The same table in the new language, still sorted as the user sorted it. */
    private void relabel() {
        List<Integer> sortedBy = table.getSortOrder().stream().map(c -> table.getColumns().indexOf(c)).toList();
        List<TableColumn.SortType> directions = table.getSortOrder().stream().map(TableColumn::getSortType).toList();
        show(model.tableProperty().get());
        for (int i = 0; i < sortedBy.size(); i++) {
            if (sortedBy.get(i) >= 0 && sortedBy.get(i) < table.getColumns().size()) {
                TableColumn<DatasetRow, ?> column = table.getColumns().get(sortedBy.get(i));
                column.setSortType(directions.get(i));
                table.getSortOrder().add(column);
            }
        }
    }

    /** Rebuilds the columns for a newly computed table (the columns depend on its mode's losses). */
    private void show(DatasetTable t) {
        table.getColumns().clear();
        summary.getColumns().clear();
        if (t == null) {
            table.setItems(FXCollections.observableArrayList());
            summary.setItems(FXCollections.observableArrayList());
            return;
        }
        TableColumn<DatasetRow, String> name = new TableColumn<>(messages.get("dataset.column.case"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().item().name()));
        name.setPrefWidth(110);
        table.getColumns().add(name);
        TableColumn<DatasetTable.Summary, String> summaryName = new TableColumn<>();
        summaryName.setCellValueFactory(c -> new SimpleStringProperty(messages.get("dataset.summary."
                + c.getValue().name())));
        summaryName.prefWidthProperty().bind(name.widthProperty());
        summary.getColumns().add(summaryName);
        List<LossSpec> losses = t.losses();
        for (int k = 0; k < losses.size(); k++) {
            int column = k;
            LossSpec loss = losses.get(k);
            addNumberColumn(loss.id(), texts.title(loss), r -> r.value(column), s -> t.lossSummary(column, s));
        }
        addNumberColumn(messages.get("dataset.column.dice"), messages.get("dataset.column.dice.help"),
                DatasetRow::dice, t::diceSummary);
        addNumberColumn(messages.get("dataset.column.iou"), messages.get("dataset.column.iou.help"),
                DatasetRow::iou, t::iouSummary);
        TableColumn<DatasetRow, String> error = new TableColumn<>(messages.get("dataset.column.error"));
        error.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().error().orElse("")));
        error.setPrefWidth(260);
        table.getColumns().add(error);
        table.setItems(FXCollections.observableArrayList(t.rows()));
        summary.setItems(FXCollections.observableArrayList(DatasetTable.Summary.values()));
    }

    private void addNumberColumn(String title, String help, ToDoubleFunction<DatasetRow> value,
            java.util.function.ToDoubleFunction<DatasetTable.Summary> summaryValue) {
        TableColumn<DatasetRow, Double> column = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(help));
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(c -> new NumberCell<>());
        column.setComparator(DatasetView::compareNumbers);
        column.setPrefWidth(Math.max(92, 8 * title.length() + 24));
        table.getColumns().add(column);
        TableColumn<DatasetTable.Summary, Double> total = new TableColumn<>();
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(summaryValue.applyAsDouble(c.getValue())));
        total.setCellFactory(c -> new NumberCell<>());
        total.prefWidthProperty().bind(column.widthProperty());
        summary.getColumns().add(total);
    }

    /** NaN (a failed case, Dice of two empty masks) sorts after every number, in either direction's base order. */
    private static int compareNumbers(Double a, Double b) {
        boolean an = a == null || a.isNaN();
        boolean bn = b == null || b.isNaN();
        return an || bn ? Boolean.compare(an, bn) : Double.compare(a, b);
    }

    /** A right-aligned number in 6 significant digits; "—" where there is none. */
    private static final class NumberCell<S> extends javafx.scene.control.TableCell<S, Double> {
        NumberCell() {
            getStyleClass().add("dataset-number");
        }

        @Override
        protected void updateItem(Double v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty || v == null ? null : v.isNaN() ? "—" : String.format(Locale.ROOT, "%.6g", v));
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("dataset.chooseFolder.title"));
        Path now = model.folderProperty().get();
        if (now != null && now.toFile().isDirectory()) {
            chooser.setInitialDirectory(now.toFile());
        }
        File chosen = chooser.showDialog(owner.get());
        if (chosen != null) {
            model.folderProperty().set(chosen.toPath());
            model.compute();
        }
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dataset.exportCsv.title"));
        chooser.setInitialFileName("dataset-losses.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File target = chooser.showSaveDialog(owner.get());
        if (target == null) {
            return;
        }
        try {
            model.exportCsv(target.toPath());
        } catch (IOException e) {
            System.getLogger(DatasetView.class.getName()).log(System.Logger.Level.WARNING, "CSV export failed", e);
            feedback.error(messages.get("dataset.exportFailed.title"),
                    messages.get("dataset.exportFailed.message", target, e.getMessage()));
        }
    }

    /** Opens a case in the editor; a case that cannot be opened says why, the drawing stays. */
    void open(DatasetRow row) {
        try {
            List<ImportNotice> notices = model.open(row.item());
            showEditor.run();
            if (!notices.isEmpty()) {
                feedback.notice(messages.get("dataset.opened", row.item().name()),
                        String.join("\n", notices.stream().map(n -> n.text(messages)).toList()));
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(DatasetView.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot open dataset case " + row.item().name(), e);
            String reason = e instanceof ImportNotice.Refusal r ? r.notice().text(messages) : e.getMessage();
            feedback.error(messages.get("dataset.openFailed.title", row.item().name()), reason);
        }
    }

    TableView<DatasetRow> table() {
        return table;
    }
}
