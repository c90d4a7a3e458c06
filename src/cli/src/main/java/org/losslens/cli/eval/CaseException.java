package org.losslens.cli.eval;

/** A case that cannot be evaluated, with the id to report it under and a message for a person. */
public final class CaseException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String caseId;

    public CaseException(String caseId, String message) {
        super(message);
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }
}
