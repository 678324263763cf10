package com.atlassian.mail;

// Checked against docs.atlassian.com atlassian-mail 1.3.23 and 1.9 javadoc (com.atlassian.mail.Email: public Email(String to);
// Email setSubject(String), setBody(String), setMimeType(String) each returning the Email; String getTo(), getSubject(),
// getBody(), getMimeType()); built the same way by public Jira plugins (new Email(address), setSubject, setBody,
// setMimeType, then new SingleMailQueueItem(email)). A plain bean in Jira too, so this stand-in keeps real state: the
// plugin builds one while running under tests.
public class Email {

    private String to;
    private String subject;
    private String body;
    private String mimeType;

    public Email(String to) {
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }
}
