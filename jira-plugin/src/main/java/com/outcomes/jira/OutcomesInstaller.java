package com.outcomes.jira;

import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.outcomes.i18n.Messages;
import com.outcomes.port.IssueRef;

/**
 * Creates what the plugin needs in Jira's configuration when the plugin starts: the issue types Challenge and
 * Outcome (with their own icons, added to the default issue type scheme) and the link types "Outcome" and "Success measure".
 *
 * <p>SAL's {@link LifecycleAware} is the documented hook for "Jira is up and this plugin is enabled": unlike a
 * Spring init method it runs only once Jira's managers are usable. It is called only for components exported
 * as a {@code LifecycleAware} service, hence {@link ExportAsService}.
 *
 * <p>Idempotent by name: anything that already exists (created by us earlier or by an administrator) is left
 * as it is; nothing is ever deleted, on stop or otherwise. On Data Center every node starts the plugin, so the
 * check-then-create runs under a cluster-wide lock: two nodes starting at once must not both create a type.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class OutcomesInstaller implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomesInstaller.class);
    static final String BUNDLE = Messages.BUNDLE;
    /** Namespaced as beehive asks (plain ASCII; some databases compare lock names case-insensitively). */
    static final String LOCK_NAME = "com.outcomes.jira.OutcomesInstaller.install";

    private final IssueTypeManager issueTypeManager;
    private final IssueTypeSchemeManager issueTypeSchemeManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final ClusterLockService clusterLocks;
    private final IssueTypeIcons icons;

    @Inject
    public OutcomesInstaller(@ComponentImport IssueTypeManager issueTypeManager,
                             @ComponentImport IssueTypeSchemeManager issueTypeSchemeManager,
                             @ComponentImport IssueLinkTypeManager issueLinkTypeManager,
                             @ComponentImport ClusterLockService clusterLocks,
                             IssueTypeIcons icons) {
        this.issueTypeManager = issueTypeManager;
        this.issueTypeSchemeManager = issueTypeSchemeManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.clusterLocks = clusterLocks;
        this.icons = icons;
    }

    @Override
    public void onStart() {
        install();
    }

    @Override
    public void onStop() {
        // Nothing to undo: issue types and link types hold users' data and stay when the plugin is disabled.
    }

    /** Creates whatever is missing; safe to run any number of times, on any number of nodes at once. */
    public void install() {
        // Descriptions are stored once, in the site's default language, as Jira does for its own types.
        ResourceBundle texts = Messages.bundle(Locale.ROOT);
        ClusterLock lock = clusterLocks.getLockForName(LOCK_NAME);
        lock.lock();
        try {
            ensureIssueType(IssueRef.CHALLENGE, texts.getString("outcomes.jira.issuetype.challenge.description"));
            ensureIssueType(IssueRef.OUTCOME, texts.getString("outcomes.jira.issuetype.outcome.description"));
            ensureLinkType(LinkTypes.OUTCOME, LinkTypes.OUTCOME_OUTWARD, LinkTypes.OUTCOME_INWARD);
            ensureLinkType(LinkTypes.SUCCESS_MEASURE, LinkTypes.SUCCESS_MEASURE_OUTWARD, LinkTypes.SUCCESS_MEASURE_INWARD);
        } finally {
            lock.unlock();
        }
    }

    private void ensureIssueType(String name, String description) {
        boolean exists = issueTypeManager.getIssueTypes().stream()
                .anyMatch(type -> name.equalsIgnoreCase(type.getName()));
        if (exists) {
            LOG.info("Issue type '{}' already exists; left unchanged", name);
            return;
        }
        // Jira requires an avatar id at creation; the type's own icon is an avatar owned by the type, so it can only
        // be stored once the type has an id.
        IssueType created = issueTypeManager.createIssueType(name, description, icons.defaultIcon());
        issueTypeSchemeManager.addOptionToDefault(created.getId());
        LOG.info("Created issue type '{}' (id {}) and added it to the default issue type scheme", name, created.getId());
        icons.storeIconOf(created).ifPresent(avatarId -> {
            issueTypeManager.updateIssueType(created, name, description, avatarId);
            LOG.info("Gave issue type '{}' its icon (avatar {})", name, avatarId);
        });
    }

    private void ensureLinkType(String name, String outward, String inward) {
        if (!issueLinkTypeManager.getIssueLinkTypesByName(name).isEmpty()) {
            LOG.info("Issue link type '{}' already exists; left unchanged", name);
            return;
        }
        // A null style marks an ordinary, user-visible link type (Jira's own system link types carry a style).
        issueLinkTypeManager.createIssueLinkType(name, outward, inward, null);
        LOG.info("Created issue link type '{}' ({} / {})", name, outward, inward);
    }
}
