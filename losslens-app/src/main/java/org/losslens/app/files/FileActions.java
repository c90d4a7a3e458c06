package org.losslens.app.files;

import org.losslens.imaging.png.GreyImage;
import org.losslens.imaging.png.PngCodec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.losslens.app.masks.BoxResampler;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;

/**
 * File ▸ Open/Save for the GT and the prediction. Nothing is changed until a file has been read and
 * converted completely: a corrupt or unreadable file gives a clear dialog and leaves the drawing
 * exactly as it was. A successful load is one undoable edit.
 */
public final class FileActions {

    /** What to do with an image whose size differs from the canvas. */
    public enum SizeChoice { RESIZE_IMAGE, RESIZE_CANVAS, CANCEL }

    /** How the user is told and asked; the app uses dialogs, tests may record instead. */
    public interface Feedback {
        void error(String title, String message);

        void notice(String title, String message);

        SizeChoice askSize(int imageWidth, int imageHeight, int canvasWidth, int canvasHeight);
    }

    private final MaskDocument document;
    private final Supplier<Window> owner;
    private final Feedback feedback;
    private File lastDirectory;

    public FileActions(MaskDocument document, Supplier<Window> owner, Feedback feedback) {
        this.document = document;
        this.owner = owner;
        this.feedback = feedback;
    }

    /** Dialog-based feedback for the app. */
    public static Feedback dialogs(Supplier<Window> owner) {
        return new Feedback() {
            @Override
            public void error(String title, String message) {
                alert(Alert.AlertType.ERROR, title, message).show();
            }

            @Override
            public void notice(String title, String message) {
                alert(Alert.AlertType.INFORMATION, title, message).show();
            }

            @Override
            public SizeChoice askSize(int iw, int ih, int cw, int ch) {
                ButtonType image = new ButtonType("Resize image to " + cw + "×" + ch, ButtonBar.ButtonData.YES);
                ButtonType canvas = new ButtonType("Change canvas to " + iw + "×" + ih, ButtonBar.ButtonData.NO);
                Alert a = alert(Alert.AlertType.CONFIRMATION, "Different size",
                        "The image is " + iw + "×" + ih + " but the canvas is " + cw + "×" + ch + ".\n"
                                + "Changing the canvas resizes the other layer too.");
                a.getButtonTypes().setAll(image, canvas, ButtonType.CANCEL);
                Optional<ButtonType> answer = a.showAndWait();
                return answer.map(b -> b == image ? SizeChoice.RESIZE_IMAGE
                        : b == canvas ? SizeChoice.RESIZE_CANVAS : SizeChoice.CANCEL).orElse(SizeChoice.CANCEL);
            }

            private Alert alert(Alert.AlertType type, String title, String message) {
                Alert a = new Alert(type, message);
                a.initOwner(owner.get());
                a.setTitle(title);
                a.setHeaderText(title);
                return a;
            }
        };
    }

    public void openGroundTruth() {
        choose("Open ground truth (PNG)").ifPresent(p -> load(p, true));
    }

    public void openPrediction() {
        choose("Open prediction (PNG, grey = probability)").ifPresent(p -> load(p, false));
    }

    public void saveGroundTruth() {
        chooseSave("Save ground truth as PNG", "ground-truth.png").ifPresent(p -> save(p, true));
    }

    public void savePrediction() {
        chooseSave("Save prediction as 16-bit PNG", "prediction.png").ifPresent(p -> save(p, false));
    }

    /**
     * Loads a GT (or prediction) PNG into the document.
     *
     * @return true if the document changed
     */
    public boolean load(Path path, boolean groundTruth) {
        String what = groundTruth ? "ground truth" : "prediction";
        Masks before = document.current();
        List<String> notices = new ArrayList<>();
        Masks after;
        try {
            GreyImage image = MaskImport.fitToLimits(PngCodec.read(path), notices);
            Masks base = before;
            if (image.width() != before.width() || image.height() != before.height()) {
                switch (feedback.askSize(image.width(), image.height(), before.width(), before.height())) {
                    case CANCEL -> {
                        return false;
                    }
                    case RESIZE_CANVAS -> base = BoxResampler.resize(before, image.width(), image.height());
                    case RESIZE_IMAGE -> { }
                }
            }
            MaskImport.Result result = groundTruth ? MaskImport.groundTruth(image, base.width(), base.height())
                    : MaskImport.prediction(image, base.width(), base.height());
            notices.addAll(result.notices());
            after = groundTruth ? base.withGroundTruth(result.values()) : base.withProbabilities(result.values());
        } catch (IOException | RuntimeException e) {
            feedback.error("Could not open the " + what, "Could not open " + path.getFileName() + " as the " + what
                    + ":\n" + e.getMessage() + "\n\nYour drawing has not been changed.");
            return false;
        }
        document.commit(after);
        if (!notices.isEmpty()) {
            feedback.notice("Loaded the " + what + " from " + path.getFileName(), String.join("\n", notices));
        }
        return true;
    }

    /** @return true if written */
    public boolean save(Path path, boolean groundTruth) {
        Masks m = document.current();
        try {
            if (groundTruth) {
                PngCodec.writeBinary(path, m.width(), m.height(), m.groundTruthCopy());
            } else {
                PngCodec.writeProbabilities(path, m.width(), m.height(), m.probabilityCopy());
            }
            return true;
        } catch (IOException | RuntimeException e) {
            feedback.error("Could not save", "Could not write " + path + ":\n" + e.getMessage());
            return false;
        }
    }

    private Optional<Path> choose(String title) {
        FileChooser chooser = chooser(title);
        File f = chooser.showOpenDialog(owner.get());
        return remember(f);
    }

    private Optional<Path> chooseSave(String title, String name) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(name);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images", "*.png", "*.PNG"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.getParentFile();
        return Optional.of(f.toPath());
    }
}
