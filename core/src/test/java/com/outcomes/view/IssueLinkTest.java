package com.outcomes.view;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class IssueLinkTest {

    @Test
    public void keySummaryAndUrlArePrintedAsTextEscapedOnce() {
        // when
        IssueLink link = new IssueLink("OUT-1", "R&D <b>wins</b>", "/jira/browse/OUT-1?a=1&b=\"2\"");

        // then
        assertEquals("OUT-1", link.getKeyHtml());
        assertEquals("R&amp;D &lt;b&gt;wins&lt;/b&gt;", link.getSummaryHtml());
        assertEquals("/jira/browse/OUT-1?a=1&amp;b=&#34;2&#34;", link.getUrlHtml());
    }
}
