package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class EpicOutcomeLineTest {

    @Test
    public void outcomeAndItsMetricArePrintedAsTextEscapedOnce() {
        // when
        EpicOutcomeLine line = new EpicOutcomeLine("OUT-2", "<i>Happy</i>", "/browse/OUT-2", "CSAT: 75% \u2192 90%", "82%",
                "AT_RISK", "at risk", "Not measured for 40 days");

        // then
        assertEquals("OUT-2", line.getKeyHtml());
        assertEquals("&lt;i&gt;Happy&lt;/i&gt;", line.getSummaryHtml());
        assertEquals("/browse/OUT-2", line.getUrlHtml());
        assertEquals("CSAT: 75% \u2192 90%", line.getStatementHtml());
        assertEquals("82%", line.getCurrentHtml());
        assertEquals("AT_RISK", line.getStatusCodeHtml());
        assertEquals("at risk", line.getStatusLabelHtml());
        assertEquals("Not measured for 40 days", line.getStaleTextHtml());
    }

    @Test
    public void outcomeWithoutAMetricLeavesTheMetricPartsEmptyForTheTemplatesIf() {
        // when
        EpicOutcomeLine line = new EpicOutcomeLine("OUT-3", "Loyal", "/browse/OUT-3", null, null, null, null, null);

        // then
        assertNull(line.getStatementHtml());
        assertNull(line.getCurrentHtml());
        assertNull(line.getStatusCodeHtml());
        assertNull(line.getStatusLabelHtml());
        assertNull(line.getStaleTextHtml());
    }
}
