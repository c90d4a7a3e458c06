package org.losslens.app.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.export.CsvTable;
import org.losslens.app.heatmap.GradientChannel;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.tensor.Tensor;

/**
 * The heatmap grid: one gradient per compared loss on the same drawing, a shared or per-panel colour
 * scale, and one hovered pixel shared by every panel (a crosshair on each, one readout for all).
 * Multiclass gradients are shown through the same {@link GradientChannel} choice as the large heatmap:
 * one class channel (signed) or the summed magnitude.
 */
public final class SmallMultiplesViewModel {

    /** Range used when a gradient is all zero, so a scale is never degenerate. */
    static final double MIN_RANGE = 1e-12;

    /**
     * One panel: a loss's gradient (null, with the reason, if there is none), the values shown of it
     * (one per pixel), whether they are a magnitude (no sign) and their colour range.
     */
    public record Panel(LossSpec spec, Tensor gradient, double[] values, boolean magnitude, double range,
                        String problem) {

        /** The value shown at pixel {@code index}; only for a panel with a gradient. */
        public double value(int index) {
            return values[index];
        }
    }

    /** A hovered pixel. */
    public record Pixel(int x, int y) {
    }

    private final LossSelection selection;
    private final IntegerProperty channel;
    private final BooleanProperty sharedScale = new SimpleBooleanProperty(true);
    private final BooleanProperty visible = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<List<Panel>> panels = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Masks> masks = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Pixel> hovered = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper legend = new ReadOnlyStringWrapper("");
    private final Messages messages;
    private Evaluation evaluation;

    /** A grid with its own channel choice (the summed magnitude first). */
    public SmallMultiplesViewModel(LossSelection selection, Messages messages) {
        this(selection, new SimpleIntegerProperty(GradientChannel.SUMMED_MAGNITUDE), messages);
    }

    /** @param channel the multiclass channel shown; the app passes the large heatmap's, so both agree */
    public SmallMultiplesViewModel(LossSelection selection, IntegerProperty channel, Messages messages) {
        this.selection = selection;
        this.channel = channel;
        this.messages = messages;
        sharedScale.addListener(o -> rebuild());
        channel.addListener(o -> rebuild());
        // The panels carry worded problems and the readout a hint: both follow the language.
        messages.localeProperty().addListener(o -> {
            rebuild();
            updateReadout();
        });
        updateLegend();
    }

    /**
     * Whether the grid can be seen (the app binds it to the grid's tab): while hidden, the live loop
     * sends it nothing and keeps no gradients for it.
     */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** Shared: one scale for all panels, so colours compare across losses. Per panel: each its own. */
    public BooleanProperty sharedScaleProperty() {
        return sharedScale;
    }

    /** Multiclass: the class channel shown, or {@link GradientChannel#SUMMED_MAGNITUDE}. */
    public IntegerProperty channelProperty() {
        return channel;
    }

    public ReadOnlyObjectProperty<List<Panel>> panelsProperty() {
        return panels.getReadOnlyProperty();
    }

