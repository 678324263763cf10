package com.atlassian.mail.queue;

// Checked against docs.atlassian.com atlassian-mail 1.3.23 javadoc (interface MailQueueItem, implemented by
// SingleMailQueueItem; the argument of MailQueue#addItem). We call none of its methods.
public interface MailQueueItem {
}
