package org.losslens.core.catalogue;

/** No catalogue entry has the requested id and mode. */
public class UnknownLossException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownLossException(String message) {
        super(message);
    }
}
