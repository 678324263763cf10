package com.outcomes.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.Before;
import org.junit.Test;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;
import com.outcomes.i18n.Messages;
import com.outcomes.port.AccessPolicy;
import com.outcomes.service.EpicService;
import com.outcomes.service.ImportResult;
import com.outcomes.service.MetricService;
import com.outcomes.service.ReadingService;

/** The resources read every body through the edge's rules before a service sees anything. */
public class ResourceBodiesTest {

    private MetricService metrics;
    private ReadingService readings;
    private EpicService epics;
    private MetricResource metricResource;
    private OutcomeEpicsResource epicsResource;

    @Before
    public void setUp() {
        metrics = mock(MetricService.class);
        readings = mock(ReadingService.class);
        epics = mock(EpicService.class);
        AccessPolicy access = mock(AccessPolicy.class);
        when(access.currentUser()).thenReturn(Optional.of("admin"));
        RestSupport support = new RestSupport(Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC),
                Messages.english());
        metricResource = new MetricResource(metrics, readings, new Caller(access), support);
        epicsResource = new OutcomeEpicsResource(epics, new Caller(access), support);
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code prefix} followed by {@code size} bytes of 'x'. */
    private static InputStream sized(String prefix, int size) {
        return new SequenceInputStream(body(prefix), new ByteArrayInputStream(new byte[size]));
    }

    private static String error(Runnable call) {
        FieldError e = assertThrows(ValidationException.class, call::run).errors().get(0);
        return e.field() + " " + e.messageKey();
    }

    @Test
    public void aNullBodyIs400OnBodyAtEveryJsonWrite() {
        assertEquals("body outcomes.error.bodyObject", error(() -> metricResource.define(body("null"))));
        assertEquals("body outcomes.error.bodyObject", error(() -> metricResource.update("1", body("null"))));
        assertEquals("body outcomes.error.bodyObject", error(() -> metricResource.record("1", body("null"))));
        assertEquals("body outcomes.error.bodyObject",
                error(() -> epicsResource.setRice("OUT-2", "OUT-3", body("null"))));
        verifyNoInteractions(metrics, readings, epics);
    }

    @Test
    public void jsonOverTenMegabytesIs413BeforeAnyService() {
        assertThrows(RequestBodies.BodyTooLargeException.class,
                () -> metricResource.record("1", sized("{\"note\": \"", RequestBodies.JSON_LIMIT)));
        assertThrows(RequestBodies.BodyTooLargeException.class,
                () -> epicsResource.setRice("OUT-2", "OUT-3", sized("", RequestBodies.JSON_LIMIT + 1)));
        verifyNoInteractions(readings, epics);
    }

    @Test
    public void csvOverFiftyMegabytesIs413AndABomIsDroppedBeforeTheService() {
        assertThrows(RequestBodies.BodyTooLargeException.class,
                () -> metricResource.importCsv("1", sized("", RequestBodies.CSV_LIMIT + 1)));
        verifyNoInteractions(readings);

        when(readings.importCsv(anyString(), anyLong(), any())).thenReturn(new ImportResult(1));
        metricResource.importCsv("1", body("\uFEFFmeasuredAt,value\n2026-11-01,1\n"));
        verify(readings).importCsv("admin", 1L, "measuredAt,value\n2026-11-01,1\n");
    }

    @Test
    public void keysInTheBodyAndThePathFollowTheTextRule() {
        assertEquals("issueKey outcomes.error.nul", error(() -> metricResource.define(body(
                "{\"issueKey\": \"OUT-2\\u0000\", \"kind\": \"OUTCOME\"}"))));
        assertEquals("issueKey outcomes.error.type.text", error(() -> metricResource.define(body("{\"issueKey\": 2}"))));
        assertEquals("epicKey outcomes.error.nul", error(() -> epicsResource.setRice("OUT-2", "OUT-3\u0000", body("{}"))));
        assertEquals("key outcomes.error.unpairedSurrogate", error(() -> epicsResource.list("OUT-\uD800")));
        assertEquals("issueKey outcomes.error.nul", error(() -> metricResource.list("\u0000", null)));
        verifyNoInteractions(metrics, epics);
    }

    @Test
    public void asOfOfAnExpandedYearIs400NotAnOverflow() {
        assertEquals("asOf outcomes.error.date", error(() -> metricResource.get("1", "+100000000-01-01")));
        verify(metrics, org.mockito.Mockito.never()).get(anyString(), anyLong(), any());
        verify(metrics, org.mockito.Mockito.never()).metricsOf(eq("admin"), anyString(), any());
    }
}
