package org.losslens.app.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.i18n.Messages;
import org.losslens.app.multiclass.ClassPalette;
import org.losslens.core.metrics.OverlapMetrics;
import org.losslens.app.theme.Palette;

/**
 * The metrics the overlap losses stand for. Binary: the prediction thresholded at p ≥ 0.5 against
 * the ground truth. Multiclass: one row per class of the arg-max prediction, one-vs-rest — the
 * per-class Dice and IoU that the multiclass overlap losses stand in for. Undefined ratios show as
 * "undefined (0/0)": exactly where a loss's smoothing terms decide its value instead.
 */
public final class MetricsView extends VBox {

    private final Label title = new Label();
    private final GridPane binary = new GridPane();
    private final GridPane perClass = new GridPane();
    private final Label dice = value("metric-dice");
    private final Label iou = value("metric-iou");
    private final Label precision = value("metric-precision");
    private final Label recall = value("metric-recall");
    private final Label counts = value("metric-counts");
    /** Says what a per-class "0/0" means; shown only while one is. */
    private final Label undefinedNote = new Label();
    private final Messages messages;
    private final List<Label[]> classRows = new ArrayList<>();
    private Evaluation shown;
    private static final String HIDDEN = "?";

    /** The pinned state A (its value is null without a pin): each binary metric then also shows B − A. */
    private final ObservableValue<Evaluation> pinned;

    /** A "predict first" question is open: every value reads "?" until the reveal. */
    private final ObservableValue<Boolean> hidden;

