package org.losslens.cli.input;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.losslens.imaging.files.AtomicOutput;
import org.losslens.imaging.png.PngCodec;

/**
 * The commands' output files, written through {@link AtomicOutput} (never over an input of the same
 * run, regular files only, atomically), and standard output, whose write errors are not ignored.
 * Every failure is exit code 3.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Refuses, before any work is done, an output that is one of the run's inputs, not a regular file,
     * or in a missing folder.
     */
    public static void check(Path target, Path... inputs) {
        try {
            AtomicOutput.check(target, present(inputs));
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /** Refuses two outputs of one run that name the same file (one would silently replace the other). */
    public static void requireDistinct(Path first, Path second) {
        try {
            if (first != null && second != null && AtomicOutput.sameFile(first, second)) {
                throw new CliException(CliException.CANNOT_WRITE, "cannot write " + first + " and " + second
                        + ": they are the same file");
            }
        } catch (IOException e) {
            throw cannotWrite(first, e);
        }
    }

    public static void writeText(Path target, String text, Path... inputs) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), inputs);
    }

    public static void write(Path target, AtomicOutput.Content content, Path... inputs) {
        try {
            AtomicOutput.write(target, present(inputs), content);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    public static void writePng(Path target, BufferedImage image, Path... inputs) {
        try {
            PngCodec.writeImage(target, image, present(inputs));
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /** Prints to standard output and fails (exit 3) if it could not be written, e.g. {@code > /dev/full}. */
    public static void print(PrintWriter out, String text) {
        out.print(text);
        out.flush();
        if (out.checkError()) {
            throw new CliException(CliException.CANNOT_WRITE, "cannot write to standard output");
        }
    }

    private static List<Path> present(Path... inputs) {
        return Arrays.stream(inputs).filter(Objects::nonNull).toList();
    }

    private static CliException cannotWrite(Path target, IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CliException(CliException.CANNOT_WRITE, "cannot write " + target + ": " + message);
    }
}
