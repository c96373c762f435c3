package com.jiaodui.store;

import java.time.Instant;

/**
 * The autosaved, not yet saved text of an article (one per article; cleared when a revision is saved), with the
 * revision it was made on (0: the engine's text) and the decisions in effect as the app wrote them (JSON, or null).
 */
public record Draft(long articleId, String text, Instant savedAt, long baseRevision, String decisions) {
    public Draft(long articleId, String text, Instant savedAt) {
        this(articleId, text, savedAt, 0, null);
    }
}
