package com.outcomes.view;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class EpicLineTest {

    @Test
    public void epicTextIsEscapedOnceAndItsOutputCountsStayNumbers() {
        // when
        EpicLine line = new EpicLine("OUT-9", "Faster <i>answers</i>", "/browse/OUT-9", 12, 30);

        // then
        assertEquals("OUT-9", line.getKeyHtml());
        assertEquals("Faster &lt;i&gt;answers&lt;/i&gt;", line.getSummaryHtml());
        assertEquals("/browse/OUT-9", line.getUrlHtml());
        assertEquals(12, line.getDone());
        assertEquals(30, line.getTotal());
    }
}
