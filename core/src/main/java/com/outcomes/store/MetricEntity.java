package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A metric definition row. Dates are ISO {@code YYYY-MM-DD} strings: a DATE/TIMESTAMP column goes through
 * {@code java.util.Date} and the JVM's time zone, which shifts days between HSQLDB, PostgreSQL and MariaDB.
 * Enums are stored by name so a reordering of the Java enum never changes stored meaning.
 */
// Preload: a find() reads whole rows in its one query instead of one query per getter.
@Preload
@Table("METRIC")
public interface MetricEntity extends Entity {

    String ISSUE_KEY = "ISSUE_KEY";
    String KIND = "KIND";
    String NAME = "NAME";
    String UNIT = "UNIT";
    String BASELINE = "BASELINE";
    String TARGET = "TARGET";
    String START_DATE = "START_DATE";
    String TARGET_DATE = "TARGET_DATE";
    String CADENCE_DAYS = "CADENCE_DAYS";
    String PARENT_METRIC_ID = "PARENT_METRIC_ID";
    String SOURCE = "SOURCE";
    String THRESHOLD = "THRESHOLD";
    String COMPARATOR = "COMPARATOR";
    String OWNER = "OWNER";
    String COMPUTED_JQL = "COMPUTED_JQL";
    String COMPUTED_PER = "COMPUTED_PER";
    String COMPUTED_SCALE = "COMPUTED_SCALE";
    String DEFINED_ON = "DEFINED_ON";
    String COMPUTE_ERROR_AT = "COMPUTE_ERROR_AT";
    String COMPUTE_ERROR = "COMPUTE_ERROR";

    @Indexed
    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getKind();

    void setKind(String kind);

    /**
     * Unlimited although the validator allows 255 characters: those may be 510 UTF-16 units (emoji), which HSQLDB and
     * SQL Server count against a VARCHAR(255). Active Objects' migrate ignores a change of VARCHAR length but does
     * turn a limited column into an unlimited one, so older stores follow at start-up. Never queried or sorted by.
     */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getName();

    void setName(String name);

    String getUnit();

    void setUnit(String unit);

    Double getBaseline();

    void setBaseline(Double baseline);

    Double getTarget();

    void setTarget(Double target);

    String getStartDate();

    void setStartDate(String startDate);

    String getTargetDate();

    void setTargetDate(String targetDate);

    int getCadenceDays();

    void setCadenceDays(int cadenceDays);

    Long getParentMetricId();

    void setParentMetricId(Long parentMetricId);

    @StringLength(StringLength.MAX_LENGTH)
    String getSource();

    void setSource(String source);

    Double getThreshold();

    void setThreshold(Double threshold);

    String getComparator();

    void setComparator(String comparator);

    // --- DESIGN §3b: owner, computed metrics, due dates. All nullable: rows of older builds gain them empty and
    // store.OwnerBackfill fills OWNER and DEFINED_ON.

    /** Who is reminded, and as whom a computed metric is counted. Indexed: "My metrics" selects by it. */
    @Indexed
    String getOwner();

    void setOwner(String owner);

    /** Null for a metric that is not computed. Unlimited text: a JQL may have 2,000 characters, AO caps VARCHAR at 450. */
    @StringLength(StringLength.UNLIMITED)
    String getComputedJql();

    void setComputedJql(String jql);

    @StringLength(StringLength.UNLIMITED)
    String getComputedPer();

    void setComputedPer(String per);

    Double getComputedScale();

    void setComputedScale(Double scale);

    /** ISO {@code YYYY-MM-DD}: the day the metric was defined (a guardrail's first due date). */
    String getDefinedOn();

    void setDefinedOn(String definedOn);

    /** Epoch milliseconds of the last computation that recorded nothing; null after one that recorded a reading. */
    Long getComputeErrorAt();

    void setComputeErrorAt(Long epochMillis);

    @StringLength(StringLength.UNLIMITED)
    String getComputeError();

    void setComputeError(String message);
}
