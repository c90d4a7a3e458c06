package org.losslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.losslens.app.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The headless options of the entry point; the packaged launcher is checked with them. */
class LossLensLauncherTest {

    private static String answer(List<String> args, boolean expectAnswered) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(expectAnswered, LossLensLauncher.answerInfoOption(args, out, Messages.ENGLISH));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsOneLineWithoutStartingJavaFx() {
        String expected = "LossLens " + LossLensLauncher.version(new Messages(Messages.ENGLISH)) + System.lineSeparator();
        assertEquals(expected, answer(List.of("--version"), true));
        assertEquals(expected, answer(List.of("-V"), true));
    }

    @Test
    void helpNamesTheOptions() {
        String help = answer(List.of("--help"), true);
        assertTrue(help.startsWith("Usage: losslens"));
        assertTrue(help.contains("--version"));
        assertTrue(help.contains("--dataset FOLDER"));
    }

    @Test
    void datasetNamesTheFolderToOpenEitherWay() {
        assertEquals(java.util.Optional.of(java.nio.file.Path.of("val")), LossLensLauncher.datasetFolder(List.of("--dataset", "val")));
        assertEquals(java.util.Optional.of(java.nio.file.Path.of("/a b")), LossLensLauncher.datasetFolder(List.of("--dataset=/a b")));
        assertEquals(java.util.Optional.empty(), LossLensLauncher.datasetFolder(List.of("--dataset")));
        assertEquals(java.util.Optional.empty(), LossLensLauncher.datasetFolder(List.of()));
    }

    @Test
    void helpSpeaksChineseWhenThatIsTheLanguage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertTrue(LossLensLauncher.answerInfoOption(List.of("-h"), out, Messages.SIMPLIFIED_CHINESE));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("用法:losslens"));
    }

    @Test
    void otherArgumentsStartTheApp() {
        assertEquals("", answer(List.of(), false));
        assertEquals("", answer(List.of("--some-javafx-option"), false));
        assertFalse(LossLensLauncher.version(new Messages(Messages.ENGLISH)).isBlank());
    }
}
