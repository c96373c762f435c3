package com.jiaodui.library;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;

/**
 * The two texts the review of an article shows: the page's raw source (left) and, when the article starts from
 * a cleaned version, that version (null when the articles come from Jiaodui's own cleaning of the raw source).
 */
public record ReviewSource(PageSource raw, PageSource cleaned) {
    /** The analysis the review works on ({@link ReviewPages#analyse}). */
    public Analysis analyse(Analyzer analyzer) {
        return ReviewPages.analyse(analyzer, raw.raw(), raw.format(), cleaned == null ? null : cleaned.raw(),
                cleaned == null ? null : cleaned.format());
    }

    /** "page-a.raw.txt ⇄ page-a.clean.txt" (the header of the review). */
    public String title() {
        return cleaned == null ? raw.name() : raw.name() + " ⇄ " + cleaned.name();
    }

    /** A key for caching the analysis. */
    public long key() {
        return raw.id() * 1_000_003L + (cleaned == null ? 0 : cleaned.id());
    }
}
