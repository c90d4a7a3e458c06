package org.losslens.app.guess;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.LossOutcome;
import org.losslens.app.pin.PinViewModel;

/**
 * "Predict first", for a class: the state on screen is pinned as the "before", the values are hidden
 * while the teacher changes the drawing (or steps a lesson) and the class guesses which loss rises,
 * then Reveal shows every value with its change against the before and names the loss that rose
 * most and the one that fell most. Next question pins the state then on screen and hides again.
 * Guessing first is what makes a student notice that Dice barely moves where cross-entropy jumps.
 *
 * <p>The before is the {@link PinViewModel}'s pin, so the table's Δ column and the A | B | B − A
 * heatmap are the comparison shown on reveal. Holds no nodes.
 */
public final class GuessViewModel {

    /** Where a round stands. */
    public enum Phase {
        /** Not playing: values are shown as always. */
        OFF,
        /** Values hidden; the class guesses. */
        ASKING,
        /** Values shown with their change; the verdict names what rose and fell most. */
        REVEALED
    }

    /**
     * What the reveal shows. Changes are relative, (B − A) / |A|, so losses of different scales compare.
     *
     * @param roseMost the loss whose value rose most (null if none rose)
     * @param fellMost the loss whose value fell most (null if none fell)
     * @param rose     how many losses rose
     * @param fell     how many fell
     */
    public record Verdict(String roseMost, double roseBy, String fellMost, double fellBy, int rose, int fell) {

        /** Nothing moved: the drawing was not changed since the question. */
        public boolean unchanged() {
            return rose == 0 && fell == 0;
        }
    }

    /** Relative changes below this are rounding, not a rise or a fall. */
    static final double UNCHANGED = 1e-9;

    private final PinViewModel pin;
    private final ObservableValue<Evaluation> latest;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.OFF);
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding hidden;
    /** The pin this mode made, so leaving it removes only its own pin, never the user's. */
    private Evaluation ownPin;

    /**
     * @param pin    the baseline A (the before of each question)
     * @param latest the newest complete evaluation (what a question pins and a reveal compares)
     */
    public GuessViewModel(PinViewModel pin, ObservableValue<Evaluation> latest) {
        this.pin = pin;
        this.latest = latest;
        hidden = Bindings.createBooleanBinding(() -> phase.get() == Phase.ASKING, phase);
        // a reveal follows the drawing: an edit after it updates what rose and fell
        latest.addListener((obs, old, now) -> {
            if (phase.get() == Phase.REVEALED) {
                verdict.set(judge());
            }
        });
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Whether loss values and metrics are hidden now (a question is open). */
    public BooleanBinding hiddenProperty() {
        return hidden;
    }

    /** The last reveal's verdict; null before one. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Classroom ▸ Predict first: starts a question, or ends the mode. */
    public void toggle() {
        if (phase.get() == Phase.OFF) {
            ask();
        } else {
            stop();
        }
    }

    /** The one key of a round: Reveal while asking, Next question after a reveal, start when off. */
    public void advance() {
        switch (phase.get()) {
            case OFF, REVEALED -> ask();
            case ASKING -> reveal();
        }
    }

    /** Pins the state on screen as the before and hides the values; false if nothing is computed yet. */
    public boolean ask() {
        if (!pin.pin()) {
            return false;
        }
        ownPin = pin.pinnedProperty().get();
        verdict.set(null);
        phase.set(Phase.ASKING);
        return true;
    }

    /** Shows the values and what changed most since the question. */
    public void reveal() {
        if (phase.get() != Phase.ASKING) {
            return;
        }
        verdict.set(judge());
        phase.set(Phase.REVEALED);
    }

    /** Ends the mode; removes the pin if it is still the one the mode made. */
    public void stop() {
        if (ownPin != null && pin.pinnedProperty().get() == ownPin) {
            pin.clear();
        }
        ownPin = null;
        verdict.set(null);
        phase.set(Phase.OFF);
    }

    private Verdict judge() {
        Evaluation before = pin.pinnedProperty().get();
        Evaluation now = latest.getValue();
        if (before == null || now == null) {
            return new Verdict(null, 0, null, 0, 0, 0);
        }
        return judge(before, now);
    }

    /** The losses computed in both states, compared by their relative change. */
    static Verdict judge(Evaluation before, Evaluation now) {
        String roseMost = null;
        String fellMost = null;
        double roseBy = 0;
        double fellBy = 0;
        int rose = 0;
        int fell = 0;
        for (Map.Entry<String, LossOutcome> e : now.outcomes().entrySet()) {
            LossOutcome b = e.getValue();
            LossOutcome a = before.outcome(e.getKey()).orElse(null);
            if (a == null || !a.isComputed() || !b.isComputed()
                    || !Double.isFinite(a.value()) || !Double.isFinite(b.value())) {
                continue;
            }
            double change = relativeChange(a.value(), b.value());
            if (change > UNCHANGED) {
                rose++;
                if (change > roseBy) {
                    roseBy = change;
                    roseMost = e.getKey();
                }
            } else if (change < -UNCHANGED) {
                fell++;
                if (change < fellBy) {
                    fellBy = change;
                    fellMost = e.getKey();
                }
            }
        }
        return new Verdict(roseMost, roseBy, fellMost, fellBy, rose, fell);
    }

    /**
     * (B − A) / |A|; from exactly 0, the change itself (a loss that was 0 and is now 0.2 rose by 0.2,
     * not by infinity, so one such loss does not drown every other).
     */
    static double relativeChange(double a, double b) {
        return a == 0 ? b : (b - a) / Math.abs(a);
    }
}
