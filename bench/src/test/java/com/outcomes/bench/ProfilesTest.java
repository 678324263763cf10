package com.outcomes.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ProfilesTest {

    @Test
    public void keepsEachProfiledCaseInOrderAndWritesThemUnderOneHeading() throws Exception {
        // given a run that profiles two cases
        Profiles profiles = new Profiles();

        // when both run under the profiler
        int first = profiles.profile("first case", CaseProfiler.callingThread(), () -> 1);
        int second = profiles.profile("second case", CaseProfiler.callingThread(), () -> 2);

        // then their results come back, their profiles are kept in order and written after one heading
        assertEquals(1, first);
        assertEquals(2, second);
        assertEquals("first case", profiles.taken().get(0).caseName());
        assertEquals("second case", profiles.taken().get(1).caseName());
        StringBuilder md = new StringBuilder();
        profiles.append(md);
        String text = md.toString();
        assertTrue(text, text.startsWith("\n## Profiles"));
        assertTrue(text, text.indexOf("**Profile: first case**") < text.indexOf("**Profile: second case**"));
    }

    @Test
    public void writesNothingWhenNoCaseWasProfiled() {
        StringBuilder md = new StringBuilder();
        new Profiles().append(md);
        assertEquals("", md.toString());
    }
}
