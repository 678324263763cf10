package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per superseded reading, written in the same transaction as the correcting reading. Its unique
 * {@code SUPERSEDED_ID} makes the database refuse a second correction of the same reading even when two race;
 * AO makes unique columns NOT NULL, so the nullable {@code READING.SUPERSEDES} cannot carry the constraint itself.
 */
@Preload
@Table("CORRECTION")
public interface CorrectionEntity extends Entity {

    String SUPERSEDED_ID = "SUPERSEDED_ID";
    String READING_ID = "READING_ID";

    @Unique
    @NotNull
    Long getSupersededId();

    void setSupersededId(Long supersededId);

    @NotNull
    Long getReadingId();

    void setReadingId(Long readingId);
}
