package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.TODAY;
import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import net.java.ao.EntityManager;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.domain.LintFinding;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Status;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.IssueRef;
import com.outcomes.store.StoreTestDatabase;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class IssuePanelServiceTest {

    private EntityManager entityManager;
    private ServiceFixture fx;
    private long csat;
    private long resolution;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.access.user("marketer", Set.of("MKT"), Set.of());
        fx.work.challenge("OUT-1", "Improve customer satisfaction")
                .outcome("OUT-2", "Customers are satisfied with support", "OUT-1")
                .epic("OUT-10", "Help centre", "OUT-2", 1, TODAY.minusDays(3), TODAY.minusDays(2))
                .epic("MKT-11", "Campaign", "OUT-2", 4);
        csat = fx.core.metrics().define("admin", "OUT-2", outcome("CSAT", 75, 90, TODAY.minusDays(50), TODAY.plusDays(50)))
                .metric().id();
        resolution = fx.core.metrics().define("admin", "OUT-2",
                ServiceFixture.leading("First-contact resolution", 60, 80, csat)).metric().id();
        long typo = fx.core.readings().record("admin", csat, new NewReading(80, TODAY.minusDays(1), null, null, null)).id();
        fx.core.readings().record("admin", csat, new NewReading(82.5, TODAY.minusDays(1), "typo", null, typo));
    }

    @Test
    public void outcomePanelAnswersEveryMetricWithItsEvaluationAndHistoryTheLinkedEpicsAndTheWayUp() {
        // when
        IssuePanel panel = fx.core.issuePanel().panel("admin", "OUT-2");

        // then
        assertEquals("OUT-2", panel.issue().key());
        assertTrue(panel.isOutcome());
        assertEquals(TODAY, panel.asOf());
        assertTrue(panel.canEdit());
        assertEquals(List.of(csat, resolution), panel.metrics().stream().map(m -> m.metric().metric().id()).toList());
        IssuePanel.TrackedMetric main = panel.metrics().get(0);
        assertEquals(Double.valueOf(82.5), main.metric().evaluation().current());
        assertEquals(Status.ON_TRACK, main.metric().evaluation().status());
        assertEquals("the correction stays in the history beside the reading it corrects", 2, main.history().size());
        assertTrue(main.history().get(0).superseded());
        assertFalse(main.history().get(1).superseded());
        assertEquals(MetricKind.LEADING, panel.metrics().get(1).metric().metric().kind());
        assertEquals(List.of(), panel.metrics().get(1).history());
        assertEquals("unscored epics by key", List.of("MKT-11", "OUT-10"), panel.epics().stream().map(r -> r.epic().key()).toList());
        assertEquals(2, panel.epics().get(1).done());
        assertEquals(3, panel.epics().get(1).total());
        assertEquals("OUT-1", panel.challenge().key());
        assertEquals(List.of(), panel.outcomes());
    }

    @Test
    public void panelFindingsAreTheLintOfTheIssue() {
        // given
        List<LintFinding> lint = fx.core.lint().lint("viewer", "OUT-2", TODAY);

        // when
        IssuePanel panel = fx.core.issuePanel().panel("viewer", "OUT-2");

        // then
        assertEquals(lint, panel.findings());
    }

    @Test
    public void userWhoMayOnlyBrowseGetsThePanelWithoutTheEditRight() {
        assertFalse(fx.core.issuePanel().panel("viewer", "OUT-2").canEdit());
    }

    @Test
    public void invisibleIssueIsNotFoundAndSoIsAnUnknownOne() {
        NotFoundException hidden = assertThrows(NotFoundException.class,
                () -> fx.core.issuePanel().panel("outsider", "OUT-2"));
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> fx.core.issuePanel().panel("admin", "OUT-99"));
        assertEquals(hidden.getClass(), unknown.getClass());
    }

    @Test
    public void onePanelAsksTheAccessPolicyAboutTheIssueOnce() {
        // given
        fx.access.questions.clear();

        // when
        fx.core.issuePanel().panel("viewer", "OUT-2");

        // then: may the user see it, may they edit it — once each; the batches name only other issues
        List<String> aboutTheIssue = fx.access.questions.stream().filter(q -> q.matches(".*\\bOUT-2\\b.*")).toList();
        assertEquals(fx.access.questions.toString(), List.of("canView OUT-2", "canEdit OUT-2"), aboutTheIssue);
    }

    @Test
    public void epicsAndTheChallengeTheUserMayNotSeeAreLeftOut() {
        // given an outcome in MKT under a challenge in OUT, moved by epics in both projects
        fx.work.outcome("MKT-2", "Brand awareness", "OUT-1")
                .epic("MKT-12", "Podcast", "MKT-2", 1)
                .epic("OUT-13", "Internal launch", "MKT-2", 1);

        // when
        IssuePanel panel = fx.core.issuePanel().panel("marketer", "MKT-2");

        // then
        assertNull(panel.challenge());
        assertEquals(List.of("MKT-12"), panel.epics().stream().map(r -> r.epic().key()).toList());
    }

    @Test
    public void challengePanelListsOnlyTheOutcomesTheUserMaySeeAndNoEpics() {
        // given a challenge in MKT with outcomes in MKT and OUT
        fx.work.challenge("MKT-1", "Be known")
                .outcome("MKT-3", "Awareness", "MKT-1")
                .outcome("OUT-4", "Internal awareness", "MKT-1");

        // when
        IssuePanel panel = fx.core.issuePanel().panel("marketer", "MKT-1");

        // then
        assertFalse(panel.isOutcome());
        assertEquals(List.of("MKT-3"), panel.outcomes().stream().map(IssueRef::key).toList());
        assertEquals(List.of(), panel.epics());
        assertNull(panel.challenge());
        assertEquals(List.of(), panel.metrics());
    }
}
