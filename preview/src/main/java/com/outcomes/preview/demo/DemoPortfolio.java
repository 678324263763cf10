package com.outcomes.preview.demo;

import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.RiceScore;

/**
 * The bundled demo: the examples of DESIGN §6b as a Jira-shaped issues document plus metric
 * definitions and reading histories. Generated, not stored, with a fixed seed and dates relative to
 * the clock's today, so the demo always looks current and two runs on the same day are identical.
 *
 * <p>What it shows: market share on track with a leading indicator running ahead of it; CSAT flat
 * while its epics ship plenty (output without outcome); NPS not measured for 75 days (running blind);
 * churn achieved; retention at risk; a second project (MKT) with average order value and an outcome
 * that reads like output for the lint.
 */
public final class DemoPortfolio {

    public static final String PROJECT = "OUT";
    public static final String SECOND_PROJECT = "MKT";
    static final long SEED = 20_260_101L;
    static final String SOURCE = "Demo data";
    private static final int SPRINT_DAYS = 14;
    private static final int CLOSED_SPRINTS = 20;
    /** How long ago the challenges, outcomes and epics were created: before any of the demo's work. */
    private static final int OLDEST_DAYS_AGO = 400;
    private static final long FIRST_SPRINT_ID = 101;
    private static final DateTimeFormatter STATEMENT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final int FIRST_OUT_EPIC = 9;
    private static final int FIRST_MKT_EPIC = 3;

    private final LocalDate today;
    private final JsonNodeFactory json = JsonNodeFactory.instance;

    public DemoPortfolio(java.time.Clock clock) {
        this.today = LocalDate.now(clock);
    }

    // ---- the issues -------------------------------------------------------------------------

    /** Keys of the demo's challenges, outcomes and epics (documented for people trying the preview). */
    public static final String MARKET_SHARE_CHALLENGE = "OUT-1";
    public static final String SATISFACTION_CHALLENGE = "OUT-2";
    public static final String RETENTION_CHALLENGE = "OUT-3";
    public static final String MARKET_SHARE = "OUT-4";
    public static final String CSAT = "OUT-5";
    public static final String NPS = "OUT-6";
    public static final String CHURN = "OUT-7";
    public static final String RETENTION = "OUT-8";
    public static final String ORDER_VALUE = "MKT-1";
    public static final String ONBOARDING_WIZARD = "MKT-2";

    /**
     * Epics done long enough ago that their outcomes' numbers moved (or did not) around them: all their stories done
     * 95 days ago or earlier, outside the dashboard's default 12 weeks, so today's signals stay as they were.
     */
    private static final List<ShippedEpic> SHIPPED = List.of(
            new ShippedEpic(new DemoEpic(PROJECT, "Installer referral bonus", MARKET_SHARE, 8, 8, 240, 180,
                    List.of("Referral code for installers", "Bonus payout report", "Referral landing page")), 400, 3, 0.8, 3),
            new ShippedEpic(new DemoEpic(PROJECT, "Energy savings calculator", MARKET_SHARE, 6, 6, 200, 150,
                    List.of("Savings formula by region", "Calculator widget", "Share result by e-mail")), 300, 2, 0.8, 2),
            new ShippedEpic(new DemoEpic(PROJECT, "Help centre search", CSAT, 10, 10, 250, 200,
                    List.of("Search index for help articles", "Search suggestions", "No-result feedback")), 900, 1, 0.8, 2),
            new ShippedEpic(new DemoEpic(PROJECT, "Delivery time promise", CSAT, 8, 8, 150, 110,
                    List.of("Promised delivery date at checkout", "Late delivery apology e-mail", "Carrier delay feed")), 600, 2, 0.5, 3),
            new ShippedEpic(new DemoEpic(PROJECT, "Cancellation survey", CHURN, 9, 9, 300, 230,
                    List.of("Exit survey form", "Save offer on cancel", "Survey results report")), 250, 2, 1, 2),
            new ShippedEpic(new DemoEpic(PROJECT, "Payment reminder tone", CHURN, 5, 5, 160, 120,
                    List.of("Friendlier reminder texts", "Reminder timing test")), 500, 0.5, 0.8, 1),
            new ShippedEpic(new DemoEpic(PROJECT, "Welcome call for new customers", RETENTION, 7, 7, 190, 130,
                    List.of("Call list of new customers", "Call script", "Call outcome tracking")), 200, 1, 0.5, 2));

