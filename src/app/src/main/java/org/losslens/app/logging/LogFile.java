package org.losslens.app.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log file, {@code <home>/losslens.log} (home is {@code ~/.losslens}): java.util.logging,
 * which every class reaches through {@link System#getLogger}. The file is created lazily, by the
 * first record, so a session without problems leaves none; it rotates at {@link #LIMIT_BYTES} (the
 * previous one is kept as {@code losslens.log.1}). A log that cannot be opened (read-only home, full
 * disk) costs only the file: records still reach the console and the app goes on.
 */
public final class LogFile extends Handler {

    static final String FILE = "losslens.log";
    static final String PREVIOUS = FILE + ".1";
    static final int LIMIT_BYTES = 1 << 20;
    private static final String APP_LOGGERS = "org.losslens.";

    private final Path home;
    private FileHandler file;
    private boolean unavailable;

    LogFile(Path home) {
        this.home = home;
        setFormatter(new SimpleFormatter());
    }

    /**
     * Adds the log file to the root logger and logs every uncaught exception (FX thread and workers
     * alike) there, so a crash leaves its stack trace in the file, not only on a console nobody sees.
     */
    public static void install(Path home) {
        Logger.getLogger("").addHandler(new LogFile(home));
        System.Logger log = System.getLogger(LogFile.class.getName());
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                log.log(System.Logger.Level.ERROR, "uncaught exception in thread " + thread.getName(), e));
    }

    Path path() {
        return in(home);
    }

    /** The log file of the app folder {@code home}: where a user is sent for a failure's details. */
    public static Path in(Path home) {
        return home.resolve(FILE);
    }

    /**
     * The app's own records, and anyone's SEVERE ones: the libraries' routine warnings (JavaFX warns
     * at every class-path start) would otherwise create the file in every session.
     */
    @Override
    public boolean isLoggable(LogRecord logRecord) {
        String name = logRecord.getLoggerName();
        boolean ours = name != null && name.startsWith(APP_LOGGERS);
        return super.isLoggable(logRecord) && (ours || logRecord.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    @Override
    public synchronized void publish(LogRecord logRecord) {
        if (!isLoggable(logRecord) || !open()) {
            return;
        }
        file.publish(logRecord);
        file.flush();
    }

    private boolean open() {
        if (file != null || unavailable) {
            return file != null;
        }
        try {
            Files.createDirectories(home);
            Path current = path();
            if (Files.exists(current) && Files.size(current) > LIMIT_BYTES) {
                Files.move(current, home.resolve(PREVIOUS), StandardCopyOption.REPLACE_EXISTING);
            }
            // '%' is FileHandler's pattern character: a literal one in the path is written "%%".
            file = new FileHandler(current.toString().replace("%", "%%"), LIMIT_BYTES, 1, true);
            file.setFormatter(getFormatter());
            file.setEncoding("UTF-8");
            return true;
        } catch (IOException | RuntimeException e) {
            unavailable = true;
            // Not through the logger: that would come back here. The console handler still has every record.
            System.err.println("LossLens: no log file at " + path() + " (" + e + "); logging to the console only");
            return false;
        }
    }

    @Override
    public synchronized void flush() {
        if (file != null) {
            file.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
