package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One check-in on an outcome (DESIGN §3b). Append-only: the repository never updates or deletes a row. */
// Preload: a find() reads whole rows in its one query instead of one query per getter.
@Preload
@Table("CHECKIN")
public interface CheckInEntity extends Entity {

    String ISSUE_KEY = "ISSUE_KEY";
    String CONFIDENCE = "CONFIDENCE";
    /** Not "COMMENT": a reserved word on Oracle, one of the databases Jira Data Center runs on. */
    String COMMENT_TEXT = "COMMENT_TEXT";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";

    @Indexed
    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    int getConfidence();

    void setConfidence(int confidence);

    /** Up to 4000 characters; AO caps VARCHAR at 450, so the column is unlimited text and the validator checks. */
    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String comment);

    String getCreatedBy();

    void setCreatedBy(String createdBy);

    /** Epoch milliseconds; indexed because the sprint review reads a time range. */
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long epochMillis);
}
