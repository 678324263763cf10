package com.outcomes.preview;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Names and passwords beyond ASCII log in over real HTTP, sent as UTF-8 as browsers send them. */
public class Utf8LoginHttpTest {

    private static final String PATH = "/rest/outcomes/1.0/metrics?issueKey=OUT-2";

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static PreviewFixture fixture;
    private static PreviewHost host;

    @BeforeClass
    public static void startPreview() throws Exception {
        Path root = FOLDER.getRoot().toPath();
        fixture = new PreviewFixture(root);
        Path users = root.resolve("users.json");
        Files.writeString(users, """
                {"users": [{"name": "jörg", "password": "pässwörd→✓", "browse": ["*"], "edit": []}]}""");
        host = PreviewHost.start(fixture.settings(fixture.issuesFile, users), PreviewFixture.CLOCK);
    }

    @AfterClass
    public static void stopPreview() {
        if (host != null) {
            host.close();
        }
        if (fixture != null) {
            fixture.dropDatabase();
        }
    }

    @Test
    public void aUserWhoseNameAndPasswordAreNotAsciiLogsIn() throws Exception {
        assertEquals(200, fixture.get(host, PATH, "jörg", "pässwörd→✓").statusCode());
    }

    @Test
    public void aPasswordThatDiffersOnlyInOneNonAsciiCharacterIsRefused() throws Exception {
        assertEquals(401, fixture.get(host, PATH, "jörg", "passwörd→✓").statusCode());
        assertEquals(401, fixture.get(host, PATH, "jorg", "pässwörd→✓").statusCode());
    }
}
