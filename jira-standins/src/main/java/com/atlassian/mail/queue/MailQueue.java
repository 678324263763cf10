package com.atlassian.mail.queue;

// Checked against docs.atlassian.com atlassian-mail 1.3.23 javadoc and 1.24 xref (interface MailQueue:
// void addItem(MailQueueItem item), "Add a new item to the mail queue"). Jira's outgoing mail queue, sent by Jira's own
// mail job through the configured SMTP server.
public interface MailQueue {

    void addItem(MailQueueItem item);
}
