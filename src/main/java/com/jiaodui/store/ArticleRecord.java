package com.jiaodui.store;

import java.time.Instant;

/**
 * An article with its metadata (no text; the text is {@link Library#currentRevision(long)}).
 *
 * @param versionId the page version the article was segmented from (its flags and raw offsets refer to it)
 * @param rawStart  start of the article in that version's raw text (-1 when it was not segmented from one)
 * @param rawEnd    end of it (exclusive)
 * @param retired   true when a later import replaced this untouched article; it is hidden from listings
 */
public record ArticleRecord(long id, long pageId, long versionId, int index, String kicker, String title,
                            String subtitle, String byline, int rawStart, int rawEnd, ReviewStatus status,
                            int openFlags, int revisionCount, boolean retired, Instant createdAt,
                            Instant updatedAt) {
}
