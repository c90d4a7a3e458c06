package org.losslens.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.losslens.app.charts.AxisScale;
import org.losslens.app.charts.Plot;

class CsvTableTest {

    private static Plot plot(String title, double[] x, double[] y) {
        return new Plot(title, "", "p_t", "loss", AxisScale.LINEAR, AxisScale.LINEAR, x,
                List.of(new Plot.Line("bce", "bce", false, false, y)), List.of(), Double.NaN);
    }

    @Test
    void valuesSurviveTheRoundTripExactly() {
        double[] x = {0.1, 1.0 / 3};
        double[] y = {Math.PI, -Math.log(1.0 / 3)};
        String csv = Plot.csv(List.of(plot("values", x, y))).format();
        String[] rows = csv.split("\n");
        assertEquals("p_t,bce", rows[0]);
        assertEquals(1.0 / 3, Double.parseDouble(rows[2].split(",")[0]), 0.0);
        assertEquals(-Math.log(1.0 / 3), Double.parseDouble(rows[2].split(",")[1]), 0.0);
    }

    @Test
    void severalPlotsShareTheXColumnAndNameTheirLines() {
        double[] x = {1, 2};
        String csv = Plot.csv(List.of(plot("loss", x, new double[] {1, 2}), plot("grad, abs", x, new double[] {3, 4})))
                .format();
        assertEquals("p_t,loss: bce,\"grad, abs: bce\"", csv.lines().findFirst().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> Plot.csv(List.of(plot("a", x, new double[] {1, 2}),
                plot("b", new double[] {5, 6}, new double[] {1, 2}))));
    }
}
