package com.jiaodui.library;

import java.time.Instant;

/** One saved revision of an article. */
public record RevisionEntry(long id, long articleId, Instant time, String note) {}
