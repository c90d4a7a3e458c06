package org.losslens.app.scenarios;

/** A scenario file that cannot be used; the message says which file and what is wrong. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }

    public ScenarioException(String message) {
        super(message);
    }
}
