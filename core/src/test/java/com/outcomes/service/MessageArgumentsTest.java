package com.outcomes.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

import java.util.List;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.LintFinding;

import org.junit.Test;

/** Messages, signals, field errors and lint findings are values: equal arguments, equal records. */
public class MessageArgumentsTest {

    @Test
    public void signalsWithEqualArgumentsAreEqual() {
        // given two signals built separately
        Signal a = new Signal(Signal.STALE, "outcomes.signal.stale", "NPS", 40L, new Message("outcomes.status.ON_TRACK"));
        Signal b = new Signal(Signal.STALE, "outcomes.signal.stale", "NPS", 40L, new Message("outcomes.status.ON_TRACK"));

        // then
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Signal(Signal.STALE, "outcomes.signal.stale", "NPS", 41L));
    }

    @Test
    public void messagesWithEqualArgumentsAreEqual() {
        assertEquals(new Message("outcomes.review.sentence.noData", 3, "NPS"),
                new Message("outcomes.review.sentence.noData", 3, "NPS"));
        assertNotEquals(new Message("outcomes.review.sentence.noData", 3, "NPS"),
                new Message("outcomes.review.sentence.noData", 4, "NPS"));
    }

    @Test
    public void fieldErrorsAndLintFindingsWithEqualArgumentsAreEqual() {
        assertEquals(new FieldError("name", "outcomes.error.tooLong", 255), new FieldError("name", "outcomes.error.tooLong", 255));
        assertEquals(new LintFinding("READS_LIKE_OUTPUT", 7L, "outcomes.lint.readsLikeOutput", "Launch"),
                new LintFinding("READS_LIKE_OUTPUT", 7L, "outcomes.lint.readsLikeOutput", "Launch"));
    }

    @Test(expected = UnsupportedOperationException.class)
    public void argumentsCannotBeChangedAfterTheFact() {
        new Signal(Signal.NO_EPICS, "outcomes.signal.noEpics", "x").args().set(0, "y");
    }

    @Test
    public void aMissingArgumentStaysNull() {
        // when
        Message message = new Message("outcomes.signal.stale.never", (Object) null);

        // then
        assertEquals(List.of(), new Message("outcomes.status.ON_TRACK").args());
        assertNull(message.args().get(0));
    }
}
