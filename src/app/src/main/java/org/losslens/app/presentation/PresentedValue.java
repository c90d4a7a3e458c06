package org.losslens.app.presentation;

import java.util.List;
import java.util.OptionalDouble;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.LossOutcome;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.metrics.OverlapMetrics;

/**
 * A value presentation mode can show in large type above the view in focus: the selected loss's
 * value, or one of the hard overlap metrics (the prediction thresholded at p ≥ 0.5, as the metrics
 * panel). For a multiclass drawing a metric is the mean over the labels of the one-vs-rest values
 * (macro average), the number the multiclass overlap losses stand in for.
 */
public enum PresentedValue {
    LOSS("presentation.value.loss", true),
    DICE("metrics.dice", true),
    IOU("metrics.iou", true),
    PRECISION("metrics.precision", false),
    RECALL("metrics.recall", false);

    private final String key;
    private final boolean chosenByDefault;

    PresentedValue(String key, boolean chosenByDefault) {
        this.key = key;
        this.chosenByDefault = chosenByDefault;
    }

    /** The message key of its caption. */
    public String key() {
        return key;
    }

    public boolean chosenByDefault() {
        return chosenByDefault;
    }

    /** Its value in {@code e}; NaN where it is undefined (0/0) or was not computed. */
    public double of(Evaluation e, LossSpec selected) {
        if (e == null || e.failed()) {
            return Double.NaN;
        }
        if (this == LOSS) {
            return selected == null ? Double.NaN
                    : e.outcome(selected.id()).filter(LossOutcome::isComputed).map(LossOutcome::value).orElse(Double.NaN);
        }
        if (!e.classMetrics().isEmpty()) {
            OptionalDouble mean = e.classMetrics().stream().mapToDouble(this::metric).filter(v -> !Double.isNaN(v))
                    .average();
            return mean.orElse(Double.NaN);
        }
        return e.metrics() == null ? Double.NaN : metric(e.metrics());
    }

    private double metric(OverlapMetrics m) {
        return switch (this) {
            case DICE -> m.dice();
            case IOU -> m.iou();
            case PRECISION -> m.precision();
            case RECALL -> m.recall();
            case LOSS -> throw new IllegalStateException("the loss is no overlap metric");
        };
    }

    /** Whether {@link #of} is a mean over labels for this evaluation (its caption says so). */
    public boolean isMeanOfLabels(Evaluation e) {
        return this != LOSS && e != null && !e.classMetrics().isEmpty();
    }

    /** The values shown when nothing was chosen yet. */
    public static List<PresentedValue> defaults() {
        return java.util.Arrays.stream(values()).filter(PresentedValue::chosenByDefault).toList();
    }
}
