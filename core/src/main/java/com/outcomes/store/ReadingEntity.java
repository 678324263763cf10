package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One measured value. Append-only: the repository never updates or deletes a row. A reading can be superseded
 * only once; {@link CorrectionEntity} holds the unique constraint that guarantees it under concurrency.
 */
// Preload: a find() reads whole rows in its one query instead of one query per getter.
@Preload
@Table("READING")
public interface ReadingEntity extends Entity {

    String METRIC_ID = "METRIC_ID";
    String VALUE = "VALUE";
    String MEASURED_AT = "MEASURED_AT";
    String RECORDED_AT = "RECORDED_AT";
    String RECORDED_BY = "RECORDED_BY";
    String NOTE = "NOTE";
    String SOURCE = "SOURCE";
    String SUPERSEDES = "SUPERSEDES";
    /** Marks the rows of one {@code appendAll} call so they can be read back in a single query. */
    String BATCH = "BATCH";

    /** Longest note accepted. AO caps VARCHAR at 450, so the column is unlimited text and the repository checks this. */
    int NOTE_LENGTH = 1000;

    @Indexed
    long getMetricId();

    void setMetricId(long metricId);

    double getValue();

    void setValue(double value);

    /** ISO {@code YYYY-MM-DD}; indexed because history windows filter on it. */
    @Indexed
    @NotNull
    String getMeasuredAt();

    void setMeasuredAt(String measuredAt);

    long getRecordedAt();

    void setRecordedAt(long epochMillis);

    String getRecordedBy();

    void setRecordedBy(String recordedBy);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @StringLength(StringLength.MAX_LENGTH)
    String getSource();

    void setSource(String source);

    @Indexed
    Long getSupersedes();

    void setSupersedes(Long supersedes);

    @Indexed
    String getBatch();

    void setBatch(String batch);
}
