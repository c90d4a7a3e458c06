package org.losslens.app.session;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.losslens.app.generator.GeneratorViewModel;
import org.losslens.app.i18n.Messages;
import org.losslens.app.losses.LossTableViewModel;
import org.losslens.app.masks.MaskDocument;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.app.editor.EditorViewModel;
import org.losslens.app.heatmap.HeatmapViewModel;
import org.losslens.app.pin.PinViewModel;
import org.losslens.app.viewstate.ViewStateViewModel;
import org.losslens.core.loss.LossSpec;

/**
 * Sessions: the whole state captured into a {@link SessionState} and applied back; save and open
 * (atomic writes, all-or-nothing reads, recent files); autosave after every change; and recovery of
 * the autosave a crashed run left behind. Holds no UI: the dialogs live in {@link SessionMenu}.
 */
public final class SessionViewModel implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SessionViewModel.class.getName());

    /** Written shortly after each change; its presence at start means the last run did not exit cleanly. */
    static final String AUTOSAVE = "autosave.losslens.json";
    /** Where a found autosave is moved at start, so the new run's autosaves cannot overwrite it. */
    static final String RECOVERY = "recovery.losslens.json";
    static final long AUTOSAVE_DELAY_MILLIS = 1500;

    private final MaskDocument document;
    private final ParametersViewModel parameters;
    private final LossTableViewModel losses;
    private final GeneratorViewModel generator;
    private final EditorViewModel editor;
    private final HeatmapViewModel heatmap;
    private final ViewStateViewModel whole;
    private final PinViewModel pin;
    /** Hides what belonged to the state before (a scenario's notice): it would describe another drawing. */
    private final Runnable clearNotices;
    private final Messages messages;
    private final InstanceLock lock;
    /** Null when another instance owns the home folder: this one then never autosaves there. */
    private final Autosaver autosaver;
    private final RecentFiles recent;
    private final Path recoveryFile;
    private final Path home;
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>();
    /**
     * A crashed run's work waits for the user's answer: until then nothing is autosaved, so a crash
     * before the answer finds the same recovery file again and no autosave that could replace it.
     */
    private volatile boolean recoveryPending;
    /** After Recover: the autosave ticket whose write makes the recovery file redundant; 0 = none. */
    private volatile long recoveryKeptUntil;

    /** @param home the app's folder (autosave, recovery, recent files), e.g. ~/.losslens */
    public SessionViewModel(MaskDocument document, ParametersViewModel parameters, LossTableViewModel losses,
                            GeneratorViewModel generator, EditorViewModel editor, HeatmapViewModel heatmap,
                            ViewStateViewModel whole, PinViewModel pin, Runnable clearNotices,
                            Messages messages, Path home) {
        this.whole = whole;
        this.pin = pin;
        this.clearNotices = clearNotices;
        this.document = document;
        this.parameters = parameters;
        this.losses = losses;
        this.generator = generator;
        this.editor = editor;
        this.heatmap = heatmap;
        this.messages = messages;
        this.home = home;
        this.lock = InstanceLock.acquire(home);
        this.recent = new RecentFiles(home.resolve("recent-sessions.txt"));
        this.recoveryFile = home.resolve(RECOVERY);
        if (!lock.held()) {
            // Another LossLens runs on this folder: its autosave is live, not a crash leftover.
            this.autosaver = null;
            return;
        }
        this.autosaver = new Autosaver(home.resolve(AUTOSAVE), AUTOSAVE_DELAY_MILLIS, this::autosaved);
        if (autosaver.hasLeftover()) {
            moveAside(autosaver.file(), recoveryFile);
        }
        recoveryPending = Files.isRegularFile(recoveryFile);
        Runnable changed = () -> {
            if (!recoveryPending) {
                autosaver.changed(capture());
            }
        };
        document.currentProperty().addListener(o -> changed.run());
        parameters.valuesProperty().addListener((obs, old, now) -> changed.run());
        losses.selectedProperty().addListener(o -> changed.run());
        messages.localeProperty().addListener(o -> changed.run());
        whole.tabProperty().addListener(o -> changed.run());
        pin.pinnedProperty().addListener(o -> changed.run());
    }

    private static void moveAside(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Left in place: it is still offered, and the next autosave may replace it.
            LOG.log(System.Logger.Level.WARNING, "could not move " + from + " to " + to, e);
        }
    }

    /**
     * Whether this run owns the home folder. If not, another LossLens is running on it (or the lock
     * cannot be taken): this run neither autosaves nor offers recovery, and says so.
     */
    public InstanceLock.Outcome instance() {
        return lock.outcome();
    }

    /** The app's folder this run uses (or would, if another instance did not own it). */
    public Path home() {
        return home;
    }

    /** For {@link InstanceLock.Outcome#UNAVAILABLE}: what failed. */
    public String instanceProblem() {
        return lock.problem();
    }

    /** The work of a run that did not exit cleanly, if there is any to offer. */
    public Optional<Path> recoverable() {
        return recoveryPending && Files.isRegularFile(recoveryFile) ? Optional.of(recoveryFile) : Optional.empty();
    }

    /**
     * Restores the crashed run's work (one undoable edit). The recovery file stays until an autosave
     * of the restored state is on disk: a crash in between finds it again.
     */
    public void recover() throws SessionException {
        if (autosaver == null) {
            return; // nothing is offered to a second instance
        }
        try {
            apply(SessionFiles.read(recoveryFile));
        } finally {
            // Even if it cannot be read: autosaving resumes (the file stays, for the user to inspect).
            recoveryPending = false;
        }
        recoveryKeptUntil = autosaver.changed(capture());
    }

    /** The user does not want the crashed run's work: it is deleted and autosaving resumes. */
    public void discardRecovery() {
        if (autosaver == null) {
            return; // never another instance's file
        }
        try {
            Files.deleteIfExists(recoveryFile);
        } catch (IOException e) {
            // Offered again next time; harmless.
            LOG.log(System.Logger.Level.WARNING, "could not delete the recovery file " + recoveryFile, e);
        }
        recoveryPending = false;
        autosaver.changed(capture());
    }

    /** On the autosave thread: a state is on disk; if it holds the recovered work, the copy can go. */
    private void autosaved(long ticket) {
        long needed = recoveryKeptUntil;
        if (needed > 0 && ticket >= needed) {
            recoveryKeptUntil = 0;
            try {
                Files.deleteIfExists(recoveryFile);
            } catch (IOException e) {
                // Offered again at the next start, where the newer autosave replaces it.
                LOG.log(System.Logger.Level.WARNING, "could not delete the recovery file " + recoveryFile, e);
            }
        }
    }

    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    public RecentFiles recent() {
        return recent;
    }

    public SessionState capture() {
        LossSpec selected = losses.selectedProperty().get();
        return new SessionState(document.current(), parameters.snapshotAll(),
                selected == null ? "" : selected.id(), generator.recipeProperty().get(),
                generator.classRecipes(),
                new SessionState.View(messages.locale(), heatmap.channelProperty().get(),
                        heatmap.lockedProperty().get(), heatmap.rangeProperty().get(), editor.toolProperty().get(),
                        editor.brushRadiusProperty().get(), editor.strengthProperty().get(),
                        editor.softnessProperty().get(), editor.activeLabelProperty().get()),
                whole.capture(), pinned());
    }

    private SessionState.Pinned pinned() {
        var a = pin.pinnedProperty().get();
        return a == null ? null : new SessionState.Pinned(a.request().masks(), a.request().params());
    }

    /** Applies a decoded state: the masks as one undoable edit, then everything else. */
    public void apply(SessionState s) {
        SessionState.View v = s.view();
        messages.localeProperty().set(v.language());
        document.commit(s.masks());
        parameters.restoreAll(s.parameters());
        losses.select(s.selectedLoss());
        generator.restoreClassRecipes(s.classRecipes());
        generator.recipeProperty().set(s.recipe());
        editor.toolProperty().set(v.tool());
        editor.brushRadiusProperty().set(v.brushRadius());
        editor.strengthProperty().set(v.brushStrength());
        editor.softnessProperty().set(v.brushSoftness());
        editor.activeLabelProperty().set(v.activeLabel());
        heatmap.channelProperty().set(v.heatmapChannel());
        heatmap.lockedProperty().set(v.heatmapLocked());
        if (v.heatmapLocked()) {
            heatmap.rangeProperty().set(v.heatmapRange());
        }
        // a version 1 file has no pin: the old one would compare with a drawing of another session
        if (s.pin() != null) {
            pin.restore(s.pin().masks(), s.pin().parameters());
        } else {
            pin.clear();
        }
        if (s.whole() != null) {
            whole.apply(s.whole());
        }
        clearNotices.run();
    }

    public void save(Path file) throws IOException {
        SessionFiles.writeAtomically(file, SessionCodec.encode(capture()));
        currentFile.set(file);
        recent.add(file);
    }

    /**
     * Opens a session file. It is read and checked completely first.
     *
     * @throws SessionException for an unreadable, foreign, newer or corrupt file; nothing changed then
     */
    public void open(Path file) throws SessionException {
        SessionState state = SessionFiles.read(file);
        apply(state);
        currentFile.set(file);
        recent.add(file);
    }

    /** Writes the autosave now (tests use it to simulate the state a crash leaves behind). */
    public void autosaveNow() {
        if (autosaver != null) {
            autosaver.flush(capture());
        }
    }

    /**
     * A clean exit: the autosave is removed, so the next start offers no recovery; so is a recovery
     * file whose work was restored into this run (the user has it and chose to quit). One never
     * answered, or one that could not be read, stays, to be offered again.
     * Another instance's files are never touched.
     */
    public void shutdown() {
        if (autosaver != null) {
            autosaver.discard();
            if (recoveryKeptUntil > 0) {
                try {
                    Files.deleteIfExists(recoveryFile);
                } catch (IOException e) {
                    // Offered once more at the next start; the user can discard it then.
                    LOG.log(System.Logger.Level.WARNING, "could not delete the recovery file " + recoveryFile, e);
                }
            }
        }
        lock.close();
    }

    /** Stops autosaving and releases the folder without the clean-exit cleanup (what a crash leaves). */
    @Override
    public void close() {
        if (autosaver != null) {
            autosaver.close();
        }
        lock.close();
    }
}
