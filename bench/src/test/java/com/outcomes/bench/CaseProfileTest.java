package com.outcomes.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import com.outcomes.bench.CaseProfile.Frame;
import com.outcomes.bench.CaseProfile.Share;

public class CaseProfileTest {

    private static final Frame HSQLDB_READ = new Frame("org.hsqldb.persist.RowStoreAVL", "get");
    private static final Frame JACKSON_WRITE = new Frame("com.fasterxml.jackson.core.json.UTF8JsonGenerator",
            "writeString");
    private static final Frame HASH_MAP = new Frame("java.util.HashMap", "get");
    private static final Frame STORE = new Frame("com.outcomes.store.ReadingRepository", "seriesOf");
    private static final Frame SERVICE = new Frame("com.outcomes.service.DashboardService", "portfolio");
    private static final Frame REST = new Frame("com.outcomes.rest.DashboardResource", "get");
    private static final Frame BENCH = new Frame("com.outcomes.bench.BenchHost", "request");
    private static final Frame JETTY = new Frame("org.eclipse.jetty.server.internal.HttpChannelState", "handle");

    @Test
    public void selfFramesAreTheTopsOfTheStacksMostFrequentFirst() {
        // given three samples in HSQLDB, two in Jackson and one in a map
        List<List<Frame>> stacks = List.of(
                List.of(HSQLDB_READ, STORE, SERVICE), List.of(HSQLDB_READ, STORE, SERVICE),
                List.of(HSQLDB_READ, STORE, SERVICE), List.of(JACKSON_WRITE, REST), List.of(JACKSON_WRITE, REST),
                List.of(HASH_MAP, SERVICE));

        // when
        CaseProfile profile = CaseProfile.of("dashboard", stacks, 4);

        // then
        assertEquals(6, profile.samples());
        assertEquals(4, profile.otherSamples());
        assertEquals(List.of(new Share("org.hsqldb.persist.RowStoreAVL.get", 3, 50.0),
                new Share("com.fasterxml.jackson.core.json.UTF8JsonGenerator.writeString", 2, 100.0 * 2 / 6),
                new Share("java.util.HashMap.get", 1, 100.0 / 6)), profile.selfFrames());
    }

    @Test
    public void ourFrameIsTheFirstOfOursFromTheTopWithTheBenchsOwnLeftOut() {
        // given a store call under the service, a sample in the bench's own code over Jetty, and one in the service
        List<List<Frame>> stacks = List.of(
                List.of(HSQLDB_READ, STORE, SERVICE, REST, JETTY), List.of(HSQLDB_READ, STORE, SERVICE),
                List.of(HASH_MAP, BENCH, JETTY), List.of(SERVICE, REST));

        // when
        CaseProfile profile = CaseProfile.of("dashboard", stacks, 0);

        // then the store gets both of its samples (not the service above it) and the bench's sample is no one's
        assertEquals(List.of(new Share("com.outcomes.store.ReadingRepository.seriesOf", 2, 50.0),
                new Share("com.outcomes.service.DashboardService.portfolio", 1, 25.0)), profile.ourFrames());
        assertEquals(3, profile.ourSamples());
    }

    @Test
    public void packageGroupsNameOurLayersKnownLibrariesAndOtherwiseTwoSegments() {
        assertEquals("com.outcomes.store", CaseProfile.packageGroup("com.outcomes.store.ReadingRepository"));
        assertEquals("com.outcomes.service", CaseProfile.packageGroup("com.outcomes.service.jql.JqlQuery"));
        assertEquals("org.eclipse.jetty", CaseProfile.packageGroup("org.eclipse.jetty.io.ArrayByteBufferPool"));
        assertEquals("org.glassfish.jersey", CaseProfile.packageGroup("org.glassfish.jersey.server.ServerRuntime"));
        assertEquals("com.fasterxml.jackson",
                CaseProfile.packageGroup("com.fasterxml.jackson.databind.ObjectMapper"));
        assertEquals("org.hsqldb", CaseProfile.packageGroup("org.hsqldb.persist.RowStoreAVL"));
        assertEquals("org.postgresql", CaseProfile.packageGroup("org.postgresql.core.v3.QueryExecutorImpl"));
        assertEquals("java.util", CaseProfile.packageGroup("java.util.HashMap$Node"));
        assertEquals("java.lang", CaseProfile.packageGroup("java.lang.String"));
    }

    @Test
    public void packageGroupsAreOfTheSelfFrames() {
        // given two samples on top in HSQLDB under our store, one in Jackson
        List<List<Frame>> stacks = List.of(List.of(HSQLDB_READ, STORE), List.of(HSQLDB_READ, STORE),
                List.of(JACKSON_WRITE, REST));

        // when
        CaseProfile profile = CaseProfile.of("dashboard", stacks, 0);

        // then
        assertEquals(List.of(new Share("org.hsqldb", 2, 100.0 * 2 / 3),
                new Share("com.fasterxml.jackson", 1, 100.0 / 3)), profile.packageGroups());
    }

    @Test
    public void eachListKeepsTheTopTen() {
        // given 12 different self frames, the first one twice
        List<List<Frame>> stacks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stacks.add(List.of(new Frame("com.outcomes.domain.Rule" + i, "apply")));
        }
        stacks.add(List.of(new Frame("com.outcomes.domain.Rule0", "apply")));

        // when
        CaseProfile profile = CaseProfile.of("rules", stacks, 0);

        // then
        assertEquals(13, profile.samples());
        assertEquals(CaseProfile.TOP, profile.selfFrames().size());
        assertEquals("com.outcomes.domain.Rule0.apply", profile.selfFrames().get(0).name());
        assertEquals(13, profile.ourSamples());
    }

    @Test
    public void markdownHasAHeadingWithCaseAndSamplesThenTheThreeListsByRank() {
        // given
        List<List<Frame>> stacks = List.of(List.of(HSQLDB_READ, STORE, SERVICE), List.of(HSQLDB_READ, STORE),
                List.of(JACKSON_WRITE, BENCH));

        // when
        String markdown = CaseProfile.of("dashboard, whole portfolio (HSQLDB)", stacks, 7).markdown();

        // then
        List<String> lines = markdown.lines().toList();
        assertTrue(lines.get(0), lines.get(0).startsWith("**Profile: dashboard, whole portfolio (HSQLDB)** — 3 samples"));
        assertTrue(lines.get(0), lines.get(0).contains("(7 on other threads), 67% under our code"));
        assertEquals("| 1 | `org.hsqldb.persist.RowStoreAVL.get` | 66.7 | `com.outcomes.store.ReadingRepository.seriesOf` "
                + "| 66.7 | org.hsqldb | 66.7 |", lines.get(4));
        assertEquals("| 2 | `com.fasterxml.jackson.core.json.UTF8JsonGenerator.writeString` | 33.3 | | "
                + " | com.fasterxml.jackson | 33.3 |", lines.get(5));
        assertEquals(6, lines.size());
    }

    @Test
    public void aProfileWithoutSamplesSaysSo() {
        // when
        String markdown = CaseProfile.of("idle", List.of(), 3).markdown();

        // then
        assertTrue(markdown, markdown.contains("0 samples"));
        assertTrue(markdown, markdown.contains("no samples"));
    }
}
