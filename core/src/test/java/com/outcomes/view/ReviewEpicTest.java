package com.outcomes.view;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ReviewEpicTest {

    @Test
    public void epicKeyAndLinkAreEscapedOnceAndItsDoneCountStaysANumber() {
        // when
        ReviewEpic epic = new ReviewEpic("OUT-<20>", "/browse/OUT-20?x=\"1\"", 7);

        // then
        assertEquals("OUT-&lt;20&gt;", epic.getKeyHtml());
        assertEquals("/browse/OUT-20?x=&#34;1&#34;", epic.getUrlHtml());
        assertEquals(7, epic.getDone());
    }
}
