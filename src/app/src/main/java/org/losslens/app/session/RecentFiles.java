package org.losslens.app.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened or saved sessions, newest first, kept in a small text file. */
public final class RecentFiles {

    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());

    static final int LIMIT = 8;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.exists(store)) {
                Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(Path::of)
                        .limit(LIMIT).forEach(files::add);
            }
        } catch (IOException | RuntimeException e) {
            // A damaged list only costs the list.
            LOG.log(System.Logger.Level.WARNING, "recent files list " + store + " unreadable; starting with an empty list", e);
            files.clear();
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    /** Moves {@code file} to the top and saves the list (a failure to save it is not worth a dialog). */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > LIMIT) {
            files.remove(files.size() - 1);
        }
        List<String> lines = new ArrayList<>();
        files.forEach(f -> lines.add(f.toString()));
        try {
            SessionFiles.writeAtomically(store, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Keep the in-memory list; it is rebuilt from use.
            LOG.log(System.Logger.Level.WARNING, "recent files list " + store + " not saved", e);
        }
    }
}
