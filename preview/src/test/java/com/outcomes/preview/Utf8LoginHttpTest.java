package com.outcomes.preview;

import static org.junit.Assert.assertEquals;

import org.junit.ClassRule;
import org.junit.Test;

/** Names and passwords beyond ASCII log in over real HTTP, sent as UTF-8 as browsers send them. */
public class Utf8LoginHttpTest {

    private static final String PATH = "/rest/outcomes/1.0/metrics?issueKey=OUT-2";

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues().withUsers("""
            {"users": [{"name": "jörg", "password": "pässwörd→✓", "browse": ["*"], "edit": []}]}""");

    @Test
    public void aUserWhoseNameAndPasswordAreNotAsciiLogsIn() throws Exception {
        assertEquals(200, PREVIEW.get(PATH, "jörg", "pässwörd→✓").statusCode());
    }

    @Test
    public void aPasswordThatDiffersOnlyInOneNonAsciiCharacterIsRefused() throws Exception {
        assertEquals(401, PREVIEW.get(PATH, "jörg", "passwörd→✓").statusCode());
        assertEquals(401, PREVIEW.get(PATH, "jorg", "pässwörd→✓").statusCode());
    }
}
