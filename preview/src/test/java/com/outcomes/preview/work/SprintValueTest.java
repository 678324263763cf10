package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.port.Sprint;

public class SprintValueTest {

    private static final String CLASS = "com.atlassian.greenhopper.service.sprint.Sprint@1a2b[";

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    private static SprintValue.InvalidSprintException failureOf(String json) {
        return assertThrows(SprintValue.InvalidSprintException.class, () -> SprintValue.readAll(json(json)));
    }

    @Test
    public void membersSplitOnlyWhereAKeyFollowsTheComma() {
        // when
        Map<String, String> members = SprintValue.members(CLASS + "id=1,name=A, B,goal=x,y=z,state=ACTIVE,sequence=1,newKey=a,b]");

        // then: the goal keeps ",y=z" (y is no key Jira writes); the unknown trailing key is cut where it starts
        assertEquals(Map.of("id", "1", "name", "A, B", "goal", "x,y=z", "state", "ACTIVE", "sequence", "1", "newKey", "a,b"),
                members);
    }

    @Test
    public void missingFieldValueIsNoSprint() throws Exception {
        assertEquals(List.of(), SprintValue.readAll(null));
        assertEquals(List.of(), SprintValue.readAll(json("null")));
        assertEquals(List.of(), SprintValue.readAll(json("[]")));
    }

    @Test
    public void listMayMixStringsAndObjects() throws Exception {
        // when
        List<Sprint> sprints = SprintValue.readAll(json("[\"" + CLASS + "id=1,state=CLOSED,name=One]\", {\"id\": 2, \"name\": \"Two\"}]"));

        // then
        assertEquals(List.of(1L, 2L), sprints.stream().map(Sprint::id).toList());
    }

    @Test
    public void plainTextIsNotASprint() {
        assertEquals("expected sprint objects or Jira sprint strings, got \"Sprint 1\"", failureOf("\"Sprint 1\"").getMessage());
    }

    @Test
    public void numberIsNotASprint() {
        assertEquals("expected sprint objects or Jira sprint strings, got 42", failureOf("[42]").getMessage());
    }

    @Test
    public void sprintStringWithoutIdIsRejected() {
        assertTrue(failureOf("\"" + CLASS + "rapidViewId=1,name=No id]\"").getMessage()
                .startsWith("expected sprint objects or Jira sprint strings with a numeric id, got \""));
    }

    @Test
    public void sprintObjectWithTextIdIsRejected() {
        assertEquals("expected sprint objects or Jira sprint strings with a numeric id, got {\"id\":\"x\",\"name\":\"S\"}",
                failureOf("[{\"id\": \"x\", \"name\": \"S\"}]").getMessage());
    }

    @Test
    public void sprintStringThatDoesNotStartWithAKeyIsRejected() {
        assertEquals("cannot read the sprint string \"" + CLASS + "=1]\" at \"=1\"", failureOf("\"" + CLASS + "=1]\"").getMessage());
    }

    @Test
    public void unknownStateIsRejectedNamingTheMember() {
        // when
        SprintValue.InvalidSprintException e = failureOf("\"" + CLASS + "id=4,state=PAUSED]\"");

        // then
        assertEquals("state", e.member());
        assertEquals("sprint 4 has the unknown state 'PAUSED' (expected future, active or closed)", e.getMessage());
    }

    @Test
    public void badDateNamesTheMember() {
        // when
        SprintValue.InvalidSprintException e = failureOf("{\"id\": 1, \"endDate\": \"soon\"}");

        // then
        assertEquals("endDate", e.member());
        assertEquals("cannot read 'soon' as a date", e.getMessage());
    }

    @Test
    public void sprintStringsAndSprintObjectsLookLikeSprintsOtherValuesDoNot() throws Exception {
        assertTrue(SprintValue.looksLikeSprints(json("[\"" + CLASS + "id=1,name=x]\"]")));
        assertTrue(SprintValue.looksLikeSprints(json("\"" + CLASS + "id=1,name=x]\"")));
        assertTrue(SprintValue.looksLikeSprints(json("[{\"id\": 1, \"name\": \"x\", \"state\": \"active\"}]")));
        assertFalse(SprintValue.looksLikeSprints(json("\"Sprint 1\"")));
        assertFalse(SprintValue.looksLikeSprints(json("\"ABC-1\"")));
        assertFalse(SprintValue.looksLikeSprints(json("[{\"id\": 1, \"value\": \"Red\"}]")));
        assertFalse(SprintValue.looksLikeSprints(json("3")));
    }
}
