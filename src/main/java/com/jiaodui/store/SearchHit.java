package com.jiaodui.store;

/**
 * One search result.
 *
 * @param snippet     about 60 characters of the current text around the first hit, on one line, with "…" where cut
 * @param hitStart    where the hit starts in {@code snippet} (-1 when only the title matched)
 * @param hitLength   its length in {@code snippet}
 * @param offset      where the hit starts in the article's current text (-1 when only the title matched)
 * @param rank        smaller is better (FTS5 bm25, title weighted 10×)
 */
public record SearchHit(long articleId, long pageId, String pageName, String title, String snippet, int hitStart,
                        int hitLength, int offset, double rank) {
}
