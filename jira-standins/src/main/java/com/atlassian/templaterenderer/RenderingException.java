package com.atlassian.templaterenderer;

// JIRA-PLATFORM.md: API used (thrown by TemplateRenderer#render)
// unconfirmed: from JIRA-PLATFORM.md "from memory" whether it is checked; callers catch it either way
public class RenderingException extends RuntimeException {

    public RenderingException(String message) {
        super(message);
    }
}
