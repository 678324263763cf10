package com.outcomes.bench;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PreviewProcessTest {

    @Test
    public void failedStartIsToldByItsOutOfMemoryErrorRatherThanTheLinesAroundIt() {
        // given
        String failure = "the preview exited with 3: 12:00:01 INFO PreviewMain - reading issues\n"
                + "Terminating due to java.lang.OutOfMemoryError: Java heap space\n"
                + "\tat com.fasterxml.jackson.core.json.UTF8StreamJsonParser.nextToken(UTF8StreamJsonParser.java:700)\n";

        // when
        String reason = PreviewProcess.reason(failure);

        // then
        assertEquals("Terminating due to java.lang.OutOfMemoryError: Java heap space", reason);
    }

    @Test
    public void otherFailuresAreToldByTheirFirstLine() {
        // when
        String reason = PreviewProcess.reason("the preview did not answer the dashboard within 60 s\nsecond line");

        // then
        assertEquals("the preview did not answer the dashboard within 60 s", reason);
    }
}
