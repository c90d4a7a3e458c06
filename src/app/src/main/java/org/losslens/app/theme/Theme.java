package org.losslens.app.theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * The app's stylesheets: the base theme ({@code losslens.css}, on top of JavaFX's Modena), the
 * palette's looked-up colours, and presentation mode ({@code presentation.css}), which is switched by
 * adding and removing the stylesheet, so leaving it restores exactly what was there.
 */
public final class Theme {

    /** Base theme: every style class the views use. */
    public static final String BASE = Theme.class.getResource("losslens.css").toExternalForm();
    /** Presentation mode: large text for a classroom projector. */
    public static final String PRESENTATION = Theme.class.getResource("presentation.css").toExternalForm();
    /** {@link Palette}'s label and line colours as CSS looked-up colours (a data URI: written only in Palette). */
    public static final String PALETTE = "data:text/css;base64,"
            + Base64.getEncoder().encodeToString(Palette.lookedUpColours().getBytes(StandardCharsets.UTF_8));

    private Theme() {
    }

    /** Adds the base theme to a scene's (or a dialog pane's) stylesheets. */
    public static void apply(ObservableList<String> stylesheets) {
        for (String sheet : List.of(PALETTE, BASE)) {
            if (!stylesheets.contains(sheet)) {
                stylesheets.add(sheet);
            }
        }
    }

    /** Switches presentation mode's stylesheet on or off (after the base, so it wins). */
    public static void presentation(ObservableList<String> stylesheets, boolean on) {
        if (on && !stylesheets.contains(PRESENTATION)) {
            stylesheets.add(PRESENTATION);
        } else if (!on) {
            stylesheets.remove(PRESENTATION);
        }
    }
}