    /** The drawing the gradients belong to (for the GT contour). */
    public ReadOnlyObjectProperty<Masks> masksProperty() {
        return masks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Pixel> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** "(x, y) GT p · loss ∂L/∂logit · …" for the hovered pixel, empty when none. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** What the colours mean for what is shown (signed binary, signed class channel, or magnitude). */
    public ReadOnlyStringProperty legendProperty() {
        return legend.getReadOnlyProperty();
    }

    /** Shows the live loop's newest result (its gradients of the compared losses). */
    public void show(Evaluation newest) {
        evaluation = newest;
        rebuild();
    }

    /** The pointer is over pixel (x, y) of any panel; outside the image clears the hover. */
    public void hover(int x, int y) {
        Masks m = masks.get();
        hovered.set(m != null && m.contains(x, y) ? new Pixel(x, y) : null);
        updateReadout();
    }

    public void clearHover() {
        hovered.set(null);
        updateReadout();
    }

    /** Every panel's shown values per pixel, with the pixel's position, GT and foreground p. */
    public CsvTable table() {
        Masks m = masks.get();
        CsvTable table = new CsvTable();
        if (m == null) {
            return table;
        }
        double[] xs = new double[m.pixels()];
        double[] ys = new double[m.pixels()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i % m.width();
            ys[i] = i / m.width();
        }
        table.column("x", xs).column("y", ys).column("gt", m.groundTruthCopy()).column("p", m.probabilityCopy());
        String quantity = quantity(m, false);
        for (Panel panel : panels.get()) {
            if (panel.gradient() != null) {
                table.column(quantity + " " + panel.spec().id(), panel.values());
            }
        }
        return table;
    }

    /**
     * The gradient computed for exactly this loss, or null. Ids are shared between modes ("dice"), so
     * a panel is only filled from an evaluation of its own mode's drawing and loss list.
     */
    private Tensor gradientOf(LossSpec spec) {
        boolean ownMode = spec.mode() == evaluation.request().masks().mode()
                && evaluation.request().losses().contains(spec);
        return ownMode ? evaluation.gradient(spec.id()).orElse(null) : null;
    }

    private void rebuild() {
        updateLegend();
        if (evaluation == null) {
            return;
        }
        Masks m = evaluation.request().masks();
        List<LossSpec> chosen = List.copyOf(selection.chosen());
        List<Tensor> gradients = new ArrayList<>();
        List<double[]> shown = new ArrayList<>();
        double shared = MIN_RANGE;
        for (LossSpec spec : chosen) {
            Tensor g = gradientOf(spec);
            double[] values = g == null ? null : GradientChannel.values(g, channel.get());
            gradients.add(g);
            shown.add(values);
            if (values != null) {
                shared = Math.max(shared, GradientChannel.maxAbs(values));
            }
        }
        List<Panel> built = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            LossSpec spec = chosen.get(k);
            Tensor g = gradients.get(k);
            double[] values = shown.get(k);
            // A loss of the other mode is waiting for the evaluation of the drawing after a mode switch.
            String problem = g != null ? null : !spec.implemented() ? messages.get("losses.notAvailable")
                    : spec.mode() != m.mode() ? messages.get("comparison.computing")
                    : evaluation.outcome(spec.id()).map(o -> o.problem()).orElse(messages.get("comparison.computing"));
            double own = values == null ? MIN_RANGE : Math.max(MIN_RANGE, GradientChannel.maxAbs(values));
            boolean magnitude = g != null && GradientChannel.isMagnitude(g, channel.get());
            built.add(new Panel(spec, g, values, magnitude, sharedScale.get() ? shared : own, problem));
        }
        masks.set(m);
        panels.set(List.copyOf(built));
        Pixel p = hovered.get();
        if (p != null && !masks.get().contains(p.x(), p.y())) {
            hovered.set(null);
        }
        updateLegend();
        updateReadout();
    }

    /** The class a multiclass channel shows (clamped as {@link GradientChannel} clamps it), or -1 for the sum. */
    private int shownClass(Masks m) {
        return channel.get() == GradientChannel.SUMMED_MAGNITUDE ? -1 : Math.min(channel.get(), m.classes() - 1);
    }

    /** The name of what a panel shows, in symbols (readout) or plain ASCII (CSV header). */
    private String quantity(Masks m, boolean symbols) {
        if (!m.isMulticlass()) {
            return symbols ? "∂L/∂logit" : "dL/dlogit";
        }
        int c = shownClass(m);
        if (c < 0) {
            return symbols ? "Σ_c|∂L/∂logit_c|" : "sum_c |dL/dlogit_c|";
        }
        return (symbols ? "∂L/∂logit_" : "dL/dlogit_") + c;
    }

    private void updateLegend() {
        Masks m = masks.get();
        String key = m == null || !m.isMulticlass() ? "comparison.legend"
                : shownClass(m) < 0 ? "heatmap.legend.magnitude" : "heatmap.legend.class";
        legend.set(messages.get(key));
    }

    private void updateReadout() {
        Pixel p = hovered.get();
        Masks m = masks.get();
        if (p == null || m == null) {
            readout.set(messages.get("comparison.hoverHint"));
            return;
        }
        int i = m.index(p.x(), p.y());
        String probability;
        if (m.isMulticlass()) {
            // the probability of the class shown, or of the true class under the summed magnitude
            int c = shownClass(m) < 0 ? m.label(i) : shownClass(m);
            probability = String.format(Locale.ROOT, "p_%d=%.3f", c, m.classProbability(c, i));
        } else {
            probability = String.format(Locale.ROOT, "p=%.3f", m.probability(i));
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "(%d, %d) GT=%d %s  %s:", p.x(), p.y(),
                (int) m.groundTruth(i), probability, quantity(m, true)));
        for (Panel panel : panels.get()) {
            text.append("  ").append(panel.spec().id()).append(' ');
            text.append(panel.gradient() == null ? "—" : String.format(Locale.ROOT, "%+.3e", panel.value(i)));
        }
        readout.set(text.toString());
    }
}
