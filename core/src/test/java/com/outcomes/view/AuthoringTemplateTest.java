package com.outcomes.view;

import static com.outcomes.view.Answers.OUTCOME;
import static com.outcomes.view.Answers.TODAY;
import static com.outcomes.view.Answers.ZONE;
import static com.outcomes.view.Answers.csat;
import static com.outcomes.view.Answers.reading;
import static com.outcomes.view.Answers.tickets;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.Metric;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.Status;
import com.outcomes.port.IssueRef;
import com.outcomes.service.EpicRanking;
import com.outcomes.service.IssuePanel;
import com.outcomes.service.IssuePanel.TrackedMetric;
import com.outcomes.service.MetricView;

/**
 * The panel's authoring forms as Velocity renders them (issue 14): AUI markup, every control labelled, an error slot
 * per field named as the API names it, the kind's fields shown first, and nothing of it for viewers.
 */
public class AuthoringTemplateTest {

    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    private final StrictVelocity templates = new StrictVelocity();
    private final IssuePanelViewFactory factory = new IssuePanelViewFactory(I18n.english(), ZONE);

    private String render(boolean canEdit) {
        List<TrackedMetric> metrics = List.of(
                new TrackedMetric(csat(Status.ON_TRACK, 82.0, false, 10),
                        List.of(reading(1, 80, null, true), reading(2, 82, 1L, false))),
                new TrackedMetric(tickets(), List.of()));
        List<EpicRanking> epics = List.of(
                new EpicRanking(new IssueRef("OUT-20", "Live chat", "OUT", IssueRef.EPIC), 0, 5,
                        new RiceScore(500, 2, 0.8, 4)),
                new EpicRanking(new IssueRef("OUT-10", "Help centre", "OUT", IssueRef.EPIC), 3, 4, null));
        IssuePanel panel = new IssuePanel(OUTCOME, TODAY, canEdit, metrics, epics, List.of(), null, List.of());
        return templates.render("outcome-panel.vm", factory.view(panel, ""));
    }

    @Test
    public void everyAuthoringControlHasALabelForIt() {
        // when
        String html = render(true);

        // then every visible control is named by a label pointing at its id
        List<String> unlabelled = new ArrayList<>();
        int controls = 0;
        Matcher m = CONTROL.matcher(html);
        while (m.find()) {
            if (m.group(2).contains("type=\"hidden\"")) {
                continue;
            }
            controls++;
            Matcher id = ID.matcher(m.group(2));
            if (!id.find() || !html.contains("<label for=\"" + id.group(1) + "\">")) {
                unlabelled.add(m.group());
            }
        }
        assertTrue("found " + controls, controls > 40);
        assertEquals(List.of(), unlabelled);
    }

    @Test
    public void anEditorSeesTheDefineEditCorrectCsvAndRiceFormsInAuiMarkup() {
        // when
        String html = render(true);

        // then
        assertThat(html, containsString("<button class=\"aui-button\" type=\"button\" data-role=\"open-form\" "
                + "aria-expanded=\"false\" aria-controls=\"oc-define-form\">Define a metric</button>"));
        assertThat(html, containsString("<form class=\"aui top-label oc-metric-form\" id=\"oc-define-form\" data-role=\"metric-form\" hidden novalidate>"));
        assertThat(html, containsString("<form class=\"aui top-label oc-metric-form\" id=\"oc-edit-1-form\" data-role=\"metric-form\" data-metric-id=\"1\" hidden novalidate>"));
        assertThat(html, containsString("id=\"oc-edit-1-baseline\" name=\"baseline\" type=\"text\" inputmode=\"decimal\" data-type=\"number\" value=\"75\""));
        assertThat(html, containsString("<div class=\"error\" id=\"oc-edit-1-baseline-error\" data-error-for=\"baseline\" aria-live=\"polite\"></div>"));
        assertThat(html, containsString("<form class=\"aui top-label oc-csv-form\" id=\"oc-csv-1\" data-role=\"csv-form\" data-metric-id=\"1\" hidden novalidate>"));
        assertThat(html, containsString("<form class=\"aui top-label oc-correct-form\" id=\"oc-correct-1\" data-role=\"correct-form\" data-metric-id=\"1\" hidden novalidate>"));
        assertThat(html, containsString("<button class=\"aui-button aui-button-link oc-rice-open\" type=\"button\" data-role=\"rice-open\" "
                + "aria-expanded=\"false\" aria-controls=\"oc-rice-OUT-20\" aria-label=\"Set RICE of OUT-20\">Set RICE</button>"));
        assertThat(html, containsString("<form class=\"aui top-label oc-rice-form\" id=\"oc-rice-OUT-20\" data-role=\"rice-form\" data-epic-key=\"OUT-20\" hidden novalidate>"));
        assertThat(html, containsString("<option value=\"2\" selected>2: high</option>"));
        assertThat(html, containsString("<strong class=\"oc-rice-score\" data-role=\"rice-score\">Score 200</strong>"));
        assertThat(html, containsString("<button class=\"aui-button aui-button-primary\" type=\"submit\">Define metric</button>"));
        // buttons repeated per card or epic say which one they are for, their visible text first
        assertThat(html, containsString("aria-label=\"Edit metric: Customer satisfaction\">Edit metric</button>"));
        assertThat(html, containsString("aria-label=\"Import CSV: readings of Support tickets\">Import CSV</button>"));
        assertThat(html, containsString("aria-label=\"Save score for OUT-10\">Save score</button>"));
    }

