package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import javax.imageio.ImageIO;

import org.junit.Before;
import org.junit.Test;
import org.mockito.InOrder;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;

public class OutcomesInstallerTest {

    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final ClusterLockService clusterLocks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final AvatarManager avatars = mock(AvatarManager.class);
    private final OutcomesInstaller installer = new OutcomesInstaller(issueTypes, schemes, linkTypes, clusterLocks,
            new IssueTypeIcons(avatars));

    private static final Long DEFAULT_ICON = 10300L;
    /** Bytes of each image Jira was given to store, by file name. */
    private final Map<String, byte[]> storedImages = new HashMap<>();

    /** What Jira holds; the managers' mocks read and write it like Jira would. */
    private final List<IssueType> existingTypes = new ArrayList<>();
    private final List<String> existingLinkTypes = new ArrayList<>();

    @Before
    public void setUp() {
        when(clusterLocks.getLockForName(OutcomesInstaller.LOCK_NAME)).thenReturn(lock);
        existingTypes.add(type("10000", "Epic"));
        existingTypes.add(type("10001", "Story"));
        when(issueTypes.getIssueTypes()).thenAnswer(call -> List.copyOf(existingTypes));
        when(issueTypes.createIssueType(anyString(), anyString(), any())).thenAnswer(call -> {
            IssueType created = type("2000" + existingTypes.size(), call.getArgument(0));
            existingTypes.add(created);
            return created;
        });
        when(avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(DEFAULT_ICON);
        when(avatars.create(anyString(), anyString(), any(), any(), any(), any())).thenAnswer(call -> {
            storedImages.put(call.getArgument(0), ((InputStream) call.getArgument(4)).readAllBytes());
            Avatar avatar = mock(Avatar.class);
            when(avatar.getId()).thenReturn(500L + storedImages.size());
            return avatar;
        });
        when(linkTypes.getIssueLinkTypesByName(anyString())).thenAnswer(call -> existingLinkTypes.stream()
                .filter(name -> name.equals(call.getArgument(0))).map(name -> mock(IssueLinkType.class)).toList());
        org.mockito.Mockito.doAnswer(call -> existingLinkTypes.add(call.getArgument(0)))
                .when(linkTypes).createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    @Test
    public void createsBothIssueTypesAndBothLinkTypesWhenNoneExists() {
        installer.onStart();

        verify(issueTypes).createIssueType(eq("Challenge"), startsWith("A problem or opportunity"), eq(DEFAULT_ICON));
        verify(issueTypes).createIssueType(eq("Outcome"), startsWith("A success statement"), eq(DEFAULT_ICON));
        verify(schemes).addOptionToDefault("20002");
        verify(schemes).addOptionToDefault("20003");
        verify(linkTypes).createIssueLinkType("Outcome", "moves", "is moved by", null);
        verify(linkTypes).createIssueLinkType("Success measure", "measures", "is measured by", null);
    }

    @Test
    public void createsOnlyWhatIsMissingWhenOneOfEachExists() {
        // given an administrator already created Outcome (in other case) and the "Outcome" link type
        existingTypes.add(type("10500", "outcome"));
        existingLinkTypes.add("Outcome");

        // when
        installer.onStart();

        // then
        verify(issueTypes, times(1)).createIssueType(anyString(), anyString(), any());
        verify(issueTypes).createIssueType(eq("Challenge"), anyString(), eq(DEFAULT_ICON));
        verify(schemes, times(1)).addOptionToDefault(anyString());
        verify(linkTypes, times(1)).createIssueLinkType(anyString(), anyString(), anyString(), any());
        verify(linkTypes).createIssueLinkType("Success measure", "measures", "is measured by", null);
    }

    @Test
    public void createsNothingWhenEverythingExists() {
        existingTypes.add(type("10500", "Challenge"));
        existingTypes.add(type("10501", "Outcome"));
        existingLinkTypes.add("Outcome");
        existingLinkTypes.add("Success measure");

        installer.onStart();

        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any());
        verify(issueTypes, never()).updateIssueType(any(), anyString(), anyString(), any());
        verifyNoMoreInteractions(schemes);
        verifyNoInteractions(avatars);
        verify(linkTypes, never()).createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    @Test
    public void runningTwiceCreatesEachThingOnce() {
        installer.onStart();
        installer.onStart();

        verify(issueTypes, times(2)).createIssueType(anyString(), anyString(), any());
        verify(schemes, times(2)).addOptionToDefault(anyString());
        verify(linkTypes, times(2)).createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    @Test
    public void eachNewIssueTypeGetsItsOwnIconStoredForIt() throws IOException {
        // when
        installer.onStart();

        // then each icon is stored as an avatar of its new type, then set on the type
        verify(avatars).create(eq("challenge.png"), eq("image/png"), eq(IconType.ISSUE_TYPE_ICON_TYPE),
                eq(new IconOwningObjectId("20002")), any(InputStream.class), isNull());
        verify(avatars).create(eq("outcome.png"), eq("image/png"), eq(IconType.ISSUE_TYPE_ICON_TYPE),
                eq(new IconOwningObjectId("20003")), any(InputStream.class), isNull());
        verify(issueTypes).updateIssueType(existingTypes.get(2), "Challenge",
                descriptionOf("challenge"), 501L);
        verify(issueTypes).updateIssueType(existingTypes.get(3), "Outcome",
                descriptionOf("outcome"), 502L);
        // and what Jira was given are the plugin's 48 × 48 PNGs
        for (byte[] image : storedImages.values()) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(image));
            assertEquals(48, png.getWidth());
            assertEquals(48, png.getHeight());
        }
        assertEquals(2, storedImages.size());
    }

    @Test
    public void anIconJiraRefusesLeavesTheNewTypeWithTheDefaultIcon() {
        // given
        org.mockito.Mockito.doThrow(new IllegalArgumentException("image rejected"))
                .when(avatars).create(anyString(), anyString(), any(), any(), any(), any());

        // when
        installer.onStart();

        // then both types exist with Jira's default icon, and the start went on to the link types
        verify(issueTypes, times(2)).createIssueType(anyString(), anyString(), eq(DEFAULT_ICON));
        verify(issueTypes, never()).updateIssueType(any(), anyString(), anyString(), any());
        verify(linkTypes, times(2)).createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    private static String descriptionOf(String type) {
        return ResourceBundle.getBundle(OutcomesInstaller.BUNDLE, Locale.ROOT)
                .getString("outcomes.jira.issuetype." + type + ".description");
    }

    @Test
    public void stoppingTouchesNothing() {
        // when the plugin is disabled
        installer.onStop();

        // then Jira's configuration is not even read, let alone changed
        verifyNoInteractions(issueTypes, schemes, linkTypes, avatars);
    }

    private static IssueType type(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    @Test
    public void checksAndCreatesOnlyWhileHoldingTheClusterLock() {
        // when
        installer.onStart();

        // then: on a cluster every node starts the plugin; only the lock holder may look and create
        InOrder order = inOrder(lock, issueTypes, linkTypes);
        order.verify(lock).lock();
        order.verify(issueTypes).getIssueTypes();
        order.verify(linkTypes).createIssueLinkType(eq("Success measure"), anyString(), anyString(), any());
        order.verify(lock).unlock();
    }

    @Test
    public void releasesTheClusterLockWhenJiraRefusesToCreate() {
        // given
        when(issueTypes.createIssueType(anyString(), anyString(), any())).thenThrow(new IllegalStateException("no"));

        // when
        assertThrows(IllegalStateException.class, installer::onStart);

        // then
        verify(lock).unlock();
    }
}
