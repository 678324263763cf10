package com.outcomes.jira;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.outcomes.port.IssueRef;

/**
 * The icons of the plugin's issue types: the PNGs under {@code /icons} in the plugin jar, stored in Jira as issue
 * type avatars owned by the type they belong to, so an administrator sees and can still change them in the issue
 * type's settings like any uploaded icon.
 */
@Named
public final class IssueTypeIcons {

    private static final Logger LOG = LoggerFactory.getLogger(IssueTypeIcons.class);
    static final Map<String, String> FILES = Map.of(IssueRef.CHALLENGE, "challenge.png", IssueRef.OUTCOME, "outcome.png");
    private static final String PNG = "image/png";

    private final AvatarManager avatars;

    @Inject
    public IssueTypeIcons(@ComponentImport AvatarManager avatars) {
        this.avatars = avatars;
    }

    /** Jira's default issue type icon: a new type needs an avatar id before its own icon can be stored for it. */
    public Long defaultIcon() {
        return avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
    }

    /**
     * Stores the type's own icon as an avatar owned by the type.
     *
     * @return the avatar's id; empty when the plugin has no icon for the type or Jira refuses the image (the type
     *         then keeps the icon it has, and the reason is logged)
     */
    public Optional<Long> storeIconOf(IssueType type) {
        String file = FILES.get(type.getName());
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream image = IssueTypeIcons.class.getResourceAsStream("/icons/" + file)) {
            if (image == null) {
                LOG.warn("Icon {} is missing from the plugin jar; issue type '{}' keeps Jira's default icon", file, type.getName());
                return Optional.empty();
            }
            Avatar avatar = avatars.create(file, PNG, IconType.ISSUE_TYPE_ICON_TYPE, new IconOwningObjectId(type.getId()),
                    image, null);
            return Optional.of(avatar.getId());
        } catch (IOException | RuntimeException e) {
            // An icon is not worth failing the plugin's start for: the type exists and works with the default.
            LOG.warn("Could not store the icon of issue type '{}'; it keeps Jira's default icon", type.getName(), e);
            return Optional.empty();
        }
    }
}
