package org.losslens.app.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.losslens.imaging.files.AtomicOutput;

/** Reading and atomically writing whole files: a crash mid-write never leaves a half-written session. */
public final class SessionFiles {

    private SessionFiles() {
    }

    /**
     * Writes {@code bytes} through {@link AtomicOutput}: a temporary file beside {@code target},
     * forced to disk, renamed over it, so readers see the old file or the new one, never a mix; a
     * shared file keeps its permissions, a symbolic link stays a link, a device or FIFO is refused.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicOutput.write(target, bytes);
    }

    /** Reads and decodes a session; nothing is applied here. */
    public static SessionState read(Path file) throws SessionException {
        byte[] bytes;
        // At most one byte more than the limit is read, whatever the file is (a huge file, a device
        // such as /dev/zero): Files.readAllBytes would try to hold all of it and fail with an Error.
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(SessionCodec.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new SessionException(SessionException.Reason.UNREADABLE, e.getMessage(), e);
        }
        if (bytes.length > SessionCodec.MAX_FILE_BYTES) {
            throw new SessionException(SessionException.Reason.NOT_A_SESSION, "larger than "
                    + (SessionCodec.MAX_FILE_BYTES >> 20) + " MB, the most a session can hold", null);
        }
        return SessionCodec.decode(bytes);
    }
}
