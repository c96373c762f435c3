package com.jiaodui.library;

/**
 * An article's unsaved review as the library keeps it: the text, the revision it was made on (0: the engine's
 * text), the decisions in effect as JSON (written and read by {@code app.Drafts}) and when it was written.
 */
public record DraftEntry(long articleId, long baseRevision, String text, String decisions, long savedAtMillis) {}
