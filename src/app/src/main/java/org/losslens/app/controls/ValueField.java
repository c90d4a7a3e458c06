package org.losslens.app.controls;

import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.losslens.app.i18n.Messages;

/**
 * A field to type the value a slider shows. Enter or leaving the field applies it; text that is not
 * a number, lies outside the range or is not whole where a whole number is needed is not applied:
 * the field is marked and says why, in a message under it, until the text is corrected or Esc
 * restores the current value. Where the loss has no such parameter the field shows "—".
 */
public final class ValueField extends TextField {

    /** What the field shows for a parameter the selected loss does not have. */
    public static final String ABSENT = "—";
    static final String INVALID = "value-field-invalid";

    private final DoubleProperty value;
    private final ObservableDoubleValue min;
    private final ObservableDoubleValue max;
    private final boolean whole;
    private final DoubleFunction<String> format;
    private final Messages messages;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Tooltip message = new Tooltip();
    private ObservableBooleanValue present;
    /** The number shown for a value, and the value of a number typed (a unit, a log scale). */
    private DoubleUnaryOperator toShown = DoubleUnaryOperator.identity();
    private DoubleUnaryOperator fromShown = DoubleUnaryOperator.identity();
    private String suffix = "";

    public ValueField(DoubleProperty value, ObservableDoubleValue min, ObservableDoubleValue max, boolean whole,
                      DoubleFunction<String> format, Messages messages) {
        this.value = value;
        this.min = min;
        this.max = max;
        this.whole = whole;
        this.format = format;
        this.messages = messages;
        getStyleClass().add("value-field");
        message.getStyleClass().add("value-field-message");
        message.setWrapText(true);
        // the popup would take Esc for itself (hide and consume): Esc must reach the field and restore
        message.setHideOnEscape(false);
        setPrefColumnCount(5);
        // a narrow column squeezes the slider beside it, never the number
        setMinWidth(USE_PREF_SIZE);
        showCurrent();
        value.addListener((obs, old, now) -> showCurrent());
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        // A filter: the text field's own behaviour would take Esc before an onKeyPressed handler. An
        // unedited field leaves Esc to the window (a dialog's Cancel, leaving presentation mode).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && edited()) {
                showCurrent();
                e.consume();
            }
        });
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                message.hide();
            }
        });
    }

    /** A field for a slider: its range and its value. */
    public static ValueField of(NumberSlider slider, DoubleFunction<String> format, Messages messages) {
        return new ValueField(slider.valueProperty(), slider.minProperty(), slider.maxProperty(),
                slider.isSnapToTicks(), format, messages);
    }

    /** A fixed-point format with {@code decimals} digits after the point ("%.2f"). */
    public static DoubleFunction<String> decimals(int decimals) {
        String pattern = "%." + decimals + "f";
        return v -> String.format(Locale.ROOT, pattern, v);
    }

    /** Shows "—" instead of the value while {@code present} is false (and disables the field). */
    public ValueField absentUnless(ObservableBooleanValue present) {
        this.present = present;
        disableProperty().bind(javafx.beans.binding.Bindings.not(present));
        present.addListener((obs, was, now) -> showCurrent());
        showCurrent();
        return this;
    }

    /**
     * Shows and reads the value times {@code factor} followed by {@code suffix} (a fraction as "+30 %":
     * factor 100, suffix " %"); typing "30" or "30 %" means 0.3.
     */
    public ValueField inUnits(double factor, String suffix) {
        this.toShown = v -> v * factor;
        this.fromShown = shown -> shown / factor;
        this.suffix = suffix;
        showCurrent();
        return this;
    }

    /**
     * For a slider of exponents (a log scale): shows and reads 10^value, so typing "1e-3" sets the
     * exponent −3; zero or a negative number is outside the range.
     */
    public ValueField onLogScale() {
        this.toShown = v -> Math.pow(10, v);
        this.fromShown = Math::log10;
        showCurrent();
        return this;
    }

    /** Why the typed text was not applied, in the current language; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The text is not what the field would show for the current value: typed, or marked invalid. */
    private boolean edited() {
        return !getText().equals(present != null && !present.get() ? ABSENT : shown(value.get()));
    }

    private void showCurrent() {
        setText(present != null && !present.get() ? ABSENT : shown(value.get()));
        clearProblem();
    }

    private void commit() {
        if (present != null && !present.get()) {
            return;
        }
        String typed = getText().trim();
        String why = check(typed);
        if (why != null) {
            showProblem(why);
            return;
        }
        value.set(Math.max(min.get(), Math.min(max.get(), fromShown.applyAsDouble(parse(typed)))));
        // the property may have been equal already, or adjusted (snapped): show what it holds
        showCurrent();
    }

    /** The reason {@code typed} cannot be applied, or null if it can. */
    String check(String typed) {
        String lo = shown(min.get());
        String hi = shown(max.get());
        double v;
        try {
            v = fromShown.applyAsDouble(parse(typed));
        } catch (NumberFormatException e) {
            return messages.get("valueField.notNumber", typed, lo, hi);
        }
        // the ends as shown are accepted even where the display rounds them (0.999 shown as "0.999")
        double slack = 1e-9 * Math.max(1, Math.abs(max.get() - min.get()));
        if (!Double.isFinite(v) || v < min.get() - slack || v > max.get() + slack) {
            return messages.get("valueField.outOfRange", typed, lo, hi);
        }
        if (whole && v != Math.rint(v)) {
            return messages.get("valueField.notWhole", typed);
        }
        return null;
    }

    private String shown(double v) {
        return format.apply(toShown.applyAsDouble(v)) + suffix;
    }

    /** The number typed, in the shown units: a decimal comma and the unit are allowed ("0,5", "30 %"). */
    private double parse(String typed) {
        String number = typed;
        String unit = suffix.trim();
        if (!unit.isEmpty() && number.endsWith(unit)) {
            number = number.substring(0, number.length() - unit.length()).trim();
        }
        return Double.parseDouble(number.replace(',', '.'));
    }

    private void showProblem(String why) {
        problem.set(why);
        if (!getStyleClass().contains(INVALID)) {
            getStyleClass().add(INVALID);
        }
        message.setText(why);
        Window window = getScene() == null ? null : getScene().getWindow();
        Bounds onScreen = localToScreen(getBoundsInLocal());
        if (window != null && window.isShowing() && onScreen != null) {
            message.show(this, onScreen.getMinX(), onScreen.getMaxY() + 2);
        }
    }

    private void clearProblem() {
        problem.set("");
        getStyleClass().remove(INVALID);
        message.hide();
    }
}
