package org.losslens.app.editor;

/** What a press-and-drag on the editor canvas does. */
public enum Tool {
    GT_BRUSH,
    GT_ERASER,
    PREDICTION_BRUSH,
    GT_DISC,
    GT_RECTANGLE;

    /** Message key of the button's title; its tooltip is under {@code key() + ".help"}. */
    public String key() {
        return "tool." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Shape tools preview from the press point and commit on release instead of stamping along the path. */
    public boolean isShape() {
        return this == GT_DISC || this == GT_RECTANGLE;
    }
}