    /** The issues document ({@code {"issues": [...]}}) in the shape of Jira's search answer. */
    public ObjectNode issuesDocument() {
        Random random = new Random(SEED);
        List<ObjectNode> issues = new ArrayList<>();
        issues.add(issue(MARKET_SHARE_CHALLENGE, "Challenge", "Increase market share", "In Progress", "indeterminate"));
        issues.add(issue(SATISFACTION_CHALLENGE, "Challenge", "Improve customer satisfaction", "In Progress", "indeterminate"));
        issues.add(issue(RETENTION_CHALLENGE, "Challenge", "Keep customers coming back", "In Progress", "indeterminate"));
        issues.add(outcome(MARKET_SHARE, "Market share in renewable energy grows from 10% to 20% by " + statementDate(120), MARKET_SHARE_CHALLENGE));
        issues.add(outcome(CSAT, "Customer satisfaction (CSAT) rises from 75% to 90% by " + statementDate(90), SATISFACTION_CHALLENGE));
        issues.add(outcome(NPS, "Net promoter score grows from 32 to 50 by " + statementDate(120), SATISFACTION_CHALLENGE));
        issues.add(outcome(CHURN, "Monthly churn falls from 8% to 4% by " + statementDate(30), RETENTION_CHALLENGE));
        issues.add(outcome(RETENTION, "Customer retention rises from 70% to 80% by " + statementDate(165), RETENTION_CHALLENGE));

        List<DemoEpic> epics = epics();
        Map<DemoEpic, String> keys = epicKeys(epics);

        int outNumber = FIRST_OUT_EPIC;
        int mktNumber = FIRST_MKT_EPIC;
        issues.add(issue(ORDER_VALUE, SECOND_PROJECT, "Outcome",
                "Average order value grows from €48 to €60 by " + statementDate(180), "In Progress", "indeterminate"));
        issues.add(issue(ONBOARDING_WIZARD, SECOND_PROJECT, "Outcome", "Launch new onboarding wizard", "To Do", "new"));
        List<DemoSprint> sprints = sprints();
        for (DemoEpic epic : epics) {
            boolean out = PROJECT.equals(epic.project());
            String epicKey = epic.project() + "-" + (out ? outNumber++ : mktNumber++);
            if (!epicKey.equals(keys.get(epic))) {
                throw new IllegalStateException("demo epic keys out of step: " + epicKey + " / " + keys.get(epic));
            }
            ObjectNode epicIssue = shipped(epic)
                    ? issue(epicKey, epic.project(), "Epic", epic.summary(), "Done", "done")
                    : issue(epicKey, epic.project(), "Epic", epic.summary(), "In Progress", "indeterminate");
            if (shipped(epic)) {
                fields(epicIssue).put("resolutiondate", today.minusDays(epic.toDaysAgo()) + "T17:00:00.000+0100");
            }
            if (epic.outcomeKey() != null) {
                links(epicIssue).add(link("Outcome", "outwardIssue", epic.outcomeKey()));
            }
            issues.add(epicIssue);
            for (int i = 0; i < epic.stories(); i++) {
                String key = epic.project() + "-" + (out ? outNumber++ : mktNumber++);
                String stem = epic.storyStems().get(i % epic.storyStems().size());
                String summary = i < epic.storyStems().size() ? stem : stem + " (" + (i / epic.storyStems().size() + 1) + ")";
                issues.add(story(key, epic, epicKey, summary, i < epic.done(), random, sprints));
            }
        }
        ObjectNode document = json.objectNode();
        ArrayNode array = document.putArray("issues");
        issues.forEach(array::add);
        document.put("total", issues.size());
        return document;
    }

