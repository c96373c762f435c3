package com.jiaodui.store;

import java.time.Instant;

/**
 * An editor's decision on one flag. A flag is identified by its kind and span; the span refers to the raw
 * text of the article's version (when {@code revisionId} is null) or to the text of revision {@code revisionId}.
 * Decisions are kept in order; when the same span is decided twice, the later one counts.
 *
 * @param articleId  the article, or null for a decision on a whole page version
 * @param versionId  the page version, or null
 * @param kind       the flag kind id, e.g. "broken-join"
 * @param original   the text the flag covered, or null
 * @param replacement the suggested (or edited) replacement, or null
 */
public record Decision(long id, Long articleId, Long versionId, Long revisionId, String kind, int start, int end,
                       String original, String replacement, Verdict verdict, Instant decidedAt) {

    public enum Verdict {
        ACCEPTED, REJECTED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Verdict fromId(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }
}
