package org.losslens.imaging.files;

import java.io.IOException;

/**
 * An output path {@link AtomicOutput} will not write (an input of the run, a device, a missing
 * folder…). The message says why and leaves naming the path to the caller ("cannot write X: …").
 */
public final class OutputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }

    public OutputRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
