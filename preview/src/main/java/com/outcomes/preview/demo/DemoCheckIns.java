package com.outcomes.preview.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.outcomes.domain.NewCheckIn;
import com.outcomes.port.CheckInStore;

/**
 * The demo's check-ins: people's confidence beside the numbers, dated relative to today. CSAT's latest is 3/10 — the
 * team saw three epics ship and the number stay flat — so the dashboard shows CONFIDENCE_LOW on it.
 */
public final class DemoCheckIns {

    /** Who the demo says checked in: the preview's built-in editor. */
    static final String BY = "admin";

    /** One check-in, {@code daysAgo} days before now. */
    record DemoCheckIn(String issueKey, int confidence, String comment, int daysAgo) {
    }

    private final Clock clock;

    public DemoCheckIns(Clock clock) {
        this.clock = clock;
    }

    List<DemoCheckIn> checkIns() {
        return List.of(
                new DemoCheckIn(DemoPortfolio.MARKET_SHARE, 7, "Inquiries are climbing; the north region is ahead of plan.", 42),
                new DemoCheckIn(DemoPortfolio.MARKET_SHARE, 8, "Two partner launches landed. On course for 20%.", 14),
                new DemoCheckIn(DemoPortfolio.CSAT, 6, "Live chat is out; we expect CSAT to follow within a month.", 35),
                new DemoCheckIn(DemoPortfolio.CSAT, 4, "Chat is used, but CSAT has not moved yet.", 21),
                new DemoCheckIn(DemoPortfolio.CSAT, 3,
                        "Three epics shipped and CSAT is flat. We may be solving the wrong problem: talk to detractors.", 5),
                new DemoCheckIn(DemoPortfolio.RETENTION, 5, "Repeat purchases are flat; email engagement is up.", 10));
    }

    /** Stores the demo's check-ins, oldest first, so each outcome's latest is its newest. */
    public void seed(CheckInStore store) {
        Instant now = clock.instant();
        checkIns().stream()
                .sorted((a, b) -> Integer.compare(b.daysAgo(), a.daysAgo()))
                .forEach(c -> store.append(c.issueKey(), new NewCheckIn(c.confidence(), c.comment()), BY,
                        now.minus(c.daysAgo(), ChronoUnit.DAYS)));
    }
}
