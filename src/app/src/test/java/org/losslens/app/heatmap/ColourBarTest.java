package org.losslens.app.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The scale a heatmap's title states: a magnitude map (Σ|∂L|, never below 0) has no "±". */
class ColourBarTest {

    @Test
    void aMagnitudeScaleRunsFromZeroAndASignedOneIsSymmetric() {
        assertEquals("0…1.0e-12", ColourBar.scaleText(true, 1e-12));
        assertEquals("±1.0e-12", ColourBar.scaleText(false, 1e-12));
        assertEquals("±0.0020", ColourBar.scaleText(false, 0.002));
    }
}
