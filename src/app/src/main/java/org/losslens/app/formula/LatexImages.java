package org.losslens.app.formula;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.losslens.app.theme.Palette;

/** LaTeX to a JavaFX image, with JLaTeXMath (which draws with Java2D, so it needs no display). */
public final class LatexImages {

    private LatexImages() {
    }

    /**
     * @param points font size of the formula
     * @throws org.scilab.forge.jlatexmath.ParseException if the LaTeX is malformed
     */
    public static Image render(String latex, float points, boolean darkBackground) {
        BufferedImage image = (BufferedImage) new TeXFormula(latex).createBufferedImage(TeXConstants.STYLE_DISPLAY,
                points, darkBackground ? Palette.FORMULA_INK_ON_DARK : Palette.FORMULA_INK, null);
        return SwingFXUtils.toFXImage(image, null);
    }
}
