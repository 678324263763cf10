package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One closure of an outcome (DESIGN §3b). Kept when the outcome is reopened: the row then carries who reopened it and
 * when, and is no longer current — an outcome has at most one row without {@code REOPENED_AT}. Dates are ISO
 * {@code YYYY-MM-DD} strings and instants ISO-8601 strings, as in {@link MetricEntity}, so no JVM time zone shifts them.
 */
@Preload
@Table("OUTCOME_CLOSURE")
public interface ClosureEntity extends Entity {

    String ISSUE_KEY = "ISSUE_KEY";
    String RESULT = "OUTCOME_RESULT";
    String LEARNING = "LEARNING";
    String CLOSED_ON = "CLOSED_ON";
    String CLOSED_BY = "CLOSED_BY";
    String CLOSED_AT = "CLOSED_AT";
    String FINAL_SCORE = "FINAL_SCORE";
    String REOPENED_AT = "REOPENED_AT";
    String REOPENED_BY = "REOPENED_BY";

    @Indexed
    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getOutcomeResult();

    void setOutcomeResult(String result);

    /** Up to 4000 characters, which may be 8000 UTF-16 units: unlimited, never queried by. */
    @StringLength(StringLength.UNLIMITED)
    String getLearning();

    void setLearning(String learning);

    @NotNull
    String getClosedOn();

    void setClosedOn(String closedOn);

    @NotNull
    String getClosedBy();

    void setClosedBy(String closedBy);

    @NotNull
    String getClosedAt();

    void setClosedAt(String closedAt);

    Double getFinalScore();

    void setFinalScore(Double finalScore);

    String getReopenedAt();

    void setReopenedAt(String reopenedAt);

    String getReopenedBy();

    void setReopenedBy(String reopenedBy);
}
