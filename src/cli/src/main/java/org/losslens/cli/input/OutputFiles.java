package org.losslens.cli.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes command output files atomically (temp file + rename), reporting failures as exit code 3. */
public final class OutputFiles {

    /** Writes into the given temporary path. */
    public interface Writer {
        void write(Path temporary) throws IOException;
    }

    private OutputFiles() {
    }

    public static void writeText(Path target, String text) {
        write(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }

    public static void write(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new CliException(CliException.CANNOT_WRITE, "cannot write " + target
                    + ": the folder does not exist or is not writable");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, ".losslens-", ".tmp");
            writer.write(temp);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CliException(CliException.CANNOT_WRITE, "cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the rename succeeded or the temp file is already gone; nothing to clean up
                }
            }
        }
    }
}
