package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.After;
import org.junit.Test;

/** {@code --jira-url} re-reads: paging over several pages, and a Jira that fails keeps the last good data. */
public class JiraLiveRefreshTest {

    private FakeJira jira;

    @After
    public void stopFakeJira() throws Exception {
        if (jira != null) {
            jira.close();
        }
    }

    private static List<String> stories(int count) {
        List<String> issues = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            issues.add("{\"key\": \"OUT-" + i + "\", \"fields\": {\"project\": {\"key\": \"OUT\"}, \"issuetype\": {\"name\": \"Story\"},"
                    + " \"summary\": \"Story " + i + "\", \"labels\": [\"refresh\"]}}");
        }
        return issues;
    }

    private JiraRestWorkTracker tracker(Duration timeout) {
        JiraSite site = new JiraSite(jira.uri(), "tok3n", HttpClient.newHttpClient(), timeout);
        return new JiraRestWorkTracker(site, "project = OUT", IssueFieldNames.defaults());
    }

    private List<String> searchesSince(int from) {
        return jira.requests().subList(from, jira.requests().size()).stream()
                .filter(r -> r.startsWith("/rest/api/2/search")).toList();
    }

    @Test
    public void aRefreshPagesThroughEveryPageAgainAndSwapsInTheNewData() throws Exception {
        // given a Jira of 5 issues that answers 2 a page
        jira = new FakeJira(JiraRestWorkTrackerTest.FIELDS, stories(5), 2);
        JiraRestWorkTracker tracker = tracker(Duration.ofSeconds(10));
        assertEquals(5, tracker.document().size());
        int before = jira.requests().size();

        // when Jira has 7 issues now
        jira.replaceIssues(stories(7));
        boolean replaced = tracker.refresh();

        // then: four pages (0, 2, 4, 6) with the bearer token, and the whole new data is served
        assertTrue(replaced);
        List<String> searches = searchesSince(before);
        assertEquals(4, searches.size());
        for (int i = 0; i < 4; i++) {
            assertTrue(searches.get(i), searches.get(i).contains("startAt=" + (2 * i)));
        }
        assertTrue(jira.authorizations().stream().allMatch("Bearer tok3n"::equals));
        assertEquals(7, tracker.document().size());
        assertTrue(tracker.issue("OUT-7").isPresent());
        // the field list is read once, at start: ids do not change between runs
        assertEquals(1, jira.requests().stream().filter(r -> r.startsWith("/rest/api/2/field")).count());
    }

    @Test
    public void anAuthFailureKeepsTheLastGoodData() throws Exception {
        // given
        jira = new FakeJira(JiraRestWorkTrackerTest.FIELDS, stories(3), 100);
        JiraRestWorkTracker tracker = tracker(Duration.ofSeconds(10));
        IssuesDocument good = tracker.document();

        // when the token has expired, and then Jira is down
        jira.answerWith(401);
        boolean afterAuthFailure = tracker.refresh();
        jira.answerWith(503);
        boolean afterServerError = tracker.refresh();

        // then
        assertFalse(afterAuthFailure);
        assertFalse(afterServerError);
        assertEquals(good, tracker.document());
        assertTrue(tracker.issue("OUT-3").isPresent());
    }

    @Test
    public void aFailureOnALaterPageKeepsTheLastGoodDataWhole() throws Exception {
        // given a Jira of 4 issues, 2 a page
        jira = new FakeJira(JiraRestWorkTrackerTest.FIELDS, stories(4), 2);
        JiraRestWorkTracker tracker = tracker(Duration.ofSeconds(10));

        // when the second page of the refresh holds an issue that cannot be read
        List<String> broken = new ArrayList<>(stories(6));
        broken.set(3, "{\"key\": \"OUT-4\", \"fields\": {\"project\": {\"key\": \"OUT\"}, \"issuetype\": {\"name\": \"Story\"},"
                + " \"resolutiondate\": \"not a date\"}}");
        jira.replaceIssues(broken);
        boolean replaced = tracker.refresh();

        // then: nothing of the first page of the failed refresh shows; the old four issues stay
        assertFalse(replaced);
        assertEquals(4, tracker.document().size());
        assertFalse(tracker.issue("OUT-5").isPresent());
    }

    @Test
    public void aSlowAnswerTimesOutAndKeepsTheLastGoodData() throws Exception {
        // given
        jira = new FakeJira(JiraRestWorkTrackerTest.FIELDS, stories(2), 100);
        JiraRestWorkTracker tracker = tracker(Duration.ofMillis(500));

        // when Jira takes 3 s to answer, and has new data by then
        jira.replaceIssues(stories(5));
        jira.delayAnswers(3_000);
        long started = System.nanoTime();
        boolean replaced = tracker.refresh();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        // then the refresh gives up after the timeout, not after Jira's answer
        assertFalse(replaced);
        assertTrue("took " + tookMillis + " ms", tookMillis < 2_500);
        assertEquals(2, tracker.document().size());
    }

    @Test
    public void readersDuringARefreshSeeTheOldDataOrTheNewNeverAMix() throws Exception {
        // given 3 issues, and a refresh to 6 that is slow to come (each page late)
        jira = new FakeJira(JiraRestWorkTrackerTest.FIELDS, stories(3), 1);
        JiraRestWorkTracker tracker = tracker(Duration.ofSeconds(10));
        jira.replaceIssues(stories(6));
        jira.delayAnswers(50);

        // when one thread refreshes while another keeps reading
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Boolean> result = new AtomicReference<>();
        Thread refresher = new Thread(() -> {
            result.set(tracker.refresh());
            done.countDown();
        });
        refresher.start();
        List<Integer> sizesSeen = new ArrayList<>();
        while (done.getCount() > 0) {
            sizesSeen.add(tracker.document().size());
            Thread.sleep(5);
        }
        refresher.join();

        // then
        assertTrue(result.get());
        assertTrue(sizesSeen.toString(), sizesSeen.stream().allMatch(size -> size == 3 || size == 6));
        assertEquals(6, tracker.document().size());
    }
}