    /** Every epic of the demo in key order: the epics in progress, then the shipped ones RICE is calibrated on. */
    private static List<DemoEpic> epics() {
        List<DemoEpic> epics = new ArrayList<>(List.of(
                new DemoEpic(PROJECT, "Partner channel for installers", MARKET_SHARE, 26, 22, 270, 10,
                        List.of("Installer sign-up form", "Partner price list", "Lead hand-over to installers", "Partner portal login", "Commission report")),
                new DemoEpic(PROJECT, "Regional pricing pages", MARKET_SHARE, 18, 15, 220, 30,
                        List.of("Pricing page for the north region", "Local incentives table", "Currency switcher", "Price comparison widget")),
                new DemoEpic(PROJECT, "Solar financing calculator", MARKET_SHARE, 20, 12, 150, 2,
                        List.of("Loan term slider", "Monthly payment estimate", "Save quote as PDF", "Bank partner rates feed")),
                new DemoEpic(PROJECT, "Self-service returns portal", CSAT, 24, 21, 120, 2,
                        List.of("Return reason picker", "Printable return label", "Refund status page", "Returns e-mail notifications")),
                new DemoEpic(PROJECT, "Live chat for support", CSAT, 30, 26, 100, 1,
                        List.of("Chat widget on help pages", "Agent routing by topic", "Canned answers", "Chat transcript by e-mail", "Offline message form")),
                new DemoEpic(PROJECT, "Order tracking notifications", CSAT, 16, 13, 90, 5,
                        List.of("Shipping SMS", "Delivery window e-mail", "Tracking page redesign")),
                new DemoEpic(PROJECT, "Simplified checkout", NPS, 22, 17, 230, 20,
                        List.of("One-page checkout", "Saved payment methods", "Address autocomplete", "Guest checkout")),
                new DemoEpic(PROJECT, "Community forum", NPS, 14, 6, 200, 60,
                        List.of("Forum categories", "Expert badges", "Post moderation queue")),
                new DemoEpic(PROJECT, "Usage insights e-mail", CHURN, 18, 16, 300, 40,
                        List.of("Monthly energy report", "Savings highlight", "Unsubscribe preferences")),
                new DemoEpic(PROJECT, "Proactive outage alerts", CHURN, 15, 14, 280, 60,
                        List.of("Outage detection rule", "Alert push notification", "Outage status page")),
                new DemoEpic(PROJECT, "Loyalty programme", RETENTION, 28, 14, 180, 3,
                        List.of("Points ledger", "Reward catalogue", "Tier badges", "Birthday bonus")),
                new DemoEpic(PROJECT, "Subscription reminders", RETENTION, 12, 9, 160, 8,
                        List.of("Renewal reminder e-mail", "Pause subscription option", "Win-back offer")),
                new DemoEpic(PROJECT, "Platform upgrade", null, 16, 11, 250, 4,
                        List.of("Upgrade the database driver", "Move builds to Java 21", "Rotate certificates")),
                new DemoEpic(SECOND_PROJECT, "Product bundles", ORDER_VALUE, 20, 15, 170, 3,
                        List.of("Bundle builder", "Bundle discount rules", "Bundle landing page")),
                new DemoEpic(SECOND_PROJECT, "Recommendations on product pages", ORDER_VALUE, 18, 10, 140, 6,
                        List.of("Frequently bought together", "Recently viewed strip", "Recommendation A/B test"))));
        SHIPPED.forEach(shipped -> epics.add(shipped.epic()));
        return epics;
    }

    /** The key each epic gets: numbers follow the challenges and outcomes, each epic then its stories. */
    private static Map<DemoEpic, String> epicKeys(List<DemoEpic> epics) {
        Map<DemoEpic, String> keys = new LinkedHashMap<>();
        int outNumber = FIRST_OUT_EPIC;
        int mktNumber = FIRST_MKT_EPIC;
        for (DemoEpic epic : epics) {
            boolean out = PROJECT.equals(epic.project());
            keys.put(epic, epic.project() + "-" + (out ? outNumber : mktNumber));
            if (out) {
                outNumber += 1 + epic.stories();
            } else {
                mktNumber += 1 + epic.stories();
            }
        }
        return keys;
    }

    private static boolean shipped(DemoEpic epic) {
        return SHIPPED.stream().anyMatch(s -> s.epic() == epic);
    }

