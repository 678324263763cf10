package com.outcomes.error;

/** The caller may see the issue but not change it. */
public final class ForbiddenException extends RuntimeException {

    private final String issueKey;

    public ForbiddenException(String issueKey) {
        super("not allowed to edit " + issueKey);
        this.issueKey = issueKey;
    }

    public String issueKey() {
        return issueKey;
    }
}
