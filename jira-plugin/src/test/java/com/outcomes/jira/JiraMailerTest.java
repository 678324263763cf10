package com.outcomes.jira;

import static com.outcomes.jira.JiraFixtures.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.outcomes.port.MailFailedException;

public class JiraMailerTest {

    private final MailQueue queue = mock(MailQueue.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser olivia = user("olivia");
    private final JiraMailer mailer = new JiraMailer(queue, users);

    @Before
    public void oliviaHasAnAddress() {
        when(olivia.isActive()).thenReturn(true);
        when(olivia.getEmailAddress()).thenReturn("olivia@example.com");
        when(users.getUserByName("olivia")).thenReturn(olivia);
    }

    @Test
    public void aReminderIsQueuedAsOnePlainTextMailToTheOwnersAddress() {
        // when
        mailer.send("olivia", "CSAT is due", "Record CSAT on SHOP-2: https://jira.example.com/browse/SHOP-2");

        // then
        ArgumentCaptor<MailQueueItem> queued = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(queue).addItem(queued.capture());
        Email email = ((SingleMailQueueItem) queued.getValue()).getEmail();
        assertEquals("olivia@example.com", email.getTo());
        assertEquals("CSAT is due", email.getSubject());
        assertEquals("Record CSAT on SHOP-2: https://jira.example.com/browse/SHOP-2", email.getBody());
        assertEquals("text/plain", email.getMimeType());
    }

    @Test
    public void anOwnerWithoutAnAddressGetsNoMailAndTheReminderSaysWhy() {
        // given
        when(olivia.getEmailAddress()).thenReturn(" ");

        // when
        MailFailedException failure = assertThrows(MailFailedException.class, () -> mailer.send("olivia", "s", "b"));

        // then
        assertEquals("The Jira user olivia has no email address.", failure.getMessage());
        verify(queue, never()).addItem(any());
    }

    @Test
    public void anUnknownOrInactiveOwnerGetsNoMail() {
        ApplicationUser bob = user("bob");
        when(bob.getEmailAddress()).thenReturn("bob@example.com");
        when(users.getUserByName("bob")).thenReturn(bob);

        MailFailedException inactive = assertThrows(MailFailedException.class, () -> mailer.send("bob", "s", "b"));
        MailFailedException unknown = assertThrows(MailFailedException.class, () -> mailer.send("ghost", "s", "b"));

        assertEquals("There is no active Jira user named bob to send the reminder to.", inactive.getMessage());
        assertEquals("There is no active Jira user named ghost to send the reminder to.", unknown.getMessage());
        verify(queue, never()).addItem(any());
    }

    @Test
    public void aQueueThatRefusesTheMailIsAFailedDelivery() {
        doThrow(new IllegalStateException("queue closed")).when(queue).addItem(any());

        MailFailedException failure = assertThrows(MailFailedException.class, () -> mailer.send("olivia", "s", "b"));

        assertEquals("Jira's mail queue did not take the reminder.", failure.getMessage());
    }
}
