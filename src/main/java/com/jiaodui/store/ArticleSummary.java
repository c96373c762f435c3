package com.jiaodui.store;

import java.time.Instant;

/** One article in the library view: no text. {@code index} is its 0-based position on the page. */
public record ArticleSummary(long id, long pageId, long versionId, int index, String title, ReviewStatus status,
                             int openFlags, int revisionCount, Instant updatedAt) {
}
