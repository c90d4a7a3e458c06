package org.losslens.app.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Finds what a user cannot read in a laid-out window (issue 19.2): a {@link Labeled} whose shown
 * text is ellipsised, a control or text (partly) outside its window or outside the clip of an
 * ancestor it cannot be scrolled into, a tab pane whose headers overflow (its tab menu button
 * shown) and a control squeezed below its minimum size. Content outside a scroll pane's viewport
 * along an axis that scrolls is fine (reachable); along an axis whose scroll bar is {@code NEVER}
 * it is clipped. Call on the FX thread, after a layout pass.
 */
public final class ClippingProbe {

    /** Half a pixel for rounding, as layout snaps to pixels. */
    private static final double SLACK = 1.0;

    /** One thing cut: what kind, where (a readable path), and what is shown. */
    public record Clip(String kind, String path, String detail) {
        @Override
        public String toString() {
            return kind + ": " + path + " — " + detail;
        }
    }

    private ClippingProbe() {
    }

    /** Every clip of every showing window (main window, dialogs, secondary stages). */
    public static List<Clip> showingWindows() {
        List<Clip> clips = new ArrayList<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && !(w instanceof javafx.stage.PopupWindow)) {
                clips.addAll(of(w.getScene()));
            }
        }
        return clips;
    }

    public static List<Clip> of(Window window) {
        return of(window.getScene());
    }

    public static List<Clip> of(Scene scene) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        List<Clip> clips = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        walk(root, window, clips);
        return clips;
    }

    private static void walk(Node node, Bounds window, List<Clip> clips) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled, clips);
        }
        if (node instanceof TabPane tabs) {
            checkTabHeaders(tabs, clips);
        }
        if (node instanceof Control control && !(node instanceof ScrollBar)) {
            checkSize(control, clips);
        }
        if ((node instanceof Control || node instanceof Text) && !isLabeledText(node)) {
            checkVisible(node, window, clips);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, window, clips);
            }
        }
    }

    /** The text a Labeled shows is its skin's {@code LabeledText}; the skin puts the ellipsis there. */
    private static void checkText(Labeled labeled, List<Clip> clips) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        Text shown = shownText(labeled);
        if (shown == null) {
            return;
        }
        String displayed = shown.getText();
        if (!displayed.equals(text) && !displayed.equals(withoutMnemonic(labeled, text))) {
            clips.add(new Clip("ellipsised", path(labeled), "\"" + text + "\" shown as \"" + displayed + "\""));
        }
    }

    /** JavaFX hides the first single underscore of a mnemonic-parsing Labeled ("__" shows one). */
    private static String withoutMnemonic(Labeled labeled, String text) {
        if (!labeled.isMnemonicParsing()) {
            return text;
        }
        int i = text.indexOf('_');
        while (i >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '_') {
            i = text.indexOf('_', i + 2);
        }
        return i >= 0 && i + 1 < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
    }

    static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (isLabeledText(child)) {
                return (Text) child;
            }
        }
        return null;
    }

    private static boolean isLabeledText(Node node) {
        return node instanceof Text && node.getParent() instanceof Labeled;
    }

    /** The skin shows the "tab menu" button (style class tab-down-button) only when the headers do not fit. */
    private static void checkTabHeaders(TabPane tabs, List<Clip> clips) {
        for (Node child : tabs.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("tab-header-area") && child.isVisible() && shownMenuButton(child)) {
                clips.add(new Clip("tab headers overflow", path(tabs),
                        tabs.getTabs().size() + " tabs, " + Math.round(tabs.getWidth()) + " px wide"));
                return;
            }
        }
    }

    private static boolean shownMenuButton(Node node) {
        if (!node.isVisible()) {
            return false;
        }
        if (node.getStyleClass().contains("tab-down-button")) {
            return true;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (shownMenuButton(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkSize(Control control, List<Clip> clips) {
        if (control.getSkin() == null || control.getWidth() <= 0 && control.getHeight() <= 0) {
            return;
        }
        double w = control.getWidth();
        double h = control.getHeight();
        double minW = control.minWidth(control.getContentBias() == Orientation.VERTICAL ? h : -1);
        double minH = control.minHeight(control.getContentBias() == Orientation.HORIZONTAL ? w : -1);
        if (w + SLACK < minW || h + SLACK < minH) {
            clips.add(new Clip("squeezed", path(control), Math.round(w) + "×" + Math.round(h) + " below its minimum "
                    + Math.round(minW) + "×" + Math.round(minH)));
        }
    }

    /**
     * Whether the node lies inside what can be seen of it: per axis, the clips of its ancestors
     * up to the nearest one that scrolls along that axis, and the window if none does.
     */
    private static void checkVisible(Node node, Bounds window, List<Clip> clips) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        List<Parent> chain = new ArrayList<>();
        for (Parent a = node.getParent(); a != null; a = a.getParent()) {
            chain.add(a);
        }
        int scrollX = scrolling(node, chain, true);
        int scrollY = scrolling(node, chain, false);
        boolean freeX = scrollX < chain.size();
        boolean freeY = scrollY < chain.size();
        double minX = Double.NEGATIVE_INFINITY;
        double maxX = Double.POSITIVE_INFINITY;
        double minY = Double.NEGATIVE_INFINITY;
        double maxY = Double.POSITIVE_INFINITY;
        for (int i = 0; i < chain.size(); i++) {
            Parent a = chain.get(i);
            if (a.getClip() == null) {
                continue;
            }
            Bounds c = a.localToScene(a.getClip().getBoundsInParent());
            if (i < scrollX) {
                minX = Math.max(minX, c.getMinX());
                maxX = Math.min(maxX, c.getMaxX());
            }
            if (i < scrollY) {
                minY = Math.max(minY, c.getMinY());
                maxY = Math.min(maxY, c.getMaxY());
            }
        }
        if (!freeX) {
            minX = Math.max(minX, window.getMinX());
            maxX = Math.min(maxX, window.getMaxX());
        }
        if (!freeY) {
            minY = Math.max(minY, window.getMinY());
            maxY = Math.min(maxY, window.getMaxY());
        }
        if (b.getMinX() + SLACK < minX || b.getMaxX() - SLACK > maxX
                || b.getMinY() + SLACK < minY || b.getMaxY() - SLACK > maxY) {
            if (b.getMaxX() <= minX || b.getMinX() >= maxX || b.getMaxY() <= minY || b.getMinY() >= maxY) {
                clips.add(new Clip("hidden outside its viewport", path(node), describe(b, minX, maxX, minY, maxY)));
            } else {
                clips.add(new Clip("cut by its viewport", path(node), describe(b, minX, maxX, minY, maxY)));
            }
        }
    }

    /**
     * How many of the ancestors' clips count along an axis: those below the nearest ancestor that
     * scrolls along it, less that container's own viewport (the skin parts between its content and
     * it; a list's or table's flow: everything below it). {@code chain.size()} if none scrolls.
     */
    private static int scrolling(Node node, List<Parent> chain, boolean horizontal) {
        for (int i = 0; i < chain.size(); i++) {
            Parent a = chain.get(i);
            if (a instanceof ScrollPane s && (s.isPannable() || (horizontal ? s.getHbarPolicy() : s.getVbarPolicy())
                    != ScrollPane.ScrollBarPolicy.NEVER)) {
                Node content = s.getContent();
                int c = content == node ? -1 : chain.indexOf(content);
                return c < 0 && content != node ? i : c + 1;
            }
            if (a instanceof VirtualFlow<?>) {
                return 0;
            }
            // A table's column headers move with its horizontal scroll bar, as its cells do: a header
            // beyond the header row's clip is reachable along x (not along y).
            if (horizontal && a instanceof TableHeaderRow) {
                return i;
            }
        }
        return chain.size();
    }

    private static String describe(Bounds b, double minX, double maxX, double minY, double maxY) {
        return String.format("at x %.0f–%.0f, y %.0f–%.0f; visible x %.0f–%.0f, y %.0f–%.0f",
                b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY(), minX, maxX, minY, maxY);
    }

    /** The node and its nearest named ancestors: {@code Class#id.styleClass "text"}, innermost last. */
    static String path(Node node) {
        List<String> parts = new ArrayList<>();
        parts.add(name(node));
        int named = 0;
        for (Parent a = node.getParent(); a != null && named < 3; a = a.getParent()) {
            if (a.getId() != null || !ownStyleClasses(a).isEmpty()) {
                parts.add(0, name(a));
                named++;
            }
        }
        return String.join(" > ", parts);
    }

    private static String name(Node node) {
        Class<?> c = node.getClass();
        while (c.isAnonymousClass()) {
            c = c.getSuperclass();
        }
        StringBuilder s = new StringBuilder(c.getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        for (String style : ownStyleClasses(node)) {
            s.append('.').append(style);
        }
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText() : null;
        if (text != null && !text.isEmpty()) {
            s.append(" \"").append(text.length() > 60 ? text.substring(0, 60) + "…" : text).append('"');
        }
        return s.toString();
    }

    /** The style classes a node was given beyond its control's default one (e.g. "label", "button"). */
    private static List<String> ownStyleClasses(Node node) {
        List<String> own = new ArrayList<>(node.getStyleClass());
        if (node instanceof Control && !own.isEmpty()) {
            own.remove(0);
        }
        return own;
    }
}