    /**
     * RICE of the shipped epics against their outcomes, for the calibration page: six done epics whose outcomes were
     * measured before, during and after they shipped — some guessed well, some did not.
     */
    public List<DemoRice> rice() {
        Map<DemoEpic, String> keys = epicKeys(epics());
        return SHIPPED.stream().map(s -> new DemoRice(s.epic().outcomeKey(), keys.get(s.epic()),
                new RiceScore(s.reach(), s.impact(), s.confidence(), s.effort()))).toList();
    }

    private ObjectNode story(String key, DemoEpic epic, String epicKey, String summary, boolean done, Random random,
                             List<DemoSprint> sprints) {
        ObjectNode issue;
        LocalDate sprintDay;
        if (done) {
            // Resolved somewhere in the epic's active span, a bit more often recently.
            int span = epic.fromDaysAgo() - epic.toDaysAgo();
            int daysAgo = epic.toDaysAgo() + (int) Math.round(span * Math.pow(random.nextDouble(), 1.3));
            LocalDate resolved = today.minusDays(daysAgo);
            issue = issue(key, epic.project(), "Story", summary, "Done", "done");
            int hour = 9 + random.nextInt(9);
            fields(issue).put("resolutiondate",
                    String.format(Locale.ROOT, "%sT%02d:%02d:00.000+0100", resolved, hour, random.nextInt(60)));
            sprintDay = resolved;
        } else {
            boolean inProgress = random.nextInt(3) > 0;
            issue = issue(key, epic.project(), "Story", summary, inProgress ? "In Progress" : "To Do",
                    inProgress ? "indeterminate" : "new");
            sprintDay = inProgress ? today : null;
        }
        fields(issue).put("customfield_10014", epicKey);
        fields(issue).put("customfield_10003", 1 + random.nextInt(8));
        // Created some days before it was resolved (or, open, within the last weeks), from the key alone: the random
        // sequence, and so every other value of the demo, stays as it was.
        int number = Integer.parseInt(key.substring(key.indexOf('-') + 1));
        LocalDate created = done ? LocalDate.parse(fields(issue).get("resolutiondate").asText().substring(0, 10))
                .minusDays(3 + number % 12) : today.minusDays(1 + number % 28);
        fields(issue).put("created", created + "T10:00:00.000+0100");
        if (sprintDay != null) {
            for (DemoSprint sprint : sprints) {
                if (!sprintDay.isBefore(sprint.start()) && !sprintDay.isAfter(sprint.end())) {
                    fields(issue).putArray("customfield_10020").add(sprint.toJson(json));
                }
            }
        }
        return issue;
    }

    /** Two-week sprints: {@value #CLOSED_SPRINTS} closed, the active one containing today, one future. */
    List<DemoSprint> sprints() {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // Sprints start on every other Monday counted from the epoch, so the calendar is stable from day to day.
        long weeks = ChronoUnit.WEEKS.between(LocalDate.of(1970, 1, 5), monday);
        LocalDate activeStart = monday.minusWeeks(Math.floorMod(weeks, 2));
        List<DemoSprint> sprints = new ArrayList<>();
        for (int i = 0; i <= CLOSED_SPRINTS + 1; i++) {
            LocalDate start = activeStart.minusDays((long) (CLOSED_SPRINTS - i) * SPRINT_DAYS);
            String state = i < CLOSED_SPRINTS ? "closed" : i == CLOSED_SPRINTS ? "active" : "future";
            sprints.add(new DemoSprint(FIRST_SPRINT_ID + i, "Sprint " + (i + 1), state, start, start.plusDays(SPRINT_DAYS - 1)));
        }
        return sprints;
    }

    private ObjectNode outcome(String key, String summary, String challengeKey) {
        ObjectNode issue = issue(key, "Outcome", summary, "In Progress", "indeterminate");
        links(issue).add(link("Success measure", "outwardIssue", challengeKey));
        return issue;
    }

    private ObjectNode issue(String key, String type, String summary, String status, String category) {
        return issue(key, PROJECT, type, summary, status, category);
    }

