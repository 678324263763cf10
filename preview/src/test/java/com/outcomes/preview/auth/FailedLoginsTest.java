package com.outcomes.preview.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.Test;

/**
 * Failed logins counted per user and per address, on a clock the test moves: the delay grows with either count,
 * a success resets both, quiet time forgets them, and memory stays bounded.
 */
public class FailedLoginsTest {

    /** 0 for 2 failures, then 100, 200, 400, 800 ms (cap); forgotten after 10 quiet minutes; 5 counts at most. */
    private static final LoginDelayPolicy POLICY = new LoginDelayPolicy(2, Duration.ofMillis(100), Duration.ofMillis(800),
            Duration.ofMinutes(10), 5);

    private final TestClock clock = new TestClock();
    private final FailedLogins logins = new FailedLogins(POLICY, clock);

    @Test
    public void delayGrowsWithEachFailureOfOneUserFromOneAddressUpToTheCap() {
        long[] delays = new long[7];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = logins.failed("admin", "10.0.0.1").toMillis();
        }
        assertEquals("[0, 0, 100, 200, 400, 800, 800]", java.util.Arrays.toString(delays));
    }

    @Test
    public void guessingOneUserFromManyAddressesIsSlowedByTheUsersCount() {
        // given
        for (int i = 1; i <= 4; i++) {
            logins.failed("admin", "10.0.0." + i);
        }

        // when a fifth address tries
        Duration delay = logins.failed("admin", "10.0.0.99");

        // then
        assertEquals(Duration.ofMillis(400), delay);
        assertEquals(5, logins.failuresOfUser("admin"));
        assertEquals(1, logins.failuresFromAddress("10.0.0.99"));
    }

    @Test
    public void guessingManyUsersFromOneAddressIsSlowedByTheAddressCount() {
        for (String user : new String[] {"ann", "bob", "cy", "dee"}) {
            logins.failed(user, "10.0.0.1");
        }
        assertEquals(Duration.ofMillis(400), logins.failed("eve", "10.0.0.1"));
    }

    @Test
    public void unreadableCredentialsCountAgainstTheAddress() {
        logins.failed(null, "10.0.0.1");
        logins.failed(null, "10.0.0.1");
        assertEquals(Duration.ofMillis(100), logins.failed(null, "10.0.0.1"));
    }

    @Test
    public void successResetsTheUserAndTheAddress() {
        // given
        for (int i = 0; i < 5; i++) {
            logins.failed("admin", "10.0.0.1");
        }

        // when
        logins.succeeded("admin", "10.0.0.1");

        // then
        assertEquals(0, logins.failuresOfUser("admin"));
        assertEquals(0, logins.failuresFromAddress("10.0.0.1"));
        assertEquals(Duration.ZERO, logins.failed("admin", "10.0.0.1"));
    }

    @Test
    public void countsAreForgottenAfterAQuietSpellSoNobodyIsLockedOutForGood() {
        // given
        for (int i = 0; i < 6; i++) {
            logins.failed("admin", "10.0.0.1");
        }

        // when
        clock.advance(Duration.ofMinutes(10));

        // then
        assertEquals(0, logins.failuresOfUser("admin"));
        assertEquals(Duration.ZERO, logins.failed("admin", "10.0.0.1"));
    }

    @Test
    public void failuresKeepTheCountAliveWithinTheQuietSpell() {
        logins.failed("admin", "10.0.0.1");
        clock.advance(Duration.ofMinutes(9));
        logins.failed("admin", "10.0.0.1");
        clock.advance(Duration.ofMinutes(9));
        assertEquals(Duration.ofMillis(100), logins.failed("admin", "10.0.0.1"));
    }

    @Test
    public void memoryIsBoundedByDroppingTheLeastRecentlyFailed() {
        // when a flood of made-up names arrives from many addresses
        for (int i = 0; i < 1_000; i++) {
            logins.failed("user" + i, "10.0." + (i / 250) + "." + (i % 250));
        }

        // then at most maxTracked counts are held
        assertTrue("tracked " + logins.tracked(), logins.tracked() <= POLICY.maxTracked());
    }

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-18T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
