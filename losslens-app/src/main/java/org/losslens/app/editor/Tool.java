package org.losslens.app.editor;

/** What a press-and-drag on the editor canvas does. */
public enum Tool {
    GT_BRUSH("GT brush", "Paint ground-truth foreground"),
    GT_ERASER("GT eraser", "Erase ground truth back to background"),
    PREDICTION_BRUSH("Prediction brush", "Pull the predicted probability towards the brush strength"),
    GT_DISC("Disc", "Drag from the centre to fill a ground-truth disc"),
    GT_RECTANGLE("Rectangle", "Drag corner to corner to fill a ground-truth rectangle");

    private final String title;
    private final String help;

    Tool(String title, String help) {
        this.title = title;
        this.help = help;
    }

    public String title() {
        return title;
    }

    public String help() {
        return help;
    }

    /** Shape tools preview from the press point and commit on release instead of stamping along the path. */
    public boolean isShape() {
        return this == GT_DISC || this == GT_RECTANGLE;
    }
}
