package com.outcomes.error;

/** The caller may see the issue but not change it, or (with a message key) is not an administrator. */
public final class ForbiddenException extends RuntimeException {

    static final String ADMIN_ONLY = "outcomes.error.adminOnly";

    private final String issueKey;
    private final String messageKey;

    public ForbiddenException(String issueKey) {
        super("not allowed to edit " + issueKey);
        this.issueKey = issueKey;
        this.messageKey = null;
    }

    private ForbiddenException(String message, String messageKey) {
        super(message);
        this.issueKey = null;
        this.messageKey = messageKey;
    }

    /** What only a Jira administrator may do (DESIGN §3b: running the job now). */
    public static ForbiddenException adminOnly() {
        return new ForbiddenException("administrators only", ADMIN_ONLY);
    }

    /** The i18n key of the answer when it is not "you may view the issue but not edit it"; null for that one. */
    public String messageKey() {
        return messageKey;
    }

    public String issueKey() {
        return issueKey;
    }
}
