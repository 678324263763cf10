package com.outcomes.jira;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.outcomes.i18n.Messages;
import com.outcomes.port.MailFailedException;
import com.outcomes.port.Mailer;

/**
 * Reminders through Jira's mail queue (DESIGN §3b): to the address in the owner's Jira profile, sent by Jira's own
 * mail job with the site's outgoing mail server, sender and bounce settings — nothing of ours to configure, and an
 * administrator who switched outgoing mail off switches off ours too. "Delivered" therefore means "queued": Jira
 * retries and reports what then fails in its own mail queue page.
 */
@Named
public final class JiraMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(JiraMailer.class);
    static final String PLAIN_TEXT = "text/plain";

    private final MailQueue mailQueue;
    private final UserManager userManager;
    private final Messages messages = Messages.english();

    @Inject
    public JiraMailer(@ComponentImport MailQueue mailQueue, @ComponentImport UserManager userManager) {
        this.mailQueue = mailQueue;
        this.userManager = userManager;
    }

    @Override
    public void send(String toUser, String subject, String body) {
        ApplicationUser user = Optional.ofNullable(toUser).map(userManager::getUserByName).filter(ApplicationUser::isActive)
                .orElseThrow(() -> new MailFailedException(messages.get("outcomes.jira.mail.noUser", toUser)));
        String address = user.getEmailAddress();
        if (address == null || address.isBlank()) {
            throw new MailFailedException(messages.get("outcomes.jira.mail.noAddress", toUser));
        }
        Email email = new Email(address.strip()).setSubject(subject).setBody(body).setMimeType(PLAIN_TEXT);
        try {
            mailQueue.addItem(new SingleMailQueueItem(email));
        } catch (RuntimeException e) {
            LOG.warn("Jira's mail queue refused the reminder to {}", toUser, e);
            throw new MailFailedException(messages.get("outcomes.jira.mail.refused"), e);
        }
    }
}
