package org.losslens.app.export;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.losslens.app.files.FileActions;
import org.losslens.imaging.files.AtomicOutput;
import org.losslens.imaging.png.PngCodec;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/**
 * Saves charts and heatmap grids as PNG at twice their on-screen resolution and their data as CSV.
 * Export only reads: a failed write shows an error and changes nothing else.
 */
public final class ExportActions {

    /** Pictures are rendered at this multiple of screen pixels, sharp enough for slides and print. */
    public static final double PNG_SCALE = 2;

    private final Supplier<Window> owner;
    private final FileActions.Feedback feedback;
    private final Messages messages;
    private File lastDirectory;

    public ExportActions(Supplier<Window> owner, FileActions.Feedback feedback, Messages messages) {
        this.owner = owner;
        this.feedback = feedback;
        this.messages = messages;
    }

    /** "Export as PNG (2×)…" and "Export data as CSV…" for a chart's context menu. */
    public ContextMenu contextMenu(Exportable target) {
        return new ContextMenu(Localised.menuItem(messages, "export.png", null, () -> choosePng(target)),
                Localised.menuItem(messages, "export.csv", null, () -> chooseCsv(target)));
    }

    public void choosePng(Exportable target) {
        Path path = choose(messages.get("export.png.title", target.exportName()), target.exportName() + ".png",
                messages.get("files.pngImages"), "*.png");
        if (path != null) {
            png(target, path);
        }
    }

    public void chooseCsv(Exportable target) {
        Path path = choose(messages.get("export.csv.title", target.exportName()), target.exportName() + ".csv",
                messages.get("export.csvTables"), "*.csv");
        if (path != null) {
            csv(target, path);
        }
    }

    /** @return true if written; otherwise an error dialog has said why */
    public boolean png(Exportable target, Path path) {
        try {
            BufferedImage image = SwingFXUtils.fromFXImage(snapshot(target.exportNode()), null);
            PngCodec.writeImage(path, image, List.of());
            return true;
        } catch (IOException | RuntimeException e) {
            return failed(path, e);
        }
    }

    /** @return true if written; otherwise an error dialog has said why */
    public boolean csv(Exportable target, Path path) {
        try {
            byte[] table = target.exportTable().format().getBytes(StandardCharsets.UTF_8);
            AtomicOutput.write(path, List.of(), out -> out.write(table));
            return true;
        } catch (IOException | RuntimeException e) {
            return failed(path, e);
        }
    }

    static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(PNG_SCALE, PNG_SCALE));
        return node.snapshot(parameters, null);
    }

    private boolean failed(Path path, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        feedback.error(messages.get("export.failed.title"), messages.get("export.failed.message", path, reason));
        return false;
    }

    private Path choose(String title, String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return null;
        }
        lastDirectory = f.getParentFile();
        return f.toPath();
    }
}
