package org.losslens.app.metrics;

import org.losslens.app.i18n.Messages;
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
    private final Messages messages;
    private OverlapMetrics shown;

    public MetricsView(ObservableValue<Evaluation> evaluation, Messages messages) {
        this.messages = messages;
        setId("metrics-view");
        setHgap(10);
        setVgap(2);
        setPadding(new Insets(6));
        Label title = label("metrics.title");
        title.setStyle("-fx-font-weight: bold;");
        add(title, 0, 0, 4, 1);
        addRow(1, label("metrics.dice"), dice, label("metrics.iou"), iou);
        addRow(2, label("metrics.precision"), precision, label("metrics.recall"), recall);
        add(counts, 0, 3, 4, 1);
        setTooltip();
        evaluation.addListener((obs, old, now) -> show(now == null ? null : now.metrics()));
        messages.localeProperty().addListener(o -> show(shown));
        if (evaluation.getValue() != null) {
            show(evaluation.getValue().metrics());
        }
    }

    private void setTooltip() {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text("metrics.help"));
        Tooltip.install(this, tip);
    }

    private void show(OverlapMetrics m) {
        if (m == null) {
            return;
        }
        shown = m;
        dice.setText(format(m.dice()));
        iou.setText(format(m.iou()));
        precision.setText(format(m.precision()));
        recall.setText(format(m.recall()));
        counts.setText(messages.get("metrics.counts", String.valueOf(m.truePositives()),
                String.valueOf(m.falsePositives()), String.valueOf(m.falseNegatives()), String.valueOf(m.trueNegatives())));
    }

    private String format(double v) {
        return Double.isNaN(v) ? messages.get("metrics.undefined") : String.format(Locale.ROOT, "%.4f", v);
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        return l;
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.setStyle("-fx-font-family: monospace;");
        return l;
    }
}
