package com.outcomes.port;

/**
 * Delivers reminders (DESIGN §3b): Jira through its mail queue, the preview over SMTP. The host finds the user's
 * address; core composes the text.
 */
public interface Mailer {

    /**
     * Sends, or hands to the host's queue, one plain-text mail to the user's address.
     *
     * @throws MailFailedException when the user has no address or the mail cannot be sent or queued; its message is
     *                             stored with the reminder
     */
    void send(String toUser, String subject, String body);
}
