package com.outcomes.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

import java.util.List;

import org.junit.Test;

public class SignalTest {

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
