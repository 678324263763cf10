package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

// Checked against docs.atlassian.com atlassian-mail 2.3.2 xref (public class SingleMailQueueItem extends
// AbstractMailQueueItem: public SingleMailQueueItem(Email), public Email getEmail()). The stand-in implements
// MailQueueItem directly (the abstract class in between adds nothing we call) and keeps the mail for tests.
public class SingleMailQueueItem implements MailQueueItem {

    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }
}
