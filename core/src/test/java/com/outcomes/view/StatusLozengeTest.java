package com.outcomes.view;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class StatusLozengeTest {

    @Test
    public void eachStatusTakesAuisLozengeOfItsColour() {
        // when / then
        assertEquals("aui-lozenge aui-lozenge-success", StatusLozenge.classes("ON_TRACK"));
        assertEquals("aui-lozenge aui-lozenge-moved", StatusLozenge.classes("AT_RISK"));
        assertEquals("aui-lozenge aui-lozenge-error", StatusLozenge.classes("OFF_TRACK"));
        assertEquals("aui-lozenge aui-lozenge-current", StatusLozenge.classes("ACHIEVED"));
    }

    @Test
    public void missedNoDataAndNoStatusAreTheDefaultGreyLozenge() {
        // when / then
        assertEquals("aui-lozenge", StatusLozenge.classes("MISSED"));
        assertEquals("aui-lozenge", StatusLozenge.classes("NO_DATA"));
        assertEquals("aui-lozenge", StatusLozenge.classes(null));
    }
}
