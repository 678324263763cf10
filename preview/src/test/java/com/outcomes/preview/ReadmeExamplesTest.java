package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.ClassRule;
import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.port.Sprint;
import com.outcomes.preview.work.IssueFieldNames;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentParser;
import com.outcomes.preview.work.IssuesDocumentWorkTracker;

/** The READMEs' examples work as written: the REST calls against the demo, the --issues document as a preview. */
public class ReadmeExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CURL = Pattern.compile(
            "curl -u admin:admin(?: -X (\\w+))? \"\\$B([^\"]+)\"(?: -H 'Content-Type: ([^']+)')?"
                    + "(?: -d '(.*)'| --data-binary \\$'(.*)')?\\s*");

    @ClassRule
    public static final RunningPreview DEMO = RunningPreview.onTheDemo();

    @Test
    public void everyRestExampleOfTheReadmeSucceedsAgainstTheDemo() throws Exception {
        // given the README's calls, in order
        List<String> lines = restBlock(Files.readString(Path.of("..", "README.md")));
        assertTrue("the README shows its calls", lines.size() >= 10);
        String id = null;
        for (String line : lines) {
            if (line.startsWith("ID=")) {
                // ID=$(curl … /metrics?issueKey=OUT-5 | jq '.[0].id')
                id = JSON.readTree(DEMO.get("/rest/outcomes/1.0/metrics?issueKey=OUT-5", "admin", "admin").body())
                        .get(0).get("id").asText();
                continue;
            }
            if (!line.startsWith("curl ")) {
                continue;
            }
            Matcher m = CURL.matcher(line);
            assertTrue("README call in an unexpected form: " + line, m.matches());
            String path = "/rest/outcomes/1.0" + m.group(2).replace("$ID", String.valueOf(id));
            String body = m.group(4) != null ? m.group(4) : m.group(5) == null ? null : m.group(5).replace("\\n", "\n");

            // when
            HttpRequest.Builder request = DEMO.request(path);
            if (m.group(1) != null) {
                request.method(m.group(1), HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
            }
            if (m.group(3) != null) {
                request.header("Content-Type", m.group(3));
            }
            HttpResponse<String> response = DEMO.send(request, "admin", "admin");

            // then
            assertTrue(line + " answered " + response.statusCode() + " " + response.body(),
                    response.statusCode() / 100 == 2);
        }
    }

    @Test
    public void issuesExampleOfThePreviewReadmeIsTheExampleFileAndShowsAnOutcomeUnderItsChallenge() throws Exception {
        // given
        String readme = Files.readString(Path.of("README.md"));
        Path example = Path.of("examples", "issues.json");

        // then the README shows the file as it is
        String block = readme.substring(readme.indexOf("```json\n{\"issues\"") + "```json\n".length());
        block = block.substring(0, block.indexOf("```"));
        assertEquals(JSON.readTree(Files.readString(example)), JSON.readTree(block));

        // and the file works: OUT-5 measures OUT-1 (not "without a challenge"), and the sprints it names exist
        IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).read(example);
        assertEquals("OUT-1", new IssuesDocumentWorkTracker(document).portfolio("OUT").challengeOfOutcome().get("OUT-5"));
        Set<Long> sprints = document.sprints().stream().map(Sprint::id).collect(Collectors.toSet());
        assertEquals(Set.of(7L, 8L), sprints);
    }

    private static List<String> restBlock(String readme) {
        String rest = readme.substring(readme.indexOf("## REST API"));
        rest = rest.substring(rest.indexOf("```bash\n") + "```bash\n".length());
        rest = rest.substring(0, rest.indexOf("```"));
        List<String> lines = new ArrayList<>();
        for (String line : rest.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
