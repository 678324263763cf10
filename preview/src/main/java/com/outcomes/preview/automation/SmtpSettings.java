package com.outcomes.preview.automation;

/**
 * Where reminder mails go ({@code --smtp-host}, {@code --smtp-port}, {@code --mail-from}); {@code host} null = no mail
 * server: reminders are only stored.
 */
public record SmtpSettings(String host, int port, String from) {

    public static final int DEFAULT_PORT = 25;
    public static final String DEFAULT_FROM = "outcomes-preview@localhost";

    public static SmtpSettings none() {
        return new SmtpSettings(null, DEFAULT_PORT, DEFAULT_FROM);
    }

    public SmtpSettings {
        host = host == null || host.isBlank() ? null : host.strip();
        from = from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
    }

    public boolean configured() {
        return host != null;
    }

    public String describe() {
        return configured() ? host + ":" + port + " from " + from : "none (reminders are only stored)";
    }
}
