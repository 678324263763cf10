package com.outcomes.store.upgrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.outcomes.port.Persistence;
import com.outcomes.store.SchemaInfoEntity;
import com.outcomes.store.StoreEntities;

import net.java.ao.DBParam;
import net.java.ao.Query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store tables to the current schema at start-up (preview host). The version lives in the
 * {@code SCHEMA_INFO} table; an empty database is created at the target version directly, an existing one runs
 * each step above its version in order, recording the version after each step so a failed start resumes.
 */
public final class SchemaUpgrader {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpgrader.class);

    private final List<UpgradeStep> steps;
    private final int targetVersion;

    /** Upgrades to {@link SchemaVersion#CURRENT} with the given steps. */
    public SchemaUpgrader(List<UpgradeStep> steps) {
        this(steps, SchemaVersion.CURRENT);
    }

    public SchemaUpgrader(List<UpgradeStep> steps, int targetVersion) {
        List<UpgradeStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(UpgradeStep::toVersion));
        this.steps = List.copyOf(sorted);
        this.targetVersion = targetVersion;
    }

    /** The stored schema version, or 0 when the store has never been initialised. */
    public static int storedVersion(Persistence persistence) {
        persistence.migrate(SchemaInfoEntity.class);
        SchemaInfoEntity[] rows = persistence.find(SchemaInfoEntity.class, Query.select());
        return rows.length == 0 ? 0 : rows[0].getVersion();
    }

    /**
     * Runs the missing steps and migrates every current entity (adds new tables and columns, drops nothing).
     *
     * @return the schema version now stored
     */
    public int upgrade(Persistence persistence) {
        int version = storedVersion(persistence);
        if (version == 0) {
            persistence.migrate(StoreEntities.ALL);
            record(persistence, targetVersion);
            LOG.info("Created the Outcomes store at schema version {}", targetVersion);
            return targetVersion;
        }
        if (version > targetVersion) {
            throw new IllegalStateException("the database has schema version " + version
                    + ", newer than this build's " + targetVersion + "; use a newer build");
        }
        for (UpgradeStep step : steps) {
            if (step.toVersion() > version && step.toVersion() <= targetVersion) {
                LOG.info("Upgrading the Outcomes store from schema version {} to {}", version, step.toVersion());
                // Not one transaction: a step mixes DDL (which MariaDB commits implicitly) with paged row updates.
                step.upgrade(persistence);
                record(persistence, step.toVersion());
                version = step.toVersion();
            }
        }
        persistence.migrate(StoreEntities.ALL);
        if (version != targetVersion) {
            record(persistence, targetVersion);
        }
        return targetVersion;
    }

    private static void record(Persistence persistence, int version) {
        persistence.inTransaction(() -> {
            SchemaInfoEntity[] rows = persistence.find(SchemaInfoEntity.class, Query.select());
            if (rows.length == 0) {
                persistence.create(SchemaInfoEntity.class, new DBParam(SchemaInfoEntity.VERSION, version));
            } else {
                rows[0].setVersion(version);
                rows[0].save();
            }
            return null;
        });
    }
}
