package org.losslens.app.files;

import org.losslens.imaging.dataset.PredictionScale;
import org.losslens.imaging.npy.NpyArray;
import org.losslens.imaging.npy.NpyReader;
import org.losslens.imaging.png.GreyImage;
import org.losslens.imaging.png.PngCodec;
import org.losslens.app.i18n.Messages;
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

        /**
         * @param already what the user must know before answering, or "" (the image was downscaled
         *                on reading: its size here is after that)
         */
        SizeChoice askSize(int imageWidth, int imageHeight, int canvasWidth, int canvasHeight, String already);

        /**
         * How to read a {@code .npy} prediction whose values span {@code range}: the file does not say
         * whether it holds logits or probabilities, so the guess is shown and the user confirms or
         * overrules it; empty if they cancel.
         */
        Optional<PredictionScale> askScale(PredictionScale detected, String range);
    }

    /** Reads an image file as grey levels: {@link PngCodec#read} in the app, a stand-in in tests. */
    @FunctionalInterface
    interface ImageReader {
        GreyImage read(Path path) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(FileActions.class.getName());

    private final MaskDocument document;
    private final Supplier<Window> owner;
    private final Feedback feedback;
    private final Messages messages;
    private final ImageReader reader;
    private File lastDirectory;

    public FileActions(MaskDocument document, Supplier<Window> owner, Feedback feedback, Messages messages) {
        this(document, owner, feedback, messages, PngCodec::read);
    }

    FileActions(MaskDocument document, Supplier<Window> owner, Feedback feedback, Messages messages,
                ImageReader reader) {
        this.document = document;
        this.messages = messages;
        this.owner = owner;
        this.feedback = feedback;
        this.reader = reader;
    }

    /** Dialog-based feedback for the app. */
    public static Feedback dialogs(Supplier<Window> owner, Messages messages) {
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
            public Optional<PredictionScale> askScale(PredictionScale detected, String range) {
                ButtonType logits = new ButtonType(messages.get("files.npy.asLogits"), ButtonBar.ButtonData.YES);
                ButtonType probabilities = new ButtonType(messages.get("files.npy.asProbabilities"),
                        ButtonBar.ButtonData.NO);
                Alert a = alert(Alert.AlertType.CONFIRMATION, messages.get("files.npy.scale.title"),
                        messages.get(detected == PredictionScale.LOGITS ? "files.npy.scale.logits"
                                : "files.npy.scale.probabilities", range));
                a.getButtonTypes().setAll(logits, probabilities, ButtonType.CANCEL);
                ButtonType guess = detected == PredictionScale.LOGITS ? logits : probabilities;
                for (ButtonType b : a.getButtonTypes()) {
                    ((javafx.scene.control.Button) a.getDialogPane().lookupButton(b)).setDefaultButton(b == guess);
                }
                return a.showAndWait().filter(b -> b != ButtonType.CANCEL)
                        .map(b -> b == logits ? PredictionScale.LOGITS : PredictionScale.PROBABILITIES);
            }

            @Override
            public SizeChoice askSize(int iw, int ih, int cw, int ch, String already) {
                Alert a = sizeQuestion(messages, owner.get(), iw, ih, cw, ch, already);
                return a.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.YES ? SizeChoice.RESIZE_IMAGE
                        : b.getButtonData() == ButtonBar.ButtonData.NO ? SizeChoice.RESIZE_CANVAS : SizeChoice.CANCEL)
                        .orElse(SizeChoice.CANCEL);
            }

            private Alert alert(Alert.AlertType type, String title, String message) {
                return FileActions.alert(owner.get(), type, title, message);
            }
        };
    }

    /**
     * "Different size": resize the image (Yes), change the canvas (No) or cancel. Its message has two
     * lines; the second says that changing the canvas resizes the other layer too.
     */
    static Alert sizeQuestion(Messages messages, Window owner, int iw, int ih, int cw, int ch, String already) {
        ButtonType image = new ButtonType(messages.get("files.size.resizeImage", cw + "×" + ch), ButtonBar.ButtonData.YES);
        ButtonType canvas = new ButtonType(messages.get("files.size.resizeCanvas", iw + "×" + ih),
                ButtonBar.ButtonData.NO);
        Alert a = alert(owner, Alert.AlertType.CONFIRMATION, messages.get("files.size.title"),
                (already.isEmpty() ? "" : already + "\n") + messages.get("files.size.message", iw + "×" + ih, cw + "×" + ch));
        a.getButtonTypes().setAll(image, canvas, ButtonType.CANCEL);
        return a;
    }

    private static Alert alert(Window owner, Alert.AlertType type, String title, String message) {
        return org.losslens.app.dialogs.Dialogs.alert(owner, type, title, message);
    }

    public void openGroundTruth() {
        choose(messages.get("files.open.groundTruth")).ifPresent(p -> load(p, true));
    }

    public void openPrediction() {
        choose(messages.get("files.open.prediction")).ifPresent(p -> load(p, false));
    }

    public void saveGroundTruth() {
        chooseSave(messages.get("files.save.groundTruth"), "ground-truth.png").ifPresent(p -> save(p, true));
    }

    public void savePrediction() {
        chooseSave(messages.get("files.save.prediction"), "prediction.png").ifPresent(p -> save(p, false));
    }

    /**
     * Loads a GT (or prediction) PNG or {@code .npy} array into the document.
     *
     * @return true if the document changed
     */
    public boolean load(Path path, boolean groundTruth) {
        String what = messages.get(groundTruth ? "files.what.groundTruth" : "files.what.prediction");
        Masks before = document.current();
        List<ImportNotice> notices = new ArrayList<>();
        Masks after;
        try {
            Optional<GreyImage> read = read(path, groundTruth);
            if (read.isEmpty()) {
                return false;
            }
            GreyImage image = MaskImport.fitToLimits(read.get(), notices);
            Masks base = before;
            if (image.width() != before.width() || image.height() != before.height()) {
                // a downscale on reading is said in the question, not only after it was answered
                String already = String.join("\n", notices.stream().map(n -> n.text(messages)).toList());
                notices.clear();
                switch (feedback.askSize(image.width(), image.height(), before.width(), before.height(), already)) {
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
            String reason = e instanceof ImportNotice.Refusal r ? r.notice().text(messages) : e.getMessage();
            feedback.error(messages.get("files.openFailed.title", what),
                    messages.get("files.openFailed.message", path.getFileName(), what, reason));
            return false;
        } catch (OutOfMemoryError e) {
            // An image within PngCodec's header limit can still exceed a small heap (a 4096² RGBA
            // image decodes to ~200 MB before it is scaled down). What was allocated for it is garbage
            // once this frame is left, so the app goes on with the drawing it had.
            LOG.log(System.Logger.Level.ERROR, "out of memory reading " + path, e);
            feedback.error(messages.get("files.openFailed.title", what),
                    messages.get("files.openFailed.message", path.getFileName(), what,
                            messages.get("files.outOfMemory")));
            return false;
        }
        document.commit(after);
        if (!notices.isEmpty()) {
            feedback.notice(messages.get("files.loaded", what, path.getFileName()), String.join("\n",
                    notices.stream().map(n -> n.text(messages)).toList()));
        }
        return true;
    }

    /** The file as grey levels: a PNG, or a {@code .npy} array; empty if the user cancelled. */
    private Optional<GreyImage> read(Path path, boolean groundTruth) throws IOException {
        if (!NpyImport.isNpy(path)) {
            return Optional.of(reader.read(path));
        }
        NpyArray array = NpyReader.read(path);
        if (groundTruth) {
            return Optional.of(NpyImport.groundTruth(array));
        }
        PredictionScale detected = NpyImport.detect(array);
        return feedback.askScale(detected, NpyImport.Range.of(array).text())
                .map(scale -> NpyImport.prediction(array, scale));
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
            feedback.error(messages.get("files.saveFailed.title"), messages.get("files.saveFailed.message", path, e.getMessage()));
            return false;
        }
    }

    private Optional<Path> choose(String title) {
        FileChooser chooser = chooser(title);
        // A model's saved output opens too; saving always writes PNG.
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("files.pngOrNpy"), "*.png", "*.PNG", "*.npy"),
                new FileChooser.ExtensionFilter(messages.get("files.pngImages"), "*.png", "*.PNG"),
                new FileChooser.ExtensionFilter(messages.get("files.npyArrays"), "*.npy"));
        File f = chooser.showOpenDialog(owner.get());
        return remember(f);
    }

    private Optional<Path> chooseSave(String title, String name) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("files.pngImages"), "*.png", "*.PNG"));
        chooser.setInitialFileName(name);
        return remember(chooser.showSaveDialog(owner.get())).map(p -> SaveNames.withExtension(p, ".png"));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
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
