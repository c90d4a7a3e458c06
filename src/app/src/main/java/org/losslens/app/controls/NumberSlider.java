package org.losslens.app.controls;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyEvent;

/**
 * A slider whose arrow keys move by one {@code step} (Shift: ten steps) and, for a whole-numbered
 * value, stops on whole numbers only. JavaFX's own slider moves by its block increment (10 by
 * default), so an integer slider from −32 to 32 jumped 1 → −9 → 11; here an arrow is one unit.
 * Pair it with a {@link ValueField} so every value can be typed as well.
 */
public final class NumberSlider extends Slider {

    /** Arrow keys with Shift move by this many steps. */
    public static final int SHIFT_STEPS = 10;

    private double step;

    /**
     * @param step  one arrow key press; for {@code whole} values 1 is the natural choice
     * @param whole the value is a count or an offset: it snaps to whole numbers
     */
    public NumberSlider(double min, double max, double value, double step, boolean whole) {
        super(min, max, value);
        if (!(step > 0)) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        this.step = step;
        setBlockIncrement(step);
        if (whole) {
            setMajorTickUnit(1);
            setMinorTickCount(0);
            setSnapToTicks(true);
        }
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int direction = switch (e.getCode()) {
                case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
                case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
                default -> 0;
            };
            if (direction != 0 && !isDisabled()) {
                stepBy(direction * (e.isShiftDown() ? SHIFT_STEPS : 1));
                e.consume();
            }
        });
    }

    /** A slider of whole numbers that an arrow key moves by 1. */
    public static NumberSlider whole(double min, double max, double value) {
        return new NumberSlider(min, max, value, 1, true);
    }

    /** A slider of real values that an arrow key moves by a hundredth of its range. */
    public static NumberSlider real(double min, double max, double value) {
        return new NumberSlider(min, max, value, defaultStep(min, max), false);
    }

    /** A hundredth of the range, rounded down to 1, 2 or 5 times a power of ten ("0.01" for [0, 1]). */
    public static double defaultStep(double min, double max) {
        double raw = (max - min) / 100;
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double mantissa = raw / power;
        return (mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1) * power;
    }

    public double step() {
        return step;
    }

    /** A new step, e.g. when the range changed with the selected loss. */
    public void setStep(double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        this.step = step;
        setBlockIncrement(step);
    }

    /** Moves by {@code steps} steps, clamped to the range; whole sliders land on a whole number. */
    public void stepBy(int steps) {
        double next = getValue() + steps * step;
        if (isSnapToTicks()) {
            next = Math.rint(next);
        }
        setValue(Math.max(getMin(), Math.min(getMax(), next)));
    }
}
