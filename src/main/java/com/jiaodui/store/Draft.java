package com.jiaodui.store;

import java.time.Instant;

/** The autosaved, not yet saved text of an article (one per article; cleared when a revision is saved). */
public record Draft(long articleId, String text, Instant savedAt) {
}
