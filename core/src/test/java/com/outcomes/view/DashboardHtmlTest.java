package com.outcomes.view;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Test;

import com.outcomes.port.IssueRef;
import com.outcomes.service.Dashboard;
import com.outcomes.service.OutcomeRow;
import com.outcomes.service.Output;

/**
 * The gadget's content as the REST API serves it: the host's templates, the language of whoever asks at that moment
 * (not of whoever asked first), issue links on the host's base URL, and one outcome's row alone when asked.
 */
public class DashboardHtmlTest {

    private static final Dashboard ANSWER = new Dashboard(LocalDate.of(2026, 11, 20), 12, List.of(), List.of(
            row("OUT-2", "Customers <b>love</b> us"), row("OUT-3", "Fewer tickets")));

    private final AtomicReference<Locale> viewer = new AtomicReference<>(Locale.ENGLISH);
    private final DashboardHtml html = new DashboardHtml(new StrictVelocity(), () -> new I18n(viewer.get()),
            () -> "/jira", ZoneOffset.UTC);

    private static OutcomeRow row(String key, String summary) {
        return new OutcomeRow(new IssueRef(key, summary, "OUT", IssueRef.OUTCOME), List.of(),
                new Output(List.of(), 0, List.of()), List.of(), List.of());
    }

    @Test
    public void eachRenderingIsInTheLanguageOfItsOwnViewer() {
        // given a German viewer
        viewer.set(Locale.GERMAN);

        // when the content is rendered for them, then for an English viewer
        String german = html.render(ANSWER, null);
        viewer.set(Locale.ENGLISH);
        String english = html.render(ANSWER, null);

        // then each reads in its viewer's language
        assertThat(german, containsString("Outcomes und Output"));
        assertThat(english, containsString("Outcomes vs Output"));
        assertThat(english, not(containsString("Outcomes und Output")));
    }

    @Test
    public void issueLinksStandOnTheHostsBaseUrlAndSummariesAreEscapedOnce() {
        // when
        String rendered = html.render(ANSWER, null);

        // then
        assertThat(rendered, containsString("href=\"/jira/browse/OUT-2\""));
        assertThat(rendered, containsString("Customers &lt;b&gt;love&lt;/b&gt; us"));
        assertThat(rendered, not(containsString("&amp;lt;")));
    }

    @Test
    public void oneOutcomesRowAloneLeavesTheOthersOut() {
        // when
        String rendered = html.render(ANSWER, "OUT-3");

        // then
        assertThat(rendered, containsString("/jira/browse/OUT-3"));
        assertThat(rendered, not(containsString("/jira/browse/OUT-2")));
    }
}
