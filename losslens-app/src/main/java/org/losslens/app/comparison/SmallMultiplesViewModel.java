package org.losslens.app.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.i18n.Messages;
import org.losslens.app.export.CsvTable;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.tensor.Tensor;

/**
 * The heatmap grid: one gradient per compared loss on the same drawing, a shared or per-panel colour
 * scale, and one hovered pixel shared by every panel (a crosshair on each, one readout for all).
 */
public final class SmallMultiplesViewModel {

    /** Range used when a gradient is all zero, so a scale is never degenerate. */
    static final double MIN_RANGE = 1e-12;

    /** One panel: a loss's gradient (null, with the reason, if there is none) and its colour range. */
    public record Panel(LossSpec spec, Tensor gradient, double range, String problem) {
    }

    /** A hovered pixel. */
    public record Pixel(int x, int y) {
    }

    private final LossSelection selection;
    private final BooleanProperty sharedScale = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<List<Panel>> panels = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Masks> masks = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Pixel> hovered = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final Messages messages;
    private Evaluation evaluation;

    public SmallMultiplesViewModel(LossSelection selection, Messages messages) {
        this.selection = selection;
        this.messages = messages;
        sharedScale.addListener(o -> rebuild());
        // The panels carry worded problems and the readout a hint: both follow the language.
        messages.localeProperty().addListener(o -> {
            rebuild();
            updateReadout();
        });
    }

    /** Shared: one scale for all panels, so colours compare across losses. Per panel: each its own. */
    public BooleanProperty sharedScaleProperty() {
        return sharedScale;
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

    /** Every panel's gradient per pixel, with the pixel's position, GT and p. */
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
        for (Panel panel : panels.get()) {
            if (panel.gradient() != null) {
                table.column("dL/dlogit " + panel.spec().id(), panel.gradient().toArray());
            }
        }
        return table;
    }

    private void rebuild() {
        if (evaluation == null) {
            return;
        }
        List<Panel> built = new ArrayList<>();
        double shared = MIN_RANGE;
        // The grid compares binary losses: a multiclass drawing's "dice" is another loss, so its
        // gradient is not shown under the binary name, and a binary-only id would never arrive.
        boolean sameMode = selection.chosen().stream().allMatch(s -> s.mode() == evaluation.request().masks().mode());
        for (LossSpec spec : selection.chosen()) {
            Tensor g = sameMode ? evaluation.gradient(spec.id()).orElse(null) : null;
            if (g != null) {
                shared = Math.max(shared, g.maxAbs());
            }
        }
        for (LossSpec spec : selection.chosen()) {
            Tensor g = sameMode ? evaluation.gradient(spec.id()).orElse(null) : null;
            String problem = g != null ? null : !spec.implemented() ? messages.get("losses.notAvailable")
                    : !sameMode ? messages.get("comparison.otherMode")
                    : evaluation.outcome(spec.id()).map(o -> o.problem()).orElse(messages.get("comparison.computing"));
            double own = g == null ? MIN_RANGE : Math.max(MIN_RANGE, g.maxAbs());
            built.add(new Panel(spec, g, sharedScale.get() ? shared : own, problem));
        }
        masks.set(evaluation.request().masks());
        panels.set(List.copyOf(built));
        Pixel p = hovered.get();
        if (p != null && !masks.get().contains(p.x(), p.y())) {
            hovered.set(null);
        }
        updateReadout();
    }

    private void updateReadout() {
        Pixel p = hovered.get();
        Masks m = masks.get();
        if (p == null || m == null) {
            readout.set(messages.get("comparison.hoverHint"));
            return;
        }
        int i = m.index(p.x(), p.y());
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "(%d, %d) GT=%d p=%.3f  ∂L/∂logit:", p.x(),
                p.y(), (int) m.groundTruth(i), m.probability(i)));
        for (Panel panel : panels.get()) {
            text.append("  ").append(panel.spec().id()).append(' ');
            text.append(panel.gradient() == null ? "—" : String.format(Locale.ROOT, "%+.3e", panel.gradient().get(i)));
        }
        readout.set(text.toString());
    }
}
