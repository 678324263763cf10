package com.outcomes.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.outcomes.port.AutomationPorts;
import com.outcomes.port.CountFailedException;
import com.outcomes.port.IssueCounter;
import com.outcomes.port.MailFailedException;
import com.outcomes.port.Mailer;

/**
 * Test doubles of the host's automation ports (the real ones live in the hosts): a counter answering set counts per
 * JQL and refusing JQL that contains "bogus" as a parser would, a mailer keeping what it was asked to send (and
 * refusing users without an address), links on a fixed base URL.
 */
public final class FakeAutomation {

    public record Mail(String to, String subject, String body) {
    }

    /** Every count asked: "jql as user on day". */
    public final List<String> counted = new CopyOnWriteArrayList<>();
    public final List<Mail> sent = new CopyOnWriteArrayList<>();
    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Set<String> withoutAddress = ConcurrentHashMap.newKeySet();

    public FakeAutomation count(String jql, long count) {
        counts.put(jql, count);
        return this;
    }

    /** Counting this JQL fails with the host's message (e.g. Jira does not answer). */
    public FakeAutomation failing(String jql, String message) {
        failures.put(jql, message);
        return this;
    }

    public FakeAutomation noAddressFor(String user) {
        withoutAddress.add(user);
        return this;
    }

    public AutomationPorts ports() {
        IssueCounter counter = new IssueCounter() {
            @Override
            public Optional<String> problemWith(String jql, String user) {
                return jql.contains("bogus") ? Optional.of("Field 'bogus' does not exist or you do not have permission to view it.")
                        : Optional.empty();
            }

            @Override
            public long count(String jql, String user, LocalDate asOf) {
                counted.add(jql + " as " + user + " on " + asOf);
                String failure = failures.get(jql);
                if (failure != null) {
                    throw new CountFailedException(failure);
                }
                return counts.getOrDefault(jql, 0L);
            }
        };
        Mailer mailer = (to, subject, body) -> {
            if (withoutAddress.contains(to)) {
                throw new MailFailedException(to + " has no e-mail address");
            }
            sent.add(new Mail(to, subject, body));
        };
        return new AutomationPorts(counter, mailer, key -> "https://jira.example.com/browse/" + key);
    }
}
