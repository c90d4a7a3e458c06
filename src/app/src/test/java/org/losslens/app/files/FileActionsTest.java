package org.losslens.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.masks.Masks;
import org.junit.jupiter.api.Test;

/** Opening an image: a failure of any kind is a dialog and leaves the drawing as it was. */
class FileActionsTest {

    /** Records what the user would be told. */
    private static final class Recorded implements FileActions.Feedback {
        final List<String> errors = new ArrayList<>();

        @Override
        public void error(String title, String message) {
            errors.add(title + "\n" + message);
        }

        @Override
        public void notice(String title, String message) {
        }

        @Override
        public FileActions.SizeChoice askSize(int iw, int ih, int cw, int ch) {
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
}
