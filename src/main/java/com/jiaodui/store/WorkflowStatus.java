package com.jiaodui.store;

import java.util.Locale;

/** Where an article stands in a team's workflow (schema 6): open, in review, done, approved. */
public enum WorkflowStatus {
    OPEN, IN_REVIEW, DONE, APPROVED;

    /** The stored and printed id: "open", "in_review", "done", "approved". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an id; "in-review" and "in review" are accepted too. Null when it is none of them. */
    public static WorkflowStatus parse(String s) {
        if (s == null) {
            return null;
        }
        String k = s.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (WorkflowStatus w : values()) {
            if (w.name().equals(k)) {
                return w;
            }
        }
        return null;
    }

    /**
     * An article's workflow status with who set it and when ({@code setBy}/{@code setAt} null for an article
     * nobody set yet, which is open).
     */
    public record State(long articleId, WorkflowStatus status, String setBy, java.time.Instant setAt) {}

    /** A page assigned to an editor, by whom and when. */
    public record Assignment(long pageId, String pageName, String editor, String assignedBy,
                             java.time.Instant assignedAt) {}
}
