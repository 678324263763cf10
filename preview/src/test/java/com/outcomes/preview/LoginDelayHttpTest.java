package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.ClassRule;
import org.junit.Test;

import com.outcomes.preview.auth.LoginDelayPolicy;

/**
 * Wrong passwords are answered later and later over real HTTP, and the right one resets that — with a policy of tiny
 * delays (the default's timing is {@code LoginDelayPolicyTest}'s and {@code FailedLoginsTest}'s business).
 */
public class LoginDelayHttpTest {

    /** One free failure, then 300 ms, 600 ms, 1.2 s (cap). */
    private static final LoginDelayPolicy TINY = new LoginDelayPolicy(1, Duration.ofMillis(300), Duration.ofMillis(1200),
            Duration.ofMinutes(10), 100);
    private static final String PATH = "/rest/outcomes/1.0/dashboard?project=OUT";

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues().withLoginDelays(TINY);

    @Test
    public void wrongPasswordsAreAnsweredLaterAndLaterUntilTheRightOneResetsTheCount() throws Exception {
        // when admin's password is guessed wrong three times
        timed("admin", "guess1");
        long second = timed("admin", "guess2");
        long third = timed("admin", "guess3");

        // then the second and third answers were held back, by more each time
        assertTrue("second after " + second + " ms", second >= 300);
        assertTrue("third after " + third + " ms", third >= 600);

        // when the right password follows
        long start = System.nanoTime();
        HttpResponse<String> ok = PREVIEW.get(PATH, "admin", "admin");
        long rightAfter = (System.nanoTime() - start) / 1_000_000;

        // then it is let in at once (no lockout), and the count starts again from zero
        assertEquals(200, ok.statusCode());
        assertTrue("the right password waited " + rightAfter + " ms", rightAfter < 1_200);
        timed("admin", "guess4");
        long secondAfterReset = timed("admin", "guess5");
        // without the reset this would be the fifth failure in a row: 1.2 s
        assertTrue("second failure after the reset after " + secondAfterReset + " ms", secondAfterReset >= 300 && secondAfterReset < 1_200);
    }

    @Test
    public void credentialsThatCannotBeReadAreFailuresOfTheirAddressToo() throws Exception {
        // given no failures counted for this address
        assertEquals(200, PREVIEW.get(PATH, "admin", "admin").statusCode());

        // when credentials that are not Base64 are sent twice from it
        long first = timedUnreadable();
        long second = timedUnreadable();

        // then the second answer is held back as for a wrong password (one free failure, then 300 ms)
        assertTrue("first after " + first + " ms", first < 300);
        assertTrue("second after " + second + " ms", second >= 300);
        assertEquals(200, PREVIEW.get(PATH, "admin", "admin").statusCode());
    }

    private static long timedUnreadable() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = PREVIEW.send(PREVIEW.request(PATH)
                .header("Authorization", "Basic !!!not-base64"), null, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(401, response.statusCode());
        assertEquals("Basic realm=\"Outcomes preview\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
        return millis;
    }

    /** A wrong login; asserts the usual 401 answer and returns how long it took in ms. */
    private static long timed(String user, String password) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = PREVIEW.get(PATH, user, password);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(401, response.statusCode());
        assertEquals("Basic realm=\"Outcomes preview\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals("{\"status\":401,\"errors\":[{\"field\":null,\"message\":\"Authentication required\"}]}", response.body());
        return millis;
    }
}
