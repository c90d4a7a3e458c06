package org.losslens.app.guess;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/**
 * The "predict first" bar above the loss table: the question while values are hidden, the verdict
 * after the reveal, and the one button of a round (Reveal / Next question, F7) and End. Shown only
 * while the mode is on.
 */
public final class GuessBar extends VBox {

    public GuessBar(GuessViewModel model, Messages messages) {
        super(4);
        setId("guess-bar");
        getStyleClass().add("guess-bar");
        setPadding(new Insets(6, 8, 6, 8));
        Label text = new Label();
        text.setId("guess-text");
        text.setWrapText(true);
        // the text wraps on its own line: the table's pane is narrow, and a cut question is no question
        text.setMaxWidth(Double.MAX_VALUE);
        // never squeezed to one ellipsised line when the table below wants all the height
        text.setMinHeight(USE_PREF_SIZE);
        setMinHeight(USE_PREF_SIZE);
        text.textProperty().bind(Bindings.createStringBinding(() -> text(model, messages),
                model.phaseProperty(), model.verdictProperty(), messages.localeProperty()));
        Button advance = new Button();
        advance.setId("guess-advance");
        advance.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.phaseProperty().get() == GuessViewModel.Phase.ASKING ? "guess.reveal" : "guess.next"),
                model.phaseProperty(), messages.localeProperty()));
        advance.setOnAction(e -> model.advance());
        Button end = Localised.button(messages, "guess.end");
        end.setId("guess-end");
        end.setOnAction(e -> model.stop());
        advance.setMinWidth(USE_PREF_SIZE);
        end.setMinWidth(USE_PREF_SIZE);
        HBox buttons = new HBox(8, advance, end);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, buttons);
        visibleProperty().bind(model.phaseProperty().isNotEqualTo(GuessViewModel.Phase.OFF));
        managedProperty().bind(visibleProperty());
    }

    private static String text(GuessViewModel model, Messages messages) {
        GuessViewModel.Verdict v = model.verdictProperty().get();
        if (model.phaseProperty().get() != GuessViewModel.Phase.REVEALED || v == null) {
            return messages.get("guess.asking");
        }
        if (v.unchanged()) {
            return messages.get("guess.unchanged");
        }
        String rose = v.roseMost() == null ? messages.get("guess.none")
                : messages.get("guess.change", v.roseMost(), percent(v.roseBy()));
        String fell = v.fellMost() == null ? messages.get("guess.none")
                : messages.get("guess.change", v.fellMost(), percent(v.fellBy()));
        return messages.get("guess.verdict", rose, fell, v.rose(), v.fell());
    }

    /** "+40 %", "−3.2 %": two significant digits, the sign always shown. */
    static String percent(double relative) {
        double p = 100 * relative;
        String digits = Math.abs(p) >= 10 ? String.format(Locale.ROOT, "%.0f", Math.abs(p))
                : String.format(Locale.ROOT, "%.2g", Math.abs(p));
        return (p < 0 ? "−" : "+") + digits + " %";
    }
}
