package com.outcomes.preview.automation;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.Rule;
import org.junit.Test;

import com.icegreen.greenmail.junit.GreenMailRule;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.outcomes.port.MailFailedException;
import com.outcomes.preview.auth.PreviewUser;
import com.outcomes.preview.auth.UserDirectory;

public class SmtpMailerTest {

    @Rule
    public final GreenMailRule smtp = new GreenMailRule(ServerSetupTest.SMTP.dynamicPort());

    private final UserDirectory users = new UserDirectory(List.of(
            new PreviewUser("pia", "pw", Set.of("*"), Set.of(), "pia@example.com", false),
            new PreviewUser("max", "pw", Set.of("*"), Set.of())));

    private SmtpMailer mailer() {
        return new SmtpMailer(new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), "outcomes@example.com"), users);
    }

    @Test
    public void aMailReachesTheSmtpServerAddressedToTheUsersAddressInUtf8() throws Exception {
        // when
        mailer().send("pia", "CSAT — due on 2026-11-20", "Record a value: http://127.0.0.1:8080/browse/OUT-5\nÉtat: ok");

        // then
        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertArrayEquals(new Address[] {new InternetAddress("pia@example.com")}, mail.getAllRecipients());
        assertArrayEquals(new Address[] {new InternetAddress("outcomes@example.com")}, mail.getFrom());
        assertEquals("CSAT — due on 2026-11-20", mail.getSubject());
        assertEquals("Record a value: http://127.0.0.1:8080/browse/OUT-5\nÉtat: ok", ((String) mail.getContent()).replace("\r\n", "\n").strip()); // SMTP carries CRLF
    }

    @Test
    public void aUserWithoutAnAddressIsAFailureNamingThat() {
        MailFailedException failed = assertThrows(MailFailedException.class, () -> mailer().send("max", "s", "b"));
        assertEquals("the user max has no mail address (\"email\" in the users file)", failed.getMessage());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    public void withoutAMailServerNothingIsSentAndTheFailureSaysSo() {
        SmtpMailer unconfigured = new SmtpMailer(SmtpSettings.none(), users);
        MailFailedException failed = assertThrows(MailFailedException.class, () -> unconfigured.send("pia", "s", "b"));
        assertEquals("no mail server configured (start the preview with --smtp-host)", failed.getMessage());
    }

    @Test
    public void aServerThatIsNotThereIsAFailureNamingItWithoutClassNames() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailer nowhere = new SmtpMailer(new SmtpSettings("127.0.0.1", closedPort, null), users);
        MailFailedException failed = assertThrows(MailFailedException.class, () -> nowhere.send("pia", "s", "b"));
        assertThat(failed.getMessage(), startsWith("the mail server 127.0.0.1:" + closedPort
                + " did not take the mail to pia@example.com: "));
        assertThat(failed.getMessage(), containsString("refused"));
    }
}
