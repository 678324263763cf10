package com.atlassian.templaterenderer;

// JIRA-PLATFORM.md: API used (thrown by TemplateRenderer#render)
// Checked: public atlassian-template-renderer-api source RenderingException.java (extends RuntimeException,
// ctor(String)); unchecked, callers catch it anyway
public class RenderingException extends RuntimeException {

    public RenderingException(String message) {
        super(message);
    }
}
