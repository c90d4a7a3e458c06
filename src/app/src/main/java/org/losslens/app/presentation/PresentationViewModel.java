package org.losslens.app.presentation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.i18n.LossTexts;
import org.losslens.app.i18n.Messages;
import org.losslens.core.loss.LossSpec;

/**
 * Presentation mode for a classroom projector. When active, the views are asked for thicker
 * outlines, the high-contrast colormap and a larger formula (larger text is the stylesheet's part,
 * {@code theme/presentation.css}, and full screen the window's); the window then shows one view in
 * focus, the panels the lecturer chose ({@link PresentationPanel}) and a few chosen values in large
 * type ({@link PresentedValue}), whose captions and texts are here. The choice of panels and values
 * is remembered through a {@link PresentationStore} (none in tests that build it without a home).
 * One switch, so leaving it restores exactly what was there. Holds no nodes.
 */
public final class PresentationViewModel {

    static final double THICK_STROKES = 2.5;
    static final double LARGE_FORMULA = 26;
    static final double NORMAL_FORMULA = 17;
    /** What a value shows while a "predict first" question is open. */
    static final String HIDDEN = "?";
    static final String NONE = "—";

    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper formulaPoints = new ReadOnlyDoubleWrapper(NORMAL_FORMULA);
    private final Map<PresentationPanel, BooleanProperty> panels = new EnumMap<>(PresentationPanel.class);
    private final Map<PresentedValue, BooleanProperty> chosen = new EnumMap<>(PresentedValue.class);
    private final Map<PresentedValue, ReadOnlyStringWrapper> captions = new EnumMap<>(PresentedValue.class);
    private final Map<PresentedValue, ReadOnlyStringWrapper> texts = new EnumMap<>(PresentedValue.class);
    private final ObservableList<PresentedValue> shownValues = FXCollections.observableArrayList();
    private final ObservableValue<Evaluation> shown;
    private final ObservableValue<LossSpec> selected;
    private final ObservableValue<Boolean> hidden;
    private final Messages messages;
    private final LossTexts lossTexts;

    /**
     * @param shown    the evaluation on display (the values read it)
     * @param selected the selected loss, whose value {@link PresentedValue#LOSS} is
     * @param hidden   true while a "predict first" question is open: values read "?"
     * @param store    where the choice is remembered; null for nowhere
     */
    public PresentationViewModel(HeatmapViewModel heatmap, ObservableValue<Evaluation> shown,
                                 ObservableValue<LossSpec> selected, ObservableValue<Boolean> hidden,
                                 Messages messages, PresentationStore store) {
        this.shown = shown;
        this.selected = selected;
        this.hidden = hidden;
        this.messages = messages;
        this.lossTexts = new LossTexts(messages);
        active.addListener((obs, was, on) -> {
            heatmap.highContrastProperty().set(on);
            heatmap.strokeScaleProperty().set(on ? THICK_STROKES : 1);
            formulaPoints.set(on ? LARGE_FORMULA : NORMAL_FORMULA);
        });
        PresentationStore.Choice choice = store == null ? PresentationStore.Choice.defaults()
                : store.load().orElseGet(PresentationStore.Choice::defaults);
        for (PresentationPanel p : PresentationPanel.values()) {
            panels.put(p, new SimpleBooleanProperty(choice.panels().contains(p)));
        }
        for (PresentedValue v : PresentedValue.values()) {
            chosen.put(v, new SimpleBooleanProperty(choice.values().contains(v)));
            captions.put(v, new ReadOnlyStringWrapper(""));
            texts.put(v, new ReadOnlyStringWrapper(NONE));
        }
        Runnable remember = () -> {
            listShownValues();
            if (store != null) {
                store.save(choice());
            }
        };
        panels.values().forEach(p -> p.addListener(o -> remember.run()));
        chosen.values().forEach(p -> p.addListener(o -> remember.run()));
        listShownValues();
        shown.addListener(o -> refresh());
        selected.addListener(o -> refresh());
        hidden.addListener(o -> refresh());
        messages.localeProperty().addListener(o -> refresh());
        refresh();
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public void toggle() {
        active.set(!active.get());
    }

    public ReadOnlyDoubleProperty formulaPointsProperty() {
        return formulaPoints.getReadOnlyProperty();
    }

    /** Whether {@code panel} is shown in presentation mode (remembered). */
    public BooleanProperty panelShownProperty(PresentationPanel panel) {
        return panels.get(panel);
    }

    /** Whether {@code value} is shown in large type (remembered). */
    public BooleanProperty valueChosenProperty(PresentedValue value) {
        return chosen.get(value);
    }

    /** The chosen values, in the order of {@link PresentedValue}. */
    public ObservableList<PresentedValue> shownValues() {
        return FXCollections.unmodifiableObservableList(shownValues);
    }

    /** Its caption in the current language, e.g. "Dice" or the selected loss's name. */
    public ReadOnlyStringProperty captionProperty(PresentedValue value) {
        return captions.get(value).getReadOnlyProperty();
    }

    /** Its value as shown: 4 decimals, "undefined (0/0)", "—" before the first evaluation, "?" while the class guesses. */
    public ReadOnlyStringProperty textProperty(PresentedValue value) {
        return texts.get(value).getReadOnlyProperty();
    }

    /** The panels and values chosen now, as remembered. */
    public PresentationStore.Choice choice() {
        Set<PresentationPanel> p = EnumSet.noneOf(PresentationPanel.class);
        panels.forEach((panel, on) -> {
            if (on.get()) {
                p.add(panel);
            }
        });
        Set<PresentedValue> v = EnumSet.noneOf(PresentedValue.class);
        v.addAll(shownValues);
        return new PresentationStore.Choice(p, v);
    }

    private void listShownValues() {
        shownValues.setAll(java.util.Arrays.stream(PresentedValue.values()).filter(v -> chosen.get(v).get()).toList());
    }

    private void refresh() {
        Evaluation e = shown.getValue();
        LossSpec loss = selected.getValue();
        boolean guessing = Boolean.TRUE.equals(hidden.getValue());
        for (PresentedValue v : PresentedValue.values()) {
            String caption = v == PresentedValue.LOSS
                    ? (loss == null ? messages.get(v.key(), "") : messages.get(v.key(), lossTexts.title(loss)))
                    : messages.get(v.key());
            captions.get(v).set(v.isMeanOfLabels(e) ? messages.get("presentation.value.meanOfLabels", caption)
                    : caption);
            double x = v.of(e, loss);
            texts.get(v).set(e == null ? NONE : guessing ? HIDDEN
                    : Double.isNaN(x) ? messages.get("metrics.undefined") : format(v, x));
        }
    }

    /** Metrics in [0, 1] with 4 decimals, as the metrics panel; a loss with 4 significant digits (it may be large or tiny). */
    static String format(PresentedValue v, double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        return v == PresentedValue.LOSS ? String.format(Locale.ROOT, "%.4g", x) : String.format(Locale.ROOT, "%.4f", x);
    }
}
