package com.jiaodui.store;

import java.time.Instant;

/**
 * One replacement an editor made when saving a revision, as stored: {@code from} was replaced by {@code to}
 * between {@code left} and {@code right} (the context as found), by {@code author} at {@code createdAt}.
 * Disabled corrections stay in the list but are not used by the analysis.
 */
public record LearntCorrection(long id, String from, String to, String left, String right, String author,
                               Instant createdAt, Long articleId, boolean enabled) {
}
