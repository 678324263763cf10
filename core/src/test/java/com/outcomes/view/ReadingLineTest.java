package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ReadingLineTest {

    @Test
    public void everyTextOfAReadingIsEscapedOnce() {
        // when
        ReadingLine line = new ReadingLine(4, "82%", "1 Oct 2026", "<script>x</script>", "\"><b>eve</b>",
                "1 Oct 2026 09:00", false);

        // then
        assertEquals(4, line.getId());
        assertEquals("82%", line.getValueHtml());
        assertEquals("1 Oct 2026", line.getMeasuredAtHtml());
        assertEquals("&lt;script&gt;x&lt;/script&gt;", line.getNoteHtml());
        assertEquals("&#34;&gt;&lt;b&gt;eve&lt;/b&gt;", line.getRecordedByHtml());
        assertEquals("1 Oct 2026 09:00", line.getRecordedAtHtml());
        assertFalse(line.isSuperseded());
    }

    @Test
    public void readingWithoutANoteHasNoneToPrintAndACorrectedReadingSaysSo() {
        // when
        ReadingLine line = new ReadingLine(1, "80%", "1 Oct 2026", null, "alice", "1 Oct 2026 09:00", true);

        // then
        assertNull(line.getNoteHtml());
        assertTrue(line.isSuperseded());
    }
}