    private ObjectNode issue(String key, String project, String type, String summary, String status, String category) {
        ObjectNode issue = json.objectNode();
        issue.put("key", key);
        ObjectNode fields = issue.putObject("fields");
        fields.putObject("project").put("key", project);
        fields.putObject("issuetype").put("name", type);
        fields.put("summary", summary);
        ObjectNode statusNode = fields.putObject("status");
        statusNode.put("name", status);
        statusNode.putObject("statusCategory").put("key", category);
        fields.putNull("resolutiondate");
        // for the JQL subset's "created" (computed metrics); challenges, outcomes and epics predate all the stories
        fields.put("created", today.minusDays(OLDEST_DAYS_AGO) + "T09:00:00.000+0100");
        fields.putArray("issuelinks");
        return issue;
    }

    private static ObjectNode fields(ObjectNode issue) {
        return (ObjectNode) issue.get("fields");
    }

    private static ArrayNode links(ObjectNode issue) {
        return (ArrayNode) fields(issue).get("issuelinks");
    }

    private ObjectNode link(String type, String side, String otherKey) {
        ObjectNode link = json.objectNode();
        link.putObject("type").put("name", type);
        link.putObject(side).put("key", otherKey);
        return link;
    }

    private String statementDate(int daysAhead) {
        return today.plusDays(daysAhead).format(STATEMENT_DATE);
    }

    // ---- the closed outcome -----------------------------------------------------------------

    /**
     * "Launch new onboarding wizard" shipped three weeks ago and changed nothing: closed as missed, so "What we learned"
     * (DESIGN §3b) has a story from the start. Without metrics it has no final score.
     */
    public Closure closure() {
        return new Closure(ONBOARDING_WIZARD, OutcomeResult.MISSED,
                "Launching the wizard was output, not an outcome: sign-ups and first-week activity stayed where they were."
                        + " Next time we state the change in customer behaviour we expect before we build.",
                today.minusDays(21), "demo", null);
    }

    // ---- the metrics ------------------------------------------------------------------------

