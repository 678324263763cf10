package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** RICE inputs of one epic against one outcome; at most one row per (outcome, epic). */
// Preload: a find() reads whole rows in its one query instead of one query per getter.
@Preload
@Table("EPIC_RICE")
public interface EpicRiceEntity extends Entity {

    String OUTCOME_KEY = "OUTCOME_KEY";
    String EPIC_KEY = "EPIC_KEY";
    String REACH = "REACH";
    String IMPACT = "IMPACT";
    String CONFIDENCE = "CONFIDENCE";
    String EFFORT = "EFFORT";

    @Indexed
    @NotNull
    String getOutcomeKey();

    void setOutcomeKey(String outcomeKey);

    @Indexed
    @NotNull
    String getEpicKey();

    void setEpicKey(String epicKey);

    double getReach();

    void setReach(double reach);

    double getImpact();

    void setImpact(double impact);

    double getConfidence();

    void setConfidence(double confidence);

    double getEffort();

    void setEffort(double effort);
}
