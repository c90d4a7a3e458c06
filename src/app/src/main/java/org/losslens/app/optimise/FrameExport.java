package org.losslens.app.optimise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.losslens.app.compute.SweepService;
import org.losslens.app.i18n.Messages;

/**
 * "Export frames…" as a background job on a {@link SweepService} (its own thread, latest wins,
 * progress, cancel), so writing hundreds of PNGs never blocks the FX thread and its outcome —
 * written, cancelled or failed with the reason — is observable state the view words.
 */
public final class FrameExport implements AutoCloseable {

    /** Steps between written frames (every step) and pixels per image pixel. */
    static final int EVERY = 1;
    static final int SCALE = 3;

    private final SweepService<Integer> service;
    private final ReadOnlyIntegerWrapper written = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();

    /** @param publisher runs a task on the UI thread (e.g. {@code Platform::runLater}) */
    public FrameExport(Consumer<Runnable> publisher) {
        service = new SweepService<>("frames", publisher, written::set);
    }

    /** Replays {@code replay} and writes its frames into {@code folder}, captions worded by {@code messages}. */
    public void start(OptimiseViewModel.Replay replay, Path folder, Messages messages) {
        this.folder.set(folder);
        service.submit(List.of(new SweepService.Pass<>("frames", progress -> {
            try {
                return FrameSequence.write(replay, folder, EVERY, SCALE, progress, messages);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        })));
    }

    public void cancel() {
        service.cancel();
    }

    /** STARTING / RUNNING while writing, then DONE, CANCELLED or FAILED (with the reason). */
    public ReadOnlyObjectProperty<SweepService.State> stateProperty() {
        return service.stateProperty();
    }

    /** Where the last export writes (or wrote). */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** How many files the last finished export wrote. */
    public ReadOnlyIntegerProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }

    @Override
    public void close() {
        service.close();
    }
}
