package org.losslens.app.mainwindow;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the main window opens and how large: where it was last closed, if that is still on a screen;
 * otherwise {@value #SHARE} of the primary screen's visual bounds (the desktop minus panels and docks),
 * centred. Never smaller than the layout needs, unless the screen itself is smaller. Set explicitly
 * before the window is shown, so the size does not depend on what a window manager makes of a scene's
 * preferred size (openbox opened it at about 200×200). Remembered in {@code window.properties} in the
 * app's home folder. The geometry is plain numbers, tested without a toolkit; {@link #place},
 * {@link #fitLayout} and {@link #remember} are the JavaFX glue.
 */
public final class WindowPlacement {

    static final String FILE = "window.properties";
    /** Share of the visual bounds a first window takes: room beside it, and every pane usable. */
    static final double SHARE = 0.85;
    private static final Logger LOG = Logger.getLogger(WindowPlacement.class.getName());

    /** A rectangle in screen coordinates. */
    public record Box(double x, double y, double width, double height) {

        boolean overlapsEnough(Box other) {
            double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
            double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
            // at least a title bar's worth of the window must be reachable
            return w >= 100 && h >= 40;
        }
    }

    /** The window's rectangle and whether it was maximised. */
    public record Placement(Box box, boolean maximized) {
    }

    private final Path file;
    /** The size asked for (the placement, or grown to the layout's minimum); FX thread only. */
    private Box target;
    /** What the layout needs, once {@link #fitLayout} knows it; 0 before. */
    private double minWidth;
    private double minHeight;
    /** Whether the window manager has had its time to map the window (see {@link #place}). */
    private boolean mappedAndSized;

    /** @param home the app's folder, e.g. ~/.losslens */
    public WindowPlacement(Path home) {
        this.file = home.resolve(FILE);
    }

    /**
     * @param screens   the visual bounds of every screen, the primary first
     * @param minWidth  what the layout needs (its minimum width), and likewise the height
     */
    public static Placement choose(Optional<Placement> remembered, List<Box> screens, double minWidth,
                                   double minHeight) {
        Box primary = screens.get(0);
        if (remembered.isPresent()) {
            Box last = remembered.get().box();
            for (Box screen : screens) {
                if (last.overlapsEnough(screen)) {
                    double w = Math.min(Math.max(last.width(), Math.min(minWidth, screen.width())), screen.width());
                    double h = Math.min(Math.max(last.height(), Math.min(minHeight, screen.height())), screen.height());
                    double x = Math.max(screen.x(), Math.min(last.x(), screen.x() + screen.width() - w));
                    double y = Math.max(screen.y(), Math.min(last.y(), screen.y() + screen.height() - h));
                    return new Placement(new Box(x, y, w, h), remembered.get().maximized());
                }
            }
        }
        double w = Math.min(primary.width(), Math.max(minWidth, Math.round(primary.width() * SHARE)));
        double h = Math.min(primary.height(), Math.max(minHeight, Math.round(primary.height() * SHARE)));
        return new Placement(new Box(primary.x() + (primary.width() - w) / 2, primary.y() + (primary.height() - h) / 2,
                w, h), false);
    }

    /** The placement saved when the window was last closed, if any could be read. */
    public Optional<Placement> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            Box box = new Box(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"));
            if (!(box.width() > 0 && box.height() > 0 && Double.isFinite(box.x()) && Double.isFinite(box.y()))) {
                return Optional.empty();
            }
            return Optional.of(new Placement(box, Boolean.parseBoolean(p.getProperty("maximized"))));
        } catch (IOException | RuntimeException e) {
            // A damaged file only costs the remembered size: the first-start size is used.
            LOG.log(Level.INFO, "window placement not read from " + file + "; using the default", e);
            return Optional.empty();
        }
    }

    /** Saves {@code placement}; a failure is logged, never shown (the next start uses the default). */
    public void save(Placement placement) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(placement.box().x()));
        p.setProperty("y", Double.toString(placement.box().y()));
        p.setProperty("width", Double.toString(placement.box().width()));
        p.setProperty("height", Double.toString(placement.box().height()));
        p.setProperty("maximized", Boolean.toString(placement.maximized()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "LossLens main window");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "window placement not saved to " + file, e);
        }
    }

    /**
     * Sizes and places {@code stage} before it is shown, from the screens' visual bounds or the
     * remembered placement, with no minimum yet: the first window shows a placeholder while the main
     * window is built, and {@link #fitLayout} later applies what the layout needs. Remembers the
     * placement when the window is hidden. {@code settled} runs on the FX thread once the window
     * manager has mapped the window and the size was asked for again (see below): the main window is
     * built after that, so the first window has its size while the FX thread is busy building.
     */
    public void place(javafx.stage.Stage stage, Runnable settled) {
        List<Box> screens = screens();
        Placement chosen = choose(load(), screens, 0, 0);
        target = chosen.box();
        stage.setX(target.x());
        stage.setY(target.y());
        stage.setWidth(target.width());
        stage.setHeight(target.height());
        stage.setMaximized(chosen.maximized());
        if (stage.isShowing()) {
            // a stage that already shows (tests reuse theirs) sends no WINDOW_SHOWN
            javafx.application.Platform.runLater(() -> settle(stage, settled));
        } else {
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.stage.WindowEvent e) {
                    stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                    settle(stage, settled);
                }
            });
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> remember(stage));
    }

    /**
     * The size asked for again once the window manager has placed it: under openbox, GTK sometimes
     * mapped the window at about 200×200 while the stage still reported the size asked for before
     * showing, so the same size again would be no request at all — one pixel less, then the size, are
     * two real ones.
     */
    private void settle(javafx.stage.Stage stage, Runnable then) {
        javafx.animation.PauseTransition mapped = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        mapped.setOnFinished(done -> {
            mappedAndSized = true;
            applyMinimum(stage);
            // The GTK quirk needs the two requests; Monocle (headless tests) has no window manager,
            // and its software pipeline logs a stale-buffer error for a resize during the first frames.
            if (stage.isMaximized() || stage.isFullScreen() || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
                then.run();
                return;
            }
            Box box = target;
            stage.setWidth(box.width() - 1);
            stage.setHeight(box.height() - 1);
            javafx.application.Platform.runLater(() -> {
                stage.setX(box.x());
                stage.setY(box.y());
                stage.setWidth(box.width());
                stage.setHeight(box.height());
                whenSceneHasTheSize(stage, box, then);
            });
        });
        mapped.play();
    }

    /**
     * Runs {@code then} once the window's scene has about {@code box}'s size (the window manager's
     * answer to the request arrives as an event), at most 500 ms later: under openbox the window had
     * its full size while its content was still painted at the mapping size (≈200×200), since the
     * main window was built, keeping the FX thread busy, before the resize came back.
     */
    private static void whenSceneHasTheSize(javafx.stage.Stage stage, Box box, Runnable then) {
        javafx.scene.Scene scene = stage.getScene();
        // the scene is the window's content: the decorations (title bar, borders) are outside it
        java.util.function.BooleanSupplier sized = () -> scene.getWidth() >= box.width() - 64
                && scene.getHeight() >= box.height() - 96;
        if (sized.getAsBoolean()) {
            then.run();
            return;
        }
        boolean[] done = new boolean[1];
        javafx.animation.PauseTransition timeout = new javafx.animation.PauseTransition(javafx.util.Duration.millis(500));
        javafx.beans.InvalidationListener[] check = new javafx.beans.InvalidationListener[1];
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                scene.widthProperty().removeListener(check[0]);
                scene.heightProperty().removeListener(check[0]);
                timeout.stop();
                then.run();
            }
        };
        check[0] = o -> {
            if (sized.getAsBoolean()) {
                once.run();
            }
        };
        scene.widthProperty().addListener(check[0]);
        scene.heightProperty().addListener(check[0]);
        timeout.setOnFinished(e -> once.run());
        timeout.play();
    }

    /**
     * Once {@code root}, the real content, is in the placed window: its minimum size becomes the window's
     * minimum (unless the screen is smaller), and the window grows, kept on its screen, only if it is
     * smaller than that; otherwise it stays exactly where and how large it is.
     */
    public void fitLayout(javafx.stage.Stage stage, javafx.scene.Parent root) {
        List<Box> screens = screens();
        root.applyCss();
        minWidth = Math.min(root.minWidth(-1), screens.get(0).width());
        minHeight = Math.min(root.minHeight(-1), screens.get(0).height());
        // before the window manager settled, the stage may report its mapping size (openbox: ≈200×200)
        Box now = mappedAndSized ? new Box(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()) : target;
        if (!stage.isMaximized() && !stage.isFullScreen() && (now.width() < minWidth || now.height() < minHeight)) {
            target = choose(Optional.of(new Placement(now, false)), screens, minWidth, minHeight).box();
            stage.setX(target.x());
            stage.setY(target.y());
            stage.setWidth(target.width());
            stage.setHeight(target.height());
        }
        if (mappedAndSized) {
            applyMinimum(stage);
        }
    }

    /** The minimum only once the window is mapped (set before, openbox mapped windows at it). */
    private void applyMinimum(javafx.stage.Stage stage) {
        stage.setMinWidth(Math.min(minWidth, target.width()));
        stage.setMinHeight(Math.min(minHeight, target.height()));
    }

    private static List<Box> screens() {
        List<Box> screens = new java.util.ArrayList<>();
        javafx.stage.Screen primary = javafx.stage.Screen.getPrimary();
        screens.add(box(primary.getVisualBounds()));
        for (javafx.stage.Screen s : javafx.stage.Screen.getScreens()) {
            if (!s.equals(primary)) {
                screens.add(box(s.getVisualBounds()));
            }
        }
        return screens;
    }

    /** Saves where {@code stage} is now (its last normal size if it is maximised: maximising again restores). */
    public void remember(javafx.stage.Stage stage) {
        if (stage.isFullScreen() || stage.isIconified()) {
            return;
        }
        save(new Placement(new Box(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                stage.isMaximized()));
    }

    private static Box box(javafx.geometry.Rectangle2D r) {
        return new Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key, "NaN"));
    }
}
