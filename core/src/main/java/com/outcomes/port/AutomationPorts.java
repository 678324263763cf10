package com.outcomes.port;

/**
 * What a host provides for values that keep themselves current (DESIGN §3b): counting issues for computed metrics,
 * delivering reminders, and absolute links for the mails.
 */
public record AutomationPorts(IssueCounter counter, Mailer mailer, IssueLinks links) {
}
