package com.outcomes.port;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The automation ports of a host that has none (tests, the benchmark): computed metrics are refused at definition,
 * counts and mails fail with a message the job stores, links are the bare issue key.
 */
public final class RefusingAutomation {

    private static final String NO_COUNTER = "computed metrics are not available here";
    private static final String NO_MAIL = "no mail server is configured";

    private RefusingAutomation() {
    }

    public static AutomationPorts ports() {
        return new AutomationPorts(new IssueCounter() {
            @Override
            public Optional<String> problemWith(String jql, String user) {
                return Optional.of(NO_COUNTER);
            }

            @Override
            public long count(String jql, String user, LocalDate asOf) {
                throw new CountFailedException(NO_COUNTER);
            }
        }, (toUser, subject, body) -> {
            throw new MailFailedException(NO_MAIL);
        }, issueKey -> issueKey);
    }
}
