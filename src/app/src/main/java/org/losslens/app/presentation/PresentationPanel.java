package org.losslens.app.presentation;

/**
 * The panels presentation mode can show beside the view in focus; the lecturer hides or shows each
 * (the choice is remembered, {@link PresentationStore}). The view in focus itself is always shown.
 */
public enum PresentationPanel {
    /** The drawing, beside the view in focus (the gradient of what one paints, side by side). */
    EDITOR("presentation.panel.editor", true),
    /** Mode and tools; the Classroom shortcuts (Alt+B, Alt+P…) pick tools without it. */
    TOOLS("presentation.panel.tools", false),
    LOSSES("presentation.panel.losses", false),
    METRICS("presentation.panel.metrics", false),
    PARAMETERS("presentation.panel.parameters", false),
    FORMULA("presentation.panel.formula", true);

    private final String key;
    private final boolean shownByDefault;

    PresentationPanel(String key, boolean shownByDefault) {
        this.key = key;
        this.shownByDefault = shownByDefault;
    }

    /** The message key of its name in the Panels menu. */
    public String key() {
        return key;
    }

    public boolean shownByDefault() {
        return shownByDefault;
    }
}
