package org.losslens.imaging.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A child process for {@link AtomicOutputTest}: writes {@code args[1]} to {@code args[0]} (reading
 * {@code args[2]} as the run's input, if given), so the test can give it a standard output of its
 * choice (a file opened for appending, a pipe) without touching the test JVM's own.
 */
public final class WriteThroughAtomicOutput {

    private WriteThroughAtomicOutput() {
    }

    public static void main(String[] args) {
        try {
            List<Path> inputs = args.length > 2 ? List.of(Path.of(args[2])) : List.of();
            AtomicOutput.write(Path.of(args[0]), inputs, out -> out.write(args[1].getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            System.err.println("refused: " + e.getMessage());
            System.exit(3);
        }
    }
}
