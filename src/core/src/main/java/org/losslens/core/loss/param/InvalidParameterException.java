package org.losslens.core.loss.param;

/** A parameter is unknown, missing, of the wrong type or outside its valid range. */
public class InvalidParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidParameterException(String message) {
        super(message);
    }
}