    /** Metric definitions with readings, outcome metrics before the leading indicators that name them. */
    public List<DemoMetric> metrics() {
        Random random = new Random(SEED + 1);
        List<DemoMetric> metrics = new ArrayList<>();

        metrics.add(target(MARKET_SHARE, MetricKind.OUTCOME, "Market share in renewable energy", "%", 10, 20, 280, 120, 30, null,
                "Quarterly market study", series(random, 280, 5, 30, 10, x -> 10 + 6.2 * Math.pow(x, 1.1), 0.2, 1),
                new DemoMetric.Correction(3, 0, "Corrected: the study double-counted installers")));
        metrics.add(target(MARKET_SHARE, MetricKind.LEADING, "Product inquiries per month", "inquiries", 400, 600, 280, 60, 7,
                "Market share in renewable energy", "CRM inquiry report",
                series(random, 280, 2, 7, 400, x -> 400 + 185 * Math.pow(Math.min(1, x + 0.1), 1.1), 10, 0), null));
        metrics.add(target(MARKET_SHARE_CHALLENGE, MetricKind.KPI, "Renewable energy revenue", "M€", 12, 18, 300, 65, 91, null,
                "Finance quarterly close", series(random, 300, 20, 91, 12, x -> 12 + 4.5 * x, 0.2, 1), null));

        // CSAT climbed early, then went flat for months while its epics kept shipping.
        metrics.add(target(CSAT, MetricKind.OUTCOME, "Customer satisfaction (CSAT)", "%", 75, 90, 270, 90, 30, null,
                "Post-purchase survey", series(random, 270, 10, 30, 75, x -> 75 + 3 * Math.min(1, x / 0.5), 0.2, 1), null));
        metrics.add(target(CSAT, MetricKind.LEADING, "Average response time to inquiries", "hours", 24, 8, 270, 90, 7,
                "Customer satisfaction (CSAT)", "Help desk statistics",
                series(random, 270, 3, 7, 24, x -> 24 - 9 * x, 0.7, 1), null));
        metrics.add(target(CSAT, MetricKind.LEADING, "First-contact resolution rate", "%", 60, 80, 270, 90, 7,
                "Customer satisfaction (CSAT)", "Help desk statistics",
                series(random, 270, 3, 7, 60, x -> 60 + 6 * x, 1.2, 1), null));
        // the guardrail sits on the challenge, beside its north star: CSAT keeps to 3 metrics, as the lint asks
        metrics.add(guardrail(SATISFACTION_CHALLENGE, "Support tickets per 100 users", "tickets", 12, GuardrailComparator.AT_MOST, 7,
                "Help desk statistics", series(random, 270, 4, 7, 10.5, x -> 10.2 + 0.8 * Math.sin(x * 9), 0.35, 1)));

        // NPS: last measured 75 days ago — running blind.
        metrics.add(target(NPS, MetricKind.OUTCOME, "Net promoter score", "points", 32, 50, 240, 120, 30, null,
                "Relationship survey", series(random, 240, 75, 30, 32, x -> 32 + 10 * x, 0.6, 0), null));
        metrics.add(target(NPS, MetricKind.LEADING, "Customer effort score", "points", 4.2, 3.0, 240, 120, 7,
                "Net promoter score", "In-app survey", series(random, 240, 2, 7, 4.2, x -> 4.2 - 0.7 * x, 0.06, 2), null));
        metrics.add(target(NPS, MetricKind.LEADING, "Positive social mentions per week", "mentions", 20, 40, 240, 120, 7,
                "Net promoter score", "Social listening tool", series(random, 240, 2, 7, 20, x -> 20 + 12 * x, 2, 0), null));

        // Churn: achieved.
        List<NewReading> churn = new ArrayList<>(series(random, 330, 36, 30, 8, x -> 8 - 3.9 * Math.pow(x, 0.9), 0.12, 1));
        churn.add(reading(3.9, today.minusDays(6)));
        metrics.add(target(CHURN, MetricKind.OUTCOME, "Monthly churn", "%", 8, 4, 330, 30, 30, null, "Billing system", churn, null));
        metrics.add(target(CHURN, MetricKind.LEADING, "Service interaction satisfaction", "%", 70, 85, 330, 30, 7,
                "Monthly churn", "Support survey", series(random, 330, 2, 7, 70, x -> 70 + 14 * x, 1, 1), null));
        metrics.add(target(CHURN, MetricKind.LEADING, "Usage frequency", "sessions/week", 3, 5, 330, 30, 7,
                "Monthly churn", "Product analytics", series(random, 330, 2, 7, 3, x -> 3 + 1.9 * x, 0.12, 2), null));

        // Retention: behind where it should be.
        metrics.add(target(RETENTION, MetricKind.OUTCOME, "Customer retention", "%", 70, 80, 200, 165, 30, null,
                "Billing system", series(random, 200, 12, 30, 70, x -> 70 + 3.8 * x, 0.25, 1), null));
        metrics.add(target(RETENTION, MetricKind.LEADING, "Repeat purchase rate", "%", 25, 35, 200, 165, 7,
                "Customer retention", "Shop analytics", series(random, 200, 2, 7, 25, x -> 25 + 4 * x, 0.6, 1), null));
        metrics.add(target(RETENTION, MetricKind.LEADING, "Email engagement", "%", 18, 28, 200, 165, 7,
                "Customer retention", "Newsletter tool", series(random, 200, 2, 7, 18, x -> 18 + 3.5 * x, 0.9, 1), null));

        metrics.add(target(ORDER_VALUE, MetricKind.OUTCOME, "Average order value", "€", 48, 60, 180, 180, 14, null,
                "Shop analytics", series(random, 180, 3, 14, 48, x -> 48 + 6 * x, 0.5, 2), null));
        metrics.add(target(ORDER_VALUE, MetricKind.LEADING, "Upsell and cross-sell rate", "%", 5, 9, 180, 180, 7,
                "Average order value", "Shop analytics", series(random, 180, 2, 7, 5, x -> 5 + 2.2 * x, 0.25, 1), null));
        metrics.add(target(ORDER_VALUE, MetricKind.LEADING, "Browsing time", "minutes", 4, 6, 180, 180, 7,
                "Average order value", "Web analytics", series(random, 180, 2, 7, 4, x -> 4 + 1 * x, 0.18, 1), null));
        return withCorrectionsResolved(metrics);
    }

