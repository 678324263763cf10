package com.outcomes.preview.auth;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** How late a failed login is answered, failure by failure. */
public class LoginDelayPolicyTest {

    @Test
    public void defaultIsFreeForThreeFailuresThenDoublesFrom250msUpTo4s() {
        // when
        List<Long> millis = new ArrayList<>();
        for (int failures = 1; failures <= 10; failures++) {
            millis.add(LoginDelayPolicy.DEFAULT.delayAfter(failures).toMillis());
        }

        // then
        assertEquals(List.of(0L, 0L, 0L, 250L, 500L, 1000L, 2000L, 4000L, 4000L, 4000L), millis);
    }

    @Test
    public void aCapThatIsNotAPowerOfTwoOfTheFirstDelayIsNeverExceeded() {
        LoginDelayPolicy policy = new LoginDelayPolicy(0, Duration.ofMillis(300), Duration.ofMillis(1000), Duration.ofMinutes(1), 10);
        assertEquals(300, policy.delayAfter(1).toMillis());
        assertEquals(600, policy.delayAfter(2).toMillis());
        assertEquals(1000, policy.delayAfter(3).toMillis());
        assertEquals(1000, policy.delayAfter(Integer.MAX_VALUE).toMillis());
    }

    @Test
    public void noFailuresNoDelay() {
        assertEquals(Duration.ZERO, LoginDelayPolicy.DEFAULT.delayAfter(0));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aCapBelowTheFirstDelayIsRefused() {
        new LoginDelayPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1), 10);
    }
}
