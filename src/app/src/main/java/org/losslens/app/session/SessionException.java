package org.losslens.app.session;

/** A session file that cannot be opened: the message says why, in words for the user. */
public final class SessionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, so the app can say it in the user's language. */
    public enum Reason { UNREADABLE, NOT_A_SESSION, NEWER_VERSION, CORRUPT }

    private final Reason reason;


    public SessionException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
