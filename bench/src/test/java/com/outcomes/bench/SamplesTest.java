package com.outcomes.bench;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SamplesTest {

    @Test
    public void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        // given
        Samples samples = new Samples(new double[] {4, 1, 3, 2});

        // when / then
        assertEquals(2.5, samples.median(), 0.0);
    }

    @Test
    public void p95IsTheNearestRankSample() {
        // given 1..40 in any order
        double[] values = new double[40];
        for (int i = 0; i < 40; i++) {
            values[i] = 40 - i;
        }

        // when
        Samples samples = new Samples(values);

        // then rank ceil(0.95 * 40) = 38
        assertEquals(38.0, samples.p95(), 0.0);
        assertEquals(40.0, samples.max(), 0.0);
    }
}
