package org.losslens.app.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.losslens.app.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Arrow keys move a whole slider by one (Shift: ten); the field applies what is typed, or says why not. */
@ExtendWith(ApplicationExtension.class)
class SliderFieldFxTest {

    private NumberSlider dx;
    private NumberSlider blur;
    private ValueField dxField;
    private ValueField blurField;
    private final SimpleBooleanProperty present = new SimpleBooleanProperty(true);
    private ValueField absentable;
    private NumberSlider haze;
    private ValueField hazeField;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages(Locale.ENGLISH);
        dx = NumberSlider.whole(-32, 32, 1);
        dx.setId("dx");
        dxField = ValueField.of(dx, ValueField.decimals(0), messages);
        dxField.setId("dx-field");
        blur = NumberSlider.real(0, 8, 1.5);
        blurField = ValueField.of(blur, ValueField.decimals(2), messages);
        blurField.setId("blur-field");
        NumberSlider gamma = NumberSlider.real(0, 10, 2);
        absentable = ValueField.of(gamma, ValueField.decimals(3), messages).absentUnless(present);
        // exponents −6 … −0.5, shown and typed as 10^exponent (the imbalance chart's background haze)
        haze = NumberSlider.real(-6, -0.5, -6);
        hazeField = ValueField.of(haze, v -> String.format(Locale.ROOT, "%.0e", v), messages).onLogScale();
        hazeField.setId("haze-field");
        stage.setScene(new Scene(new VBox(6, dx, dxField, blur, blurField, gamma, absentable, haze, hazeField),
                300, 400));
        stage.show();
    }

    @Test
    void anArrowKeyMovesAWholeSliderByOneAndShiftByTen(FxRobot robot) {
        robot.clickOn("#dx");
        robot.interact(() -> dx.setValue(1));
        robot.type(KeyCode.RIGHT);
        assertEquals(2, dx.getValue(), "right arrow: +1 (JavaFX's default block increment moved it by 10)");
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertEquals(0, dx.getValue());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(10, dx.getValue(), "Shift + arrow: ten steps");
        robot.interact(() -> dx.setValue(31));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(32, dx.getValue(), "clamped at the end of the range");
    }

    @Test
    void aRealSliderStepsByAHundredthOfItsRangeRoundedToANiceNumber() {
        assertEquals(0.05, blur.step(), 1e-12);
        assertEquals(0.01, NumberSlider.defaultStep(0, 1), 1e-12);
        assertEquals(0.2, NumberSlider.defaultStep(0, 20), 1e-12);
    }

    @Test
    void aTypedValueIsApplied(FxRobot robot) {
        robot.doubleClickOn("#dx-field").eraseText(8).write("-7").type(KeyCode.ENTER);
        assertEquals(-7, dx.getValue());
        assertEquals("", dxField.problemProperty().get());
        robot.doubleClickOn("#blur-field").eraseText(8).write("2,5").type(KeyCode.ENTER);
        assertEquals(2.5, blur.getValue(), 1e-12, "a decimal comma is read too");
    }

    @Test
    void badTextIsNotAppliedAndTheFieldSaysWhy(FxRobot robot) {
        robot.doubleClickOn("#dx-field").eraseText(8).write("abc").type(KeyCode.ENTER);
        assertEquals(1, dx.getValue());
        assertTrue(dxField.problemProperty().get().contains("not a number"), dxField.problemProperty().get());
        assertTrue(dxField.getStyleClass().contains(ValueField.INVALID));
        robot.doubleClickOn("#dx-field").eraseText(8).write("40").type(KeyCode.ENTER);
        assertEquals(1, dx.getValue());
        assertTrue(dxField.problemProperty().get().contains("-32 … 32"), dxField.problemProperty().get());
        robot.doubleClickOn("#dx-field").eraseText(8).write("2.5").type(KeyCode.ENTER);
        assertEquals(1, dx.getValue());
        assertTrue(dxField.problemProperty().get().contains("whole"), dxField.problemProperty().get());
        robot.type(KeyCode.ESCAPE);
        assertEquals("1", dxField.getText(), "Esc restores the current value");
        assertFalse(dxField.getStyleClass().contains(ValueField.INVALID));
    }

    @Test
    void anAbsentParameterShowsADashNotAStaleValue(FxRobot robot) {
        assertEquals("2.000", absentable.getText());
        robot.interact(() -> present.set(false));
        assertEquals(ValueField.ABSENT, absentable.getText());
        assertTrue(absentable.isDisabled());
        robot.interact(() -> present.set(true));
        assertEquals("2.000", absentable.getText());
    }

    @Test
    void aLogScaleFieldShowsAndReadsTheValueNotItsExponent(FxRobot robot) {
        assertEquals("1e-06", hazeField.getText());
        robot.doubleClickOn("#haze-field").eraseText(8).write("1e-3").type(KeyCode.ENTER);
        assertEquals(-3, haze.getValue(), 1e-12, "typing 1e-3 sets the exponent −3");
        assertEquals("1e-03", hazeField.getText());
        robot.doubleClickOn("#haze-field").eraseText(8).write("0").type(KeyCode.ENTER);
        assertEquals(-3, haze.getValue(), 1e-12, "0 has no logarithm: not applied");
        assertTrue(hazeField.problemProperty().get().contains("1e-06 … 3e-01"), hazeField.problemProperty().get());
    }
}
