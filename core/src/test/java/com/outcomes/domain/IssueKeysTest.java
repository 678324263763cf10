package com.outcomes.domain;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class IssueKeysTest {

    @Test
    public void keysSortByNumberNotAsText() {
        // given
        List<String> keys = new ArrayList<>(List.of("OUT-101", "OUT-76", "ABC-9", "OUT-9"));

        // when
        keys.sort(IssueKeys.BY_NUMBER);

        // then
        assertEquals(List.of("ABC-9", "OUT-9", "OUT-76", "OUT-101"), keys);
    }
}
