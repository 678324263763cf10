package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class HtmlTest {

    @Test
    public void escapesTheFiveCharactersThatEndTextOrAnAttribute() {
        assertEquals("&amp; &lt;b&gt; &#34;x&#34; &#39;y&#39;", Html.escape("& <b> \"x\" 'y'"));
    }

    @Test
    public void keepsOtherTextAsItIs() {
        assertEquals("Zürich 10% → 20%", Html.escape("Zürich 10% → 20%"));
    }

    @Test
    public void nullStaysNullForTemplateTests() {
        assertNull(Html.escape(null));
    }
}