    @Test
    public void onlyTheReadingInForceOffersACorrection() {
        // when
        String html = render(true);

        // then reading 2 (in force) has the Correct button with what the form starts from; reading 1 (corrected) not
        assertThat(html, containsString("data-role=\"correct\" data-reading-id=\"2\" data-value=\"82\" "
                + "data-measured-at=\"2026-10-02\" data-shown=\"2 Oct 2026: 82%\" aria-expanded=\"false\" aria-controls=\"oc-correct-1\" "
                + "aria-label=\"Correct the reading of 2 Oct 2026: 82%\">Correct</button>"));
        assertThat(html, not(containsString("data-role=\"correct\" data-reading-id=\"1\"")));
        assertThat(html, containsString("<tr class=\"oc-superseded\" data-reading-id=\"1\">"));
    }

    @Test
    public void eachMetricFormShowsTheFieldsOfItsKindFirst() {
        // when
        String html = render(true);

        // then the outcome metric's plan shows and its guardrail fields wait; the guardrail's the other way round
        String csatForm = html.substring(html.indexOf("id=\"oc-edit-1-form\""), html.indexOf("id=\"oc-csv-1\""));
        String ticketsForm = html.substring(html.indexOf("id=\"oc-edit-3-form\""), html.indexOf("id=\"oc-csv-3\""));
        assertThat(csatForm, containsString("<fieldset class=\"oc-kind-fields\" data-kinds=\"OUTCOME LEADING KPI\">"));
        assertThat(csatForm, containsString("<fieldset class=\"oc-kind-fields\" data-kinds=\"GUARDRAIL\" hidden>"));
        assertThat(ticketsForm, containsString("<fieldset class=\"oc-kind-fields\" data-kinds=\"OUTCOME LEADING KPI\" hidden>"));
        assertThat(ticketsForm, containsString("<fieldset class=\"oc-kind-fields\" data-kinds=\"GUARDRAIL\">"));
        assertThat(ticketsForm, containsString("<option value=\"AT_MOST\" selected>at most the threshold</option>"));
        assertThat(ticketsForm, containsString("value=\"12\""));
    }

    @Test
    public void aViewerSeesTheRiceScoresButNoControl() {
        // when
        String html = render(false);

        // then
        assertThat(html, not(containsString("<form")));
        assertThat(html, not(containsString("<button")));
        assertThat(html, not(containsString("<input")));
        assertThat(html, not(containsString("<select")));
        assertThat(html, containsString("<strong class=\"oc-rice-score\" data-role=\"rice-score\">Score 200</strong>"));
        assertThat(html, containsString("<span data-role=\"rice-inputs\">Reach 500 \u00b7 impact 2 \u00b7 confidence 0.8 \u00b7 effort 4</span>"));
        assertThat(html, containsString("data-role=\"rice-score\">Not scored yet</span>"));
    }

