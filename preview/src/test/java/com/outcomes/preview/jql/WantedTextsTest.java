package com.outcomes.preview.jql;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.Test;

public class WantedTextsTest {

    @Test
    public void asciiTextMatchesItsLowerCaseOnly() {
        WantedTexts wanted = WantedTexts.of(Set.of("in progress", "done"));
        assertTrue(wanted.contains("In Progress"));
        assertTrue(wanted.contains("DONE"));
        assertFalse(wanted.contains("Don"));
        assertFalse(wanted.contains("Doner"));
        assertFalse(wanted.contains("In_Progress"));
        assertFalse(wanted.contains(null));
    }

    @Test
    public void nonAsciiTextIsLowerCasedAsTheQueryWas() {
        assertTrue(WantedTexts.of(Set.of("épopée")).contains("ÉPOPÉE"));
        assertTrue(WantedTexts.of(Set.of("épopée")).contains("Épopée"));
        // equalsIgnoreCase would take these; lower-casing (how the query's values are read) does not
        assertFalse(WantedTexts.of(Set.of("i")).contains("ı"));
        assertFalse(WantedTexts.of(Set.of("s")).contains("ſ"));
        // lower-casing may lengthen text: 'İ' becomes "i̇", two chars
        assertTrue(WantedTexts.of(Set.of("i̇stanbul")).contains("İstanbul"));
    }

    @Test
    public void aLongListOfValuesMatchesAsAShortOneDoes() {
        Set<String> keys = IntStream.rangeClosed(1, 20).mapToObj(n -> "out-" + n).collect(Collectors.toSet());
        WantedTexts wanted = WantedTexts.of(keys);
        assertTrue(wanted.contains("OUT-17"));
        assertFalse(wanted.contains("OUT-21"));
        assertFalse(wanted.contains(null));
    }
}