    public MetricsView(ObservableValue<Evaluation> evaluation, ObservableValue<Evaluation> pinned,
                       ObservableValue<Boolean> hidden, Messages messages) {
        super(2);
        this.pinned = pinned;
        this.hidden = hidden;
        this.messages = messages;
        setId("metrics-view");
        setPadding(new Insets(6));
        title.getStyleClass().add("section-title");
        for (GridPane grid : List.of(binary, perClass)) {
            grid.setHgap(10);
            grid.setVgap(2);
        }
        perClass.setId("metrics-per-class");
        // four value columns beside the class: narrower gaps keep them inside the panel at 1280×720
        perClass.setHgap(6);
        // One metric a line: with a pin a value reads "0.9105  (Δ +0.0500)", and two of those side by
        // side do not fit the panel at 1280×720 (issue 19.2).
        binary.addRow(0, label("metrics.dice"), dice);
        binary.addRow(1, label("metrics.iou"), iou);
        binary.addRow(2, label("metrics.precision"), precision);
        binary.addRow(3, label("metrics.recall"), recall);
        counts.setWrapText(true);
        counts.setMinWidth(0);
        binary.add(counts, 0, 4, 2, 1);
        undefinedNote.getStyleClass().add("hint");
        undefinedNote.setWrapText(true);
        undefinedNote.textProperty().bind(messages.text("metrics.undefined.note"));
        undefinedNote.managedProperty().bind(undefinedNote.visibleProperty());
        undefinedNote.setVisible(false);
        getChildren().addAll(title, binary, perClass, undefinedNote);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text("metrics.help"));
        Tooltip.install(this, tip);
        evaluation.addListener((obs, old, now) -> show(now));
        pinned.addListener(o -> show(shown));
        hidden.addListener(o -> show(shown));
        messages.localeProperty().addListener(o -> show(shown));
        show(evaluation.getValue());
    }

    private void show(Evaluation e) {
        if (e == null) {
            return;
        }
        fill(e);
        if (Boolean.TRUE.equals(hidden.getValue())) {
            for (Label value : new Label[] {dice, iou, precision, recall, counts}) {
                value.setText(HIDDEN);
            }
            for (Label[] row : classRows) {
                for (int k = 1; k <= 4; k++) {
                    row[k].setText(HIDDEN);
                }
            }
            undefinedNote.setVisible(false);
        }
    }

    private void fill(Evaluation e) {
        shown = e;
        boolean multiclass = !e.classMetrics().isEmpty();
        title.setText(messages.get(multiclass ? "metrics.title.multiclass" : "metrics.title"));
        binary.setVisible(!multiclass);
        binary.setManaged(!multiclass);
        perClass.setVisible(multiclass);
        perClass.setManaged(multiclass);
        undefinedNote.setVisible(false);
        if (multiclass) {
            showPerClass(e.classMetrics());
            return;
        }
        if (e.failed()) {
            // No metrics rather than the last ones: the status bar and the loss rows say what failed.
            for (Label value : new Label[] {dice, iou, precision, recall}) {
                value.setText("—");
            }
            counts.setText(e.failure());
            return;
        }
        OverlapMetrics m = e.metrics();
        Evaluation a = pinned.getValue();
        OverlapMetrics p = a == null || a.failed() || !a.classMetrics().isEmpty() ? null : a.metrics();
        dice.setText(format(m.dice(), p == null ? Double.NaN : p.dice()));
        iou.setText(format(m.iou(), p == null ? Double.NaN : p.iou()));
        precision.setText(format(m.precision(), p == null ? Double.NaN : p.precision()));
        recall.setText(format(m.recall(), p == null ? Double.NaN : p.recall()));
        counts.setText(messages.get("metrics.counts", String.valueOf(m.truePositives()),
                String.valueOf(m.falsePositives()), String.valueOf(m.falseNegatives()), String.valueOf(m.trueNegatives())));
    }

    private void showPerClass(List<OverlapMetrics> metrics) {
        // The rows are built once per class count; each evaluation (on the FX thread, while the user
        // paints) only sets their texts, instead of new nodes to style and lay out every time.
        if (classRows.size() != metrics.size()) {
            buildClassRows(metrics.size());
        }
        boolean undefined = false;
        for (int c = 0; c < metrics.size(); c++) {
            OverlapMetrics m = metrics.get(c);
            Label[] row = classRows.get(c);
            row[0].setText(messages.get("metrics.class", c));
            row[5].setText(row[0].getText());
            double[] values = {m.dice(), m.iou(), m.precision(), m.recall()};
            for (int k = 0; k < values.length; k++) {
                row[k + 1].setText(cell(values[k]));
                undefined |= Double.isNaN(values[k]);
            }
        }
        undefinedNote.setVisible(undefined);
    }

    /**
     * Two small tables, Dice and IoU, then precision and recall, each class a row in both: four value
     * columns beside the class did not fit the panel at 1280×720 (issue 19.2).
     */
    private void buildClassRows(int classes) {
        perClass.getChildren().clear();
        classRows.clear();
        perClass.addRow(0, new Label(), header("metrics.dice"), header("metrics.iou"));
        perClass.addRow(classes + 1, new Label(), header("metrics.precision"), header("metrics.recall"));
        for (int c = 0; c < classes; c++) {
            Label[] row = {className(c), value("metric-dice-" + c), value("metric-iou-" + c),
                value("metric-precision-" + c), value("metric-recall-" + c), className(c)};
            classRows.add(row);
            perClass.addRow(c + 1, row[0], row[1], row[2]);
            perClass.addRow(classes + 2 + c, row[5], row[3], row[4]);
        }
    }

    private static Label className(int c) {
        Rectangle swatch = new Rectangle(10, 10);
        swatch.getStyleClass().addAll("label-box", Palette.labelStyleClass(c));
        Label name = new Label(null, swatch);
        name.setMinWidth(Region.USE_PREF_SIZE);
        return name;
    }

    /** The value, and with a pin its change from A: "0.8123  (Δ +0.0500)". */
    private String format(double v, double a) {
        return Double.isNaN(a) || Double.isNaN(v) ? format(v)
                : format(v) + "  (Δ " + org.losslens.app.pin.PinComparison.formatDelta(v - a) + ")";
    }

    /**
     * A per-class cell: four columns of "undefined (0/0)" do not fit beside each other, so an
     * undefined ratio reads "0/0" there and the note under the grid spells it out.
     */
    private String cell(double v) {
        return Double.isNaN(v) ? messages.get("metrics.undefined.short") : format(v);
    }

    private String format(double v) {
        return Double.isNaN(v) ? messages.get("metrics.undefined") : String.format(Locale.ROOT, "%.4f", v);
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Label header(String key) {
        Label l = label(key);
        l.getStyleClass().add("caption");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        // a value is read whole or not at all: the panel scrolls sideways before it cuts one
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("mono");
        return l;
    }
}