    @Test
    public void theOutcomesEpicsAreOneListRankedByRiceWithTheirOutputAndEachFormFolded() {
        // when
        String html = render(true);

        // then each epic is on the page once, in the service's RICE order, with its output beside its score
        assertEquals(1, occurrences(html, "Epics meant to move it"));
        assertEquals(1, occurrences(html, "data-epic-key=\"OUT-20\">"));
        assertEquals(1, occurrences(html, "<li class=\"oc-rice-epic\" data-epic-key=\"OUT-10\">"));
        assertTrue(html.indexOf("data-epic-key=\"OUT-20\">") < html.indexOf("data-epic-key=\"OUT-10\">"));
        assertThat(html, containsString("<span data-role=\"epic-done\">0 / 5 done</span> &middot; <span data-role=\"rice-inputs\">"));
        assertThat(html, containsString("<span data-role=\"epic-done\">3 / 4 done</span></div>"));
        // and every RICE form waits behind its own button
        assertEquals(2, occurrences(html, "data-role=\"rice-form\""));
        Matcher form = Pattern.compile("<form class=\"aui top-label oc-rice-form\"[^>]*>").matcher(html);
        while (form.find()) {
            assertThat(form.group(), containsString(" hidden "));
        }
    }

    private static int occurrences(String html, String text) {
        return html.split(Pattern.quote(text), -1).length - 1;
    }

    @Test
    public void theMetricFormsAskForTheOwnerAndKeepTheJqlFieldsBehindTheirSwitchUntilComputed() {
        // given CSAT computed from JQL and owned by bob, beside the guardrail typed in by hand
        MetricView csat = csat(Status.ON_TRACK, 82.0, false, 10);
        Metric computed = new Metric(1, "OUT-2", csat.metric().definition().withOwner("bob")
                .withComputed(new ComputedBy("project = OUT AND status = Done")));
        IssuePanel panel = new IssuePanel(OUTCOME, TODAY, true,
                List.of(new TrackedMetric(new MetricView(computed, csat.evaluation()), List.of()),
                        new TrackedMetric(tickets(), List.of())), List.of(), List.of(), null, List.of());

        // when
        String html = templates.render("outcome-panel.vm", factory.view(panel, ""));

        // then the define form's owner starts empty and its JQL fields wait behind the switch
        String define = html.substring(html.indexOf("id=\"oc-define-form\""));
        assertThat(define, containsString("id=\"oc-define-owner\" name=\"owner\" type=\"text\" data-type=\"text\" maxlength=\"255\" value=\"\""));
        assertThat(define, containsString("<div class=\"description\" id=\"oc-define-owner-hint\">Empty: you."));
        assertThat(define, containsString("<input class=\"checkbox\" id=\"oc-define-computed\" type=\"checkbox\" "
                + "data-role=\"computed-toggle\" aria-controls=\"oc-define-computed-fields\">"));
        assertThat(define, containsString("<fieldset class=\"oc-computed-fields\" id=\"oc-define-computed-fields\" data-object=\"computed\" hidden>"));
        // the computed metric's edit form holds owner and query, switched on; the parser's message has its slot
        String edit = html.substring(html.indexOf("id=\"oc-edit-1-form\""), html.indexOf("id=\"oc-csv-1\""));
        assertThat(edit, containsString("name=\"owner\" type=\"text\" data-type=\"text\" maxlength=\"255\" value=\"bob\""));
        assertThat(edit, containsString("data-role=\"computed-toggle\" aria-controls=\"oc-edit-1-computed-fields\" checked>"));
        assertThat(edit, containsString("<fieldset class=\"oc-computed-fields\" id=\"oc-edit-1-computed-fields\" data-object=\"computed\">"));
        assertThat(edit, containsString("name=\"computed.jql\" data-type=\"text\" rows=\"3\" maxlength=\"2000\" spellcheck=\"false\">project = OUT AND status = Done</textarea>"));
        assertThat(edit, containsString("<div class=\"error\" id=\"oc-edit-1-computed-jql-error\" data-error-for=\"computed.jql\" aria-live=\"polite\"></div>"));
        assertThat(edit, containsString("name=\"computed.scale\" type=\"text\" inputmode=\"decimal\" data-type=\"number\" value=\"1\""));
        // the guardrail typed in by hand starts switched off
        String guardrail = html.substring(html.indexOf("id=\"oc-edit-3-form\""), html.indexOf("id=\"oc-csv-3\""));
        assertThat(guardrail, containsString("data-object=\"computed\" hidden>"));
    }
}
