package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Table;

/**
 * The schema version of the store tables, for hosts without their own model version (the preview).
 * Jira keeps its own model version per plugin and does not need this row.
 */
// Preload: a find() reads whole rows in its one query instead of one query per getter.
@Preload
@Table("SCHEMA_INFO")
public interface SchemaInfoEntity extends Entity {

    String VERSION = "VERSION";

    int getVersion();

    void setVersion(int version);
}
