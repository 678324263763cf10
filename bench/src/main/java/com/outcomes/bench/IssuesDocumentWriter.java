package com.outcomes.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes generated portfolios as a Jira-REST-shaped issues document (DESIGN §6), the file the preview reads
 * with {@code --issues}. Streams: 200,000 issues never exist as a tree in the benchmark's memory.
 */
public final class IssuesDocumentWriter {

    static final String EPIC_LINK_FIELD = "customfield_10014";
    private static final String RESOLVED_AT_NOON = "T12:00:00.000+0000";

    /**
     * @param portfolios     portfolios to write, each in its own project
     * @param extraOutcomes  further Outcome issues (keys like {@code BENCH-1}) that carry the single-metric cases
     */
    public void write(Path file, List<GeneratedPortfolio> portfolios, List<String> extraOutcomes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("startAt", 0);
            json.writeArrayFieldStart("issues");
            for (GeneratedPortfolio portfolio : portfolios) {
                writePortfolio(json, portfolio);
            }
            for (String key : extraOutcomes) {
                issue(json, key, "Outcome", "Benchmark metric " + key, false, null);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writePortfolio(JsonGenerator json, GeneratedPortfolio portfolio) throws IOException {
        for (int c = 0; c < portfolio.challengeKeys().size(); c++) {
            issue(json, portfolio.challengeKeys().get(c), "Challenge", "Increase market share in segment " + (c + 1), false, null);
            json.writeEndObject();
            json.writeEndObject();
        }
        for (GeneratedPortfolio.Outcome outcome : portfolio.outcomes()) {
            issue(json, outcome.key(), "Outcome", outcome.summary(), false, null);
            links(json, "Success measure", outcome.challengeKey());
            json.writeEndObject();
            json.writeEndObject();
        }
        for (int e = 0; e < portfolio.epicKeys().size(); e++) {
            issue(json, portfolio.epicKeys().get(e), "Epic", "Epic " + (e + 1), false, null);
            links(json, "Outcome", portfolio.outcomes().get(portfolio.epicOutcome()[e]).key());
            json.writeEndObject();
            json.writeEndObject();
        }
        String[] keys = portfolio.issueKeys();
        for (int i = 0; i < keys.length; i++) {
            int resolved = portfolio.issueResolvedOn()[i];
            boolean done = resolved != GeneratedPortfolio.UNRESOLVED;
            issue(json, keys[i], "Story", "Story " + keys[i], done, done ? LocalDate.ofEpochDay(resolved) : null);
            json.writeStringField(EPIC_LINK_FIELD, portfolio.epicKeys().get(portfolio.issueEpic()[i]));
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** Opens an issue and its fields object; the caller adds fields and closes both. */
    private static void issue(JsonGenerator json, String key, String type, String summary, boolean done,
                              LocalDate resolvedOn) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", key);
        json.writeObjectFieldStart("fields");
        json.writeObjectFieldStart("project");
        json.writeStringField("key", key.substring(0, key.indexOf('-')));
        json.writeEndObject();
        json.writeObjectFieldStart("issuetype");
        json.writeStringField("name", type);
        json.writeEndObject();
        json.writeStringField("summary", summary);
        json.writeObjectFieldStart("status");
        json.writeStringField("name", done ? "Done" : "In Progress");
        json.writeObjectFieldStart("statusCategory");
        json.writeStringField("key", done ? "done" : "indeterminate");
        json.writeEndObject();
        json.writeEndObject();
        if (resolvedOn != null) {
            json.writeStringField("resolutiondate", resolvedOn + RESOLVED_AT_NOON);
        }
    }

    /** One outward link of the given type from the current issue. */
    private static void links(JsonGenerator json, String type, String outwardKey) throws IOException {
        json.writeArrayFieldStart("issuelinks");
        json.writeStartObject();
        json.writeObjectFieldStart("type");
        json.writeStringField("name", type);
        json.writeEndObject();
        json.writeObjectFieldStart("outwardIssue");
        json.writeStringField("key", outwardKey);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }
}
