package com.outcomes.preview.pages;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Before;
import org.junit.Test;

import com.outcomes.port.AccessPolicy;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;
import com.outcomes.view.Choice;
import com.outcomes.view.I18n;

public class SprintNavigationTest {

    private final WorkTracker work = mock(WorkTracker.class);
    private final AccessPolicy access = mock(AccessPolicy.class);

    private static Sprint sprint(long id, String name, int day) {
        return new Sprint(id, name, "closed", LocalDate.of(2026, 10, day), LocalDate.of(2026, 10, day).plusDays(13));
    }

    private final Set<String> annMayBrowse = new HashSet<>();

    @Before
    public void annAsksInOneBatch() {
        when(access.visible(eq("ann"), anyCollection())).thenAnswer(call -> {
            Collection<String> keys = call.getArgument(1);
            return keys.stream().filter(annMayBrowse::contains).collect(Collectors.toSet());
        });
    }

    private void holds(long sprintId, String issueKey, boolean visibleToAnn) {
        when(work.sprintIssues(sprintId)).thenReturn(List.of(new SprintIssue(issueKey, null, true, null)));
        if (visibleToAnn) {
            annMayBrowse.add(issueKey);
        }
    }

    @Test
    public void neighboursAndPickerSkipSprintsWithoutABrowsableIssue() {
        // given three sprints in time order, the middle one holding only an issue ann may not browse
        holds(1, "OUT-1", true);
        holds(2, "SEC-1", false);
        holds(3, "OUT-2", true);
        SprintNavigation navigation = new SprintNavigation(
                List.of(sprint(3, "Sprint Three", 29), sprint(1, "Sprint One", 1), sprint(2, "Secret Sprint", 15)),
                new VisibleSprints(work, access), I18n.english());

        // when ann looks at sprint one's review
        SprintNavigationView view = navigation.view(1, "ann");

        // then the next sprint is three, and the hidden one is named nowhere
        assertNull(view.getPrevious());
        assertEquals("/sprints/3", view.getNext().getUrlHtml());
        assertTrue(view.getNext().getTextHtml().contains("Sprint Three"));
        assertEquals(List.of("1", "3"), view.getSprints().stream().map(Choice::getValueHtml).toList());
        assertEquals(List.of("Sprint One", "Sprint Three"), view.getSprints().stream().map(Choice::getLabelHtml).toList());
        assertTrue(view.getSprints().get(0).isSelected());
        verify(access, times(1)).visible(eq("ann"), anyCollection());
    }

    @Test
    public void anAnonymousViewerIsOfferedNoSprint() {
        holds(1, "OUT-1", true);
        when(access.visible(eq(null), anyCollection())).thenReturn(Set.of("OUT-1"));
        SprintNavigation navigation = new SprintNavigation(List.of(sprint(1, "Sprint One", 1)),
                new VisibleSprints(work, access), I18n.english());

        SprintNavigationView view = navigation.view(1, null);

        assertTrue(view.getSprints().isEmpty());
        assertNull(view.getPrevious());
        assertNull(view.getNext());
    }
}
