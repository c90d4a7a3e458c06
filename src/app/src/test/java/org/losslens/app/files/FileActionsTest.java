package org.losslens.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.core.activation.Sigmoid;
import org.losslens.imaging.dataset.PredictionScale;
import org.losslens.imaging.npy.NpyArray;
import org.losslens.imaging.png.GreyImage;
import org.losslens.imaging.npy.NpyWriter;

/** Opening an image: a failure of any kind is a dialog and leaves the drawing as it was. */
class FileActionsTest {

    /** Records what the user would be told. */
    private static class Recorded implements FileActions.Feedback {
        final List<String> errors = new ArrayList<>();
        final List<String> asked = new ArrayList<>();
        final List<String> sizeQuestions = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        Optional<PredictionScale> answer = Optional.empty();

        @Override
        public void error(String title, String message) {
            errors.add(title + "\n" + message);
        }

        @Override
        public void notice(String title, String message) {
            notices.add(message);
        }

        @Override
        public Optional<PredictionScale> askScale(PredictionScale detected, String range) {
            asked.add(detected + " " + range);
            return answer.isPresent() ? answer : Optional.of(detected);
        }

        @Override
        public FileActions.SizeChoice askSize(int iw, int ih, int cw, int ch, String already) {
            sizeQuestions.add(iw + "×" + ih + " on " + cw + "×" + ch + ": " + already);
            return FileActions.SizeChoice.RESIZE_IMAGE;
        }
    }

    @Test
    void runningOutOfMemoryReadingAnImageIsADialogNotACrash() {
        Masks before = Masks.blank(32);
        MaskDocument document = new MaskDocument(before);
        Recorded feedback = new Recorded();
        FileActions files = new FileActions(document, () -> null, feedback, new Messages(Messages.ENGLISH),
                path -> {
                    throw new OutOfMemoryError("Java heap space");
                });

        assertFalse(files.load(Path.of("big.png"), true));

        assertEquals(1, feedback.errors.size());
        String shown = feedback.errors.get(0);
        assertTrue(shown.contains("big.png") && shown.contains("not enough memory")
                && shown.contains("has not been changed"), shown);
        assertSame(before, document.current());
    }

    @Test
    void anImageDownscaledOnReadingSaysSoInTheSizeQuestionWithItsOwnSize() {
        MaskDocument document = new MaskDocument(Masks.blank(256));
        Recorded feedback = new Recorded();
        FileActions files = new FileActions(document, () -> null, feedback, new Messages(Messages.ENGLISH),
                path -> new GreyImage(1000, 1000, new double[1000 * 1000]));

        assertTrue(files.load(Path.of("large.png"), true));

        assertEquals(1, feedback.sizeQuestions.size());
        String asked = feedback.sizeQuestions.get(0);
        // asked about the 512×512 it became, and told before answering that the file is 1000×1000
        assertTrue(asked.startsWith("512×512 on 256×256: ") && asked.contains("1000×1000"), asked);
        assertTrue(feedback.notices.stream().noneMatch(n -> n.contains("1000×1000")),
                "not told a second time after answering: " + feedback.notices);
    }

    @TempDir
    Path dir;

    private Path npy(String name, int[] shape, String dtype, double[] values) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, NpyWriter.bytes(new NpyArray(shape, dtype, values)));
        return p;
    }

    private static double[] ramp(int n, double from, double to) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + (to - from) * i / (n - 1);
        }
        return v;
    }

    @Test
    void aNpyOfLogitsIsAskedAboutThenOpensAsTheirSigmoid() throws IOException {
        MaskDocument document = new MaskDocument(Masks.blank(32));
        Recorded feedback = new Recorded();
        FileActions files = new FileActions(document, () -> null, feedback, new Messages(Messages.ENGLISH));
        double[] logits = ramp(32 * 32, -6, 6);
        assertTrue(files.load(npy("pred.npy", new int[] {1, 32, 32}, "<f8", logits), false));
        assertEquals(List.of("LOGITS [-6.000, 6.000]"), feedback.asked);
        double[] p = document.current().probabilityCopy();
        for (int i = 0; i < p.length; i += 97) {
            assertEquals(Sigmoid.sigmoid(logits[i]), p[i], 1e-12);
        }
    }

    @Test
    void theUserMayOverruleTheGuessAndCancellingChangesNothing() throws IOException {
        Masks before = Masks.blank(32);
        MaskDocument document = new MaskDocument(before);
        Recorded feedback = new Recorded();
        FileActions files = new FileActions(document, () -> null, feedback, new Messages(Messages.ENGLISH));
        double[] unit = ramp(32 * 32, 0, 1);
        Path path = npy("pred.npy", new int[] {32, 32}, "<f4", unit);
        feedback.answer = Optional.of(PredictionScale.LOGITS);
        assertTrue(files.load(path, false));
        assertEquals(Sigmoid.sigmoid(1), document.current().probabilityCopy()[32 * 32 - 1], 1e-12);
        assertEquals("PROBABILITIES [0.000, 1.000]", feedback.asked.get(0));

        Masks edited = document.current();
        FileActions cancelling = new FileActions(document, () -> null, new Recorded() {
            @Override
            public Optional<PredictionScale> askScale(PredictionScale detected, String range) {
                return Optional.empty();
            }
        }, new Messages(Messages.ENGLISH));
        assertFalse(cancelling.load(path, false));
        assertSame(edited, document.current());
    }

    @Test
    void aNpyLabelMapOfZerosAndOnesIsTheGroundTruth() throws IOException {
        MaskDocument document = new MaskDocument(Masks.blank(32));
        Recorded feedback = new Recorded();
        FileActions files = new FileActions(document, () -> null, feedback, new Messages(Messages.ENGLISH));
        double[] labels = new double[32 * 32];
        for (int i = 0; i < 200; i++) {
            labels[i] = 1;
        }
        assertTrue(files.load(npy("gt.npy", new int[] {32, 32}, "|u1", labels), true));
        assertEquals(200, java.util.Arrays.stream(document.current().groundTruthCopy()).sum(), 0);
        assertEquals(List.of(), feedback.errors);
    }

    @Test
    void aMulticlassArrayOrLabelMapIsRefusedWithWhereItOpensAndTheDrawingKept() throws IOException {
        Masks before = Masks.blank(32);
        MaskDocument document = new MaskDocument(before);
        Recorded feedback = new Recorded();
        FileActions files = new FileActions(document, () -> null, feedback, new Messages(Messages.ENGLISH));
        assertFalse(files.load(npy("pred.npy", new int[] {4, 32, 32}, "<f4", new double[4 * 32 * 32]), false));
        double[] labels = new double[32 * 32];
        labels[5] = 3;
        assertFalse(files.load(npy("gt.npy", new int[] {32, 32}, "<i8", labels), true));
        double[] nan = new double[32 * 32];
        nan[7] = Double.NaN;
        assertFalse(files.load(npy("nan.npy", new int[] {32, 32}, "<f8", nan), false));
        assertEquals(3, feedback.errors.size());
        assertTrue(feedback.errors.get(0).contains("(4, 32, 32)") && feedback.errors.get(0).contains("Dataset"),
                feedback.errors.get(0));
        assertTrue(feedback.errors.get(1).contains("label 3"), feedback.errors.get(1));
        assertTrue(feedback.errors.get(2).contains("NaN"), feedback.errors.get(2));
        assertSame(before, document.current());
    }
}
