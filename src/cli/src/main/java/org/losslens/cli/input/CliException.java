package org.losslens.cli.input;

/**
 * A failure the user can act on: printed as one line on stderr, then the command exits with its code.
 *
 * <p>Every command exits with the same codes, listed in each command's help and in the README:
 * 0 success, {@link #BAD_INPUT} 1 bad input, {@link #USAGE} 2 usage error (picocli's own, for an unknown
 * option or a value that does not parse), {@link #CANNOT_WRITE} 3 an output cannot be written.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit code for bad input data or parameters (missing file, non-image, size mismatch, unknown loss…). */
    public static final int BAD_INPUT = 1;
    /** Exit code for a command line picocli cannot parse: {@code CommandLine.ExitCode.USAGE}. */
    public static final int USAGE = 2;
    /** Exit code for an output that cannot be written. */
    public static final int CANNOT_WRITE = 3;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