    private List<DemoMetric> withCorrectionsResolved(List<DemoMetric> metrics) {
        List<DemoMetric> result = new ArrayList<>();
        for (DemoMetric metric : metrics) {
            DemoMetric.Correction correction = metric.correction();
            if (correction != null) {
                // The corrected value: what the faulty reading should have been (a little lower).
                double wrong = metric.readings().get(correction.readingIndex()).value();
                correction = new DemoMetric.Correction(correction.readingIndex(), round(wrong - 0.4, 1), correction.note());
            }
            result.add(new DemoMetric(metric.issueKey(), metric.definition(), metric.parentName(), metric.readings(), correction));
        }
        return result;
    }

    private DemoMetric target(String issueKey, MetricKind kind, String name, String unit, double baseline, double target,
                              int startDaysAgo, int targetDaysAhead, int cadenceDays, String parentName, String source,
                              List<NewReading> readings, DemoMetric.Correction correction) {
        MetricDefinition definition = new MetricDefinition(kind, name, unit, baseline, target, today.minusDays(startDaysAgo),
                today.plusDays(targetDaysAhead), cadenceDays, null, source, null, null);
        return new DemoMetric(issueKey, definition, parentName, readings, correction);
    }

    private DemoMetric guardrail(String issueKey, String name, String unit, double threshold, GuardrailComparator comparator,
                                 int cadenceDays, String source, List<NewReading> readings) {
        MetricDefinition definition = new MetricDefinition(MetricKind.GUARDRAIL, name, unit, null, null, null, null,
                cadenceDays, null, source, threshold, comparator);
        return new DemoMetric(issueKey, definition, null, readings, null);
    }

    /**
     * Readings every {@code stepDays} from {@code startDaysAgo} (the baseline, exactly) to
     * {@code lastDaysAgo}; in between {@code model} of the elapsed fraction (0 at the start, 1 today)
     * plus uniform noise of ±{@code noise}, rounded to {@code decimals}.
     */
    private List<NewReading> series(Random random, int startDaysAgo, int lastDaysAgo, int stepDays, double baseline,
                                    DoubleUnaryOperator model, double noise, int decimals) {
        List<LocalDate> dates = new ArrayList<>();
        // Backwards from the last reading, stopping half a step after the baseline reading.
        for (int daysAgo = lastDaysAgo; daysAgo <= startDaysAgo - stepDays / 2; daysAgo += stepDays) {
            dates.add(0, today.minusDays(daysAgo));
        }
        List<NewReading> readings = new ArrayList<>();
        readings.add(reading(baseline, today.minusDays(startDaysAgo)));
        for (LocalDate date : dates) {
            double x = (double) ChronoUnit.DAYS.between(today.minusDays(startDaysAgo), date) / startDaysAgo;
            double value = model.applyAsDouble(x) + (random.nextDouble() * 2 - 1) * noise;
            readings.add(reading(round(value, decimals), date));
        }
        return readings;
    }

    private static NewReading reading(double value, LocalDate measuredAt) {
        return new NewReading(value, measuredAt, null, SOURCE, null);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** An epic of the demo, its outcome (null = none), how many stories, how many done, and when they were done. */
    private record DemoEpic(String project, String summary, String outcomeKey, int stories, int done,
                            int fromDaysAgo, int toDaysAgo, List<String> storyStems) {
    }

    /** An epic all of whose stories are done, with the RICE it was given against its outcome before it started. */
    private record ShippedEpic(DemoEpic epic, double reach, double impact, double confidence, double effort) {
    }

    /** RICE of a demo epic against the outcome it moves. */
    public record DemoRice(String outcomeKey, String epicKey, RiceScore rice) {
    }

    /** A sprint as Jira Software writes it into the sprint field. */
    record DemoSprint(long id, String name, String state, LocalDate start, LocalDate end) {
        ObjectNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode();
            node.put("id", id);
            node.put("name", name);
            node.put("state", state);
            node.put("startDate", start + "T08:00:00.000Z");
            node.put("endDate", end + "T17:00:00.000Z");
            return node;
        }
    }
}
