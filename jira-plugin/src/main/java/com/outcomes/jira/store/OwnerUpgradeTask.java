package com.outcomes.jira.store;

import java.util.Optional;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.outcomes.store.OwnerBackfill;
import com.outcomes.store.StoreEntities;

/**
 * Model version 1 (DESIGN §3b, issue 16): metrics get owners. Declared as {@code <upgradeTask>} in the descriptor's
 * {@code <ao>} module; Active Objects runs it once per site, on one node, before the plugin's tables are used, on
 * sites whose stored model version is older (a fresh install too, where it finds nothing to fill).
 *
 * <p>It first migrates every entity the {@code <ao>} module declares ({@link StoreEntities#ALL}, the list
 * PluginDescriptorTest keeps equal to the descriptor's), non-destructively: the new METRIC columns and the REMINDER and
 * COMPUTE_CLAIM tables appear beside the existing rows. Then core's {@link OwnerBackfill} gives each metric without an
 * owner its first reading's recorder, else the reporter of its issue — the person who raised the outcome — and keeps
 * every metric and reading. It works on the {@code ActiveObjects} handed to it: the plugin's own service is not usable
 * until the upgrade is over.
 */
public final class OwnerUpgradeTask implements ActiveObjectsUpgradeTask {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerUpgradeTask.class);
    static final ModelVersion VERSION = ModelVersion.valueOf("1");

    private final IssueManager issueManager;
    private final SalSqlReads sqlReads;

    /** Built by the plugin's container, as Jira builds module classes: from the plugin's beans and imports. */
    @Inject
    public OwnerUpgradeTask(@ComponentImport IssueManager issueManager, SalSqlReads sqlReads) {
        this.issueManager = issueManager;
        this.sqlReads = sqlReads;
    }

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(StoreEntities.ALL);
        int owned = new OwnerBackfill(new JiraStoreDatabase(ao, sqlReads)).backfill(this::reporterOf);
        LOG.info("Outcomes model {} (from {}): {} metrics were given an owner", VERSION, currentVersion, owned);
    }

    /** The user name of the issue's reporter; empty for a deleted issue or one reported anonymously. */
    private Optional<String> reporterOf(String issueKey) {
        Issue issue = issueManager.getIssueByCurrentKey(issueKey);
        ApplicationUser reporter = issue == null ? null : issue.getReporter();
        return Optional.ofNullable(reporter).map(ApplicationUser::getUsername);
    }
}
