package com.outcomes.preview.work;

/**
 * The issues document cannot be used as work data. The message names the issue and the field so the
 * person who exported the document can fix it ("issue ABC-12: field resolutiondate: cannot read …").
 */
public class IssuesDocumentException extends RuntimeException {

    public IssuesDocumentException(String message) {
        super(message);
    }

    public IssuesDocumentException(String message, Throwable cause) {
        super(message, cause);
    }

    static IssuesDocumentException field(String issueKey, String field, String problem) {
        return new IssuesDocumentException("issue " + issueKey + ": field " + field + ": " + problem);
    }
}
