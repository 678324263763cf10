package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One reminder (DESIGN §3b), stored whether or not it could be delivered. The row is the claim: it is inserted before
 * the mail is sent, and its unique {@code CLAIM} ({@link com.outcomes.domain.ReminderKey#value()}) makes the database
 * refuse the same reminder from a second node running the job at the same moment.
 */
@Preload
@Table("REMINDER")
public interface ReminderEntity extends Entity {

    String CLAIM = "CLAIM";
    String METRIC_ID = "METRIC_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String OWNER = "OWNER";
    String KIND = "KIND";
    String DUE_DATE = "DUE_DATE";
    String CREATED_AT = "CREATED_AT";
    String DELIVERED = "DELIVERED";
    String ERROR = "ERROR";

    @Unique
    @NotNull
    String getClaim();

    void setClaim(String claim);

    @Indexed
    long getMetricId();

    void setMetricId(long metricId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @Indexed
    @NotNull
    String getOwner();

    void setOwner(String owner);

    @NotNull
    String getKind();

    void setKind(String kind);

    /** ISO {@code YYYY-MM-DD}; for COMPUTE_FAILED the day the count failed. */
    @NotNull
    String getDueDate();

    void setDueDate(String dueDate);

    long getCreatedAt();

    void setCreatedAt(long epochMillis);

    boolean isDelivered();

    void setDelivered(boolean delivered);

    /** Why delivery failed; null when delivered or not tried yet. */
    @StringLength(StringLength.UNLIMITED)
    String getError();

    void setError(String error);
}
