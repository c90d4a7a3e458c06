package org.losslens.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyFieldsThatNeedIt() {
        assertEquals("dice", Csv.field("dice"));
        assertEquals("\"a, b\"", Csv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("family,loss,\"x,y\"\n", Csv.line("family", "loss", "x,y"));
    }

    @Test
    void columnsRoundTripEveryDouble() {
        double tiny = Math.nextUp(0.1);
        String csv = Csv.columns(List.of("x", "dice, fg"), List.of(new double[] {0, tiny}, new double[] {1e-300, -2.5}));
        assertEquals("x,\"dice, fg\"\n0.0,1.0E-300\n" + tiny + ",-2.5\n", csv);
        assertEquals(tiny, Double.parseDouble(csv.split("\n")[2].split(",")[0]));
    }

    @Test
    void refusesRaggedColumns() {
        assertThrows(IllegalArgumentException.class,
                () -> Csv.columns(List.of("a", "b"), List.of(new double[2], new double[3])));
    }
}
