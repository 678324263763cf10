package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

public class RiceValidatorTest {

    private static List<String> failingFields(RiceScore candidate) {
        try {
            RiceValidator.validate(candidate);
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        fail("expected a ValidationException");
        return null;
    }

    @Test
    public void validScoreIsReturnedAndScored() {
        RiceScore rice = RiceValidator.validate(new RiceScore(1000, 2, 0.8, 4));

        assertEquals(400.0, rice.score(), 1e-9);
    }

    @Test
    public void everyImpactOnTheScaleIsAccepted() {
        for (double impact : new double[] {0.25, 0.5, 1, 2, 3}) {
            assertEquals(impact, RiceValidator.validate(new RiceScore(1, impact, 1, 1)).impact(), 0);
        }
    }

    @Test
    public void impactOffTheScaleIsRejected() {
        for (double impact : new double[] {0, 0.3, 1.5, 4, Double.NaN}) {
            assertEquals(List.of("impact"), failingFields(new RiceScore(1, impact, 1, 1)));
        }
    }

    @Test
    public void zeroReachIsAcceptedAndNegativeRejected() {
        assertEquals(0.0, RiceValidator.validate(new RiceScore(0, 1, 1, 1)).reach(), 0);

        assertEquals(List.of("reach"), failingFields(new RiceScore(-1, 1, 1, 1)));
        assertEquals(List.of("reach"), failingFields(new RiceScore(Double.POSITIVE_INFINITY, 1, 1, 1)));
    }

    @Test
    public void confidenceBoundsZeroAndOneAreAccepted() {
        assertEquals(0.0, RiceValidator.validate(new RiceScore(1, 1, 0, 1)).confidence(), 0);
        assertEquals(1.0, RiceValidator.validate(new RiceScore(1, 1, 1, 1)).confidence(), 0);
    }

    @Test
    public void confidenceOutsideZeroToOneIsRejected() {
        assertEquals(List.of("confidence"), failingFields(new RiceScore(1, 1, 1.01, 1)));
        assertEquals(List.of("confidence"), failingFields(new RiceScore(1, 1, -0.01, 1)));
        assertEquals(List.of("confidence"), failingFields(new RiceScore(1, 1, Double.NaN, 1)));
    }

    @Test
    public void effortMustBePositiveAndFinite() {
        assertEquals(List.of("effort"), failingFields(new RiceScore(1, 1, 1, 0)));
        assertEquals(List.of("effort"), failingFields(new RiceScore(1, 1, 1, -2)));
        assertEquals(List.of("effort"), failingFields(new RiceScore(1, 1, 1, Double.NaN)));
    }

    @Test
    public void reachAndEffortBeyondOneQuadrillionAreRejected() {
        // 1e39 as a reach passed "finite" and then failed inside Active Objects with a 500
        assertEquals(List.of("reach"), failingFields(new RiceScore(1e39, 1, 1, 1)));
        assertEquals(List.of("effort"), failingFields(new RiceScore(1, 1, 1, 1.5e15)));
        assertEquals(1e15, RiceValidator.validate(new RiceScore(1e15, 1, 1, 1)).score(), 0);
    }

    @Test
    public void aTinyEffortThatWouldMakeTheScoreOverflowIsRejectedOnEffort() {
        assertEquals(List.of("effort"), failingFields(new RiceScore(1e15, 3, 1, 1e-300)));
        assertEquals(List.of("effort"), failingFields(new RiceScore(1000, 3, 1, Double.MIN_VALUE)));
    }

    @Test
    public void allErrorsAreCollected() {
        assertEquals(List.of("reach", "impact", "confidence", "effort"),
                failingFields(new RiceScore(-1, 7, 2, 0)));
    }
}
