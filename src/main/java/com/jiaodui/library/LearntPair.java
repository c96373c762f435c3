package com.jiaodui.library;

import com.jiaodui.store.LearntCorrection;
import java.time.Instant;

/**
 * A learnt correction as the app shows it (Settings → Learnt corrections): {@code from} replaced by {@code to}
 * between {@code left} and {@code right}, by {@code author} at {@code when}; disabled ones are listed but not
 * flagged. The application layer's copy of the store's record, so that the app never sees the store.
 */
public record LearntPair(long id, String from, String to, String left, String right, String author, Instant when,
                         boolean enabled) {

    static LearntPair of(LearntCorrection c) {
        return new LearntPair(c.id(), c.from(), c.to(), c.left(), c.right(), c.author(), c.createdAt(), c.enabled());
    }

    /** One line of the export: from, to, left, right, author, when (ISO-8601), enabled, tab-separated. */
    public String tsv() {
        return String.join("\t", from, to, left, right, author, when == null ? "" : when.toString(),
                Boolean.toString(enabled));
    }
}
