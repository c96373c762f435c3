package com.jiaodui.store;

import java.time.Instant;

/**
 * One page in the library view: counts only, no texts.
 *
 * @param openFlags sum of the stored open-flag counts of the page's articles
 */
public record PageSummary(long id, String name, int versions, long latestVersionId, int articles,
                          int unreviewed, int inProgress, int done, int openFlags, Instant createdAt) {
}
