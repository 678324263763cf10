package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.port.Sprint;

/**
 * One row per shape in which a Jira sends a sprint (written from the formats, not copied from any site):
 * Server / Data Center strings in each version's key order, Cloud objects, and the corner cases people type
 * into names and goals.
 */
@RunWith(Parameterized.class)
public class SprintValueFormatsTest {

    private static final String CLASS = "com.atlassian.greenhopper.service.sprint.Sprint@";

    @Parameters(name = "{0}")
    public static List<Object[]> formats() {
        return List.of(
                row("7.x-9.x key order, id first, goal with a comma",
                        CLASS + "3f9c2a1e[id=448,rapidViewId=158,state=CLOSED,name=Team Sprint 6,"
                                + "startDate=2016-08-29T15:38:46.123+02:00,endDate=2016-09-12T15:38:00.000+02:00,"
                                + "completeDate=2016-09-12T16:01:12.456+02:00,activatedDate=2016-08-29T15:38:46.123+02:00,"
                                + "sequence=448,goal=Ship checkout, part 2,synced=false,autoStartStop=false,"
                                + "incompleteIssuesDestinationId=<null>]",
                        new Sprint(448, "Team Sprint 6", "closed", LocalDate.of(2016, 8, 29), LocalDate.of(2016, 9, 12))),
                row("older key order, id last",
                        CLASS + "1b2c3d[rapidViewId=12,state=ACTIVE,name=Sprint 48,goal=<null>,"
                                + "startDate=2015-03-02T09:00:00.000+01:00,endDate=2015-03-16T09:00:00.000+01:00,"
                                + "completeDate=<null>,sequence=48,id=48]",
                        new Sprint(48, "Sprint 48", "active", LocalDate.of(2015, 3, 2), LocalDate.of(2015, 3, 16))),
                row("recent Data Center, alphabetical, name and goal with commas, brackets, bars and equals signs",
                        CLASS + "6d4e5f70[activatedDate=2024-05-06T09:12:00.000Z,autoStartStop=false,completeDate=<null>,"
                                + "endDate=2024-05-20T09:00:00.000Z,goal=Reach 90% CSAT, then [stretch] more|less = ok,id=9021,"
                                + "incompleteIssuesDestinationId=<null>,name=Blue | Sprint [24],week=2,rapidViewId=310,"
                                + "sequence=9021,startDate=2024-05-06T09:00:00.000Z,state=active,synced=false]",
                        new Sprint(9021, "Blue | Sprint [24],week=2", "active", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 20))),
                row("future sprint, every date <null>, empty goal",
                        CLASS + "57bf7114[id=448,rapidViewId=158,state=FUTURE,name=Team Sprint 6,startDate=<null>,"
                                + "endDate=<null>,completeDate=<null>,sequence=448,goal=]",
                        new Sprint(448, "Team Sprint 6", "future", null, null)),
                row("key unknown to the preview is skipped, no end date falls back to the completion day in its own offset",
                        CLASS + "a0[id=7,rapidViewId=2,state=Closed,name=x=y, z=w,startDate=2020-01-20T08:00:00.000-07:00,"
                                + "endDate=<null>,completeDate=2020-01-31T23:30:00.000-07:00,sequence=7,teamId=3,goal=<null>]",
                        new Sprint(7, "x=y, z=w", "closed", LocalDate.of(2020, 1, 20), LocalDate.of(2020, 1, 31))),
                row("name <null> is named after the id",
                        CLASS + "ff[id=12,rapidViewId=<null>,state=FUTURE,name=<null>,startDate=<null>,endDate=<null>]",
                        new Sprint(12, "Sprint 12", "future", null, null)),
                row("Cloud object, unknown members ignored, state upper case",
                        "{\"id\": 37, \"self\": \"https://x/rest/agile/1.0/sprint/37\", \"name\": \"Sprint, 37\", \"state\": \"CLOSED\","
                                + " \"boardId\": 5, \"goal\": \"\", \"startDate\": \"2026-09-21T08:00:00.000Z\", \"endDate\": \"2026-10-04\"}",
                        new Sprint(37, "Sprint, 37", "closed", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 4))),
                row("object with a numeric text id and no state",
                        "{\"id\": \"3\", \"name\": \"S3\"}",
                        new Sprint(3, "S3", "future", null, null)));
    }

    private static Object[] row(String variant, String value, Sprint expected) {
        return new Object[] {variant, value, expected};
    }

    @Parameterized.Parameter(0)
    public String variant;

    @Parameterized.Parameter(1)
    public String value;

    @Parameterized.Parameter(2)
    public Sprint expected;

    @Test
    public void readsTheSprintAsOneValueAndInAList() throws Exception {
        // given the value as Jira sends it: a JSON string, or an object
        String json = value.startsWith("{") ? value : new ObjectMapper().writeValueAsString(value);
        ObjectMapper mapper = new ObjectMapper();

        // when
        List<Sprint> single = SprintValue.readAll(mapper.readTree(json));
        List<Sprint> inList = SprintValue.readAll(mapper.readTree("[" + json + ", null]"));

        // then
        assertEquals(List.of(expected), single);
        assertEquals(List.of(expected), inList);
    }
}
