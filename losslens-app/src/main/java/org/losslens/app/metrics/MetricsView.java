package org.losslens.app.metrics;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.losslens.app.compute.Evaluation;
import org.losslens.core.metrics.OverlapMetrics;

/**
 * The metrics the overlap losses stand for, on the prediction thresholded at p ≥ 0.5. Undefined
 * ratios show as "undefined (0/0)": exactly where a loss's smoothing terms decide its value instead.
 */
public final class MetricsView extends GridPane {

    private final Label dice = value("metric-dice");
    private final Label iou = value("metric-iou");
    private final Label precision = value("metric-precision");
    private final Label recall = value("metric-recall");
    private final Label counts = value("metric-counts");

    public MetricsView(ObservableValue<Evaluation> evaluation) {
        setId("metrics-view");
        setHgap(10);
        setVgap(2);
        setPadding(new Insets(6));
        Label title = new Label("Metrics (prediction thresholded at p ≥ 0.5)");
        title.setStyle("-fx-font-weight: bold;");
        add(title, 0, 0, 4, 1);
        addRow(1, new Label("Dice"), dice, new Label("IoU"), iou);
        addRow(2, new Label("Precision"), precision, new Label("Recall"), recall);
        add(counts, 0, 3, 4, 1);
        setTooltip();
        evaluation.addListener((obs, old, now) -> show(now == null ? null : now.metrics()));
        if (evaluation.getValue() != null) {
            show(evaluation.getValue().metrics());
        }
    }

    private void setTooltip() {
        Tooltip.install(this, new Tooltip("Hard metrics: a pixel is foreground if p ≥ 0.5. The soft losses see "
                + "probabilities and smoothing terms, so loss ≠ 1 − metric in general."));
    }

    private void show(OverlapMetrics m) {
        if (m == null) {
            return;
        }
        dice.setText(format(m.dice()));
        iou.setText(format(m.iou()));
        precision.setText(format(m.precision()));
        recall.setText(format(m.recall()));
        counts.setText("TP " + m.truePositives() + " · FP " + m.falsePositives() + " · FN " + m.falseNegatives()
                + " · TN " + m.trueNegatives());
    }

    static String format(double v) {
        return Double.isNaN(v) ? "undefined (0/0)" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.setStyle("-fx-font-family: monospace;");
        return l;
    }
}
