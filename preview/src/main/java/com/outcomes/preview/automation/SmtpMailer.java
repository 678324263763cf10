package com.outcomes.preview.automation;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.outcomes.port.MailFailedException;
import com.outcomes.port.Mailer;
import com.outcomes.preview.auth.PreviewUser;
import com.outcomes.preview.auth.UserDirectory;

/**
 * The preview's {@link Mailer}: one plain-text UTF-8 mail over SMTP (Jakarta Mail, Eclipse Angus) to the address the
 * users file gives the user. Each send opens its own connection: reminders are few (one job run an hour), and nothing
 * is held open between runs. Failures become {@link MailFailedException}s whose message is stored with the reminder.
 */
public final class SmtpMailer implements Mailer {

    /** Connecting and each SMTP exchange: a hung server delays one reminder, never the job for long. */
    private static final String TIMEOUT_MILLIS = "10000";

    private final SmtpSettings settings;
    private final UserDirectory users;
    private final Session session;

    public SmtpMailer(SmtpSettings settings, UserDirectory users) {
        this.settings = settings;
        this.users = users;
        Properties properties = new Properties();
        if (settings.configured()) {
            properties.setProperty("mail.smtp.host", settings.host());
            properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        }
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(String toUser, String subject, String body) {
        if (!settings.configured()) {
            throw new MailFailedException("no mail server configured (start the preview with --smtp-host)");
        }
        PreviewUser user = users.user(toUser).orElseThrow(() ->
                new MailFailedException("the user " + toUser + " is not among the preview's users"));
        if (user.email() == null) {
            throw new MailFailedException("the user " + toUser + " has no mail address (\"email\" in the users file)");
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(user.email()));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailedException("the mail server " + settings.host() + ":" + settings.port()
                    + " did not take the mail to " + user.email() + ": " + reason(e), e);
        }
    }

    /** The innermost cause's words ("Connection refused"), not Jakarta Mail's wrapper or a class name. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "no reason given" : message.strip();
    }
}
