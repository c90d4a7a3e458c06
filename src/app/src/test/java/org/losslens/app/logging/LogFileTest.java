package org.losslens.app.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {

    @TempDir
    Path dir;

    @Test
    void theFileAppearsWithTheFirstRecordOnly() throws IOException {
        Path home = dir.resolve(".losslens");
        LogFile log = new LogFile(home);
        assertFalse(Files.exists(log.path()), "created before anything was logged");
        log.publish(record(Level.WARNING, "javafx.scene", "a library's routine warning"));
        assertFalse(Files.exists(log.path()), "created by a library's warning");
        log.publish(record(Level.WARNING, "org.losslens.app.compute.ComputeService", "evaluation failed: 中文 too"));
        log.publish(record(Level.SEVERE, "javafx.scene", "anyone's severe record"));
        log.close();
        String text = Files.readString(log.path(), StandardCharsets.UTF_8);
        assertTrue(text.contains("evaluation failed: 中文 too"), text);
        assertTrue(text.contains("anyone's severe record"), text);
        assertFalse(text.contains("routine warning"), text);
    }

    private static LogRecord record(Level level, String logger, String message) {
        LogRecord r = new LogRecord(level, message);
        r.setLoggerName(logger);
        return r;
    }

    @Test
    void aLargeLogIsRotatedAtStart() throws IOException {
        Files.write(dir.resolve(LogFile.FILE), new byte[LogFile.LIMIT_BYTES + 1]);
        LogFile log = new LogFile(dir);
        log.publish(record(Level.SEVERE, "org.losslens.test", "fresh"));
        log.close();
        assertTrue(Files.size(dir.resolve(LogFile.PREVIOUS)) > LogFile.LIMIT_BYTES);
        assertTrue(Files.readString(log.path()).contains("fresh"));
    }

    @Test
    void aLogThatCannotBeOpenedDoesNotStopTheCaller() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        LogFile log = new LogFile(notADirectory);
        log.publish(new LogRecord(Level.SEVERE, "goes to the console only"));
        log.publish(new LogRecord(Level.SEVERE, "and again, without retrying"));
        log.close();
        assertFalse(Files.isDirectory(notADirectory));
    }
}
