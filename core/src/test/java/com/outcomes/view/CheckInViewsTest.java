package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.outcomes.domain.CheckIn;

import org.junit.Test;

public class CheckInViewsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private final CheckInViews views = new CheckInViews(new Formats(I18n.english(), ZoneId.of("Europe/Berlin")));

    private static CheckIn at(String instant, int confidence) {
        return new CheckIn(1, "OUT-2", confidence, null, "ann", Instant.parse(instant));
    }

    @Test
    public void theSummaryIsConfidenceAndAgeInDays() {
        assertEquals("Confidence 4/10 \u00b7 3 days ago", views.line(at("2026-11-17T12:00:00Z", 4), TODAY).getSummaryHtml());
        assertEquals("Confidence 9/10 \u00b7 yesterday", views.line(at("2026-11-19T12:00:00Z", 9), TODAY).getSummaryHtml());
        assertEquals("Confidence 9/10 \u00b7 today", views.line(at("2026-11-20T08:00:00Z", 9), TODAY).getSummaryHtml());
    }

    @Test
    public void theAgeCountsDaysInTheServersZone() {
        // 23:30 UTC on the 19th is already the 20th in Berlin
        assertEquals("today", views.line(at("2026-11-19T23:30:00Z", 5), TODAY).getAgeHtml());
        assertEquals("20 Nov 2026 00:30", views.line(at("2026-11-19T23:30:00Z", 5), TODAY).getWhenHtml());
    }

    @Test
    public void lowIsThreeOrLessAndNoCommentIsNone() {
        CheckInLine low = views.line(at("2026-11-17T12:00:00Z", 3), TODAY);
        CheckInLine fine = views.line(at("2026-11-17T12:00:00Z", 4), TODAY);

        assertTrue(low.isLow());
        assertFalse(fine.isLow());
        assertNull(fine.getCommentHtml());
        assertFalse(fine.isHasComment());
    }

    @Test
    public void theTrendRunsOldestToNewestWithTenAtTheTopAndNeedsTwoPoints() {
        List<CheckIn> newestFirst = List.of(at("2026-11-17T12:00:00Z", 1), at("2026-11-10T12:00:00Z", 10));

        assertEquals("0.0,2.0 100.0,28.0", CheckInViews.trendPoints(newestFirst));
        assertEquals("", CheckInViews.trendPoints(List.of(at("2026-11-17T12:00:00Z", 5))));
        assertFalse(views.section(List.of(), true, TODAY).isHasTrend());
    }
}
