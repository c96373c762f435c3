package com.jiaodui.library;

import java.util.List;

/** A page of the library with its versions (roles, files) and its articles, for the library view. */
public record PageEntry(long id, String name, List<PageVersion> versions, List<ArticleEntry> articles) {
    public PageEntry {
        versions = List.copyOf(versions);
        articles = List.copyOf(articles);
    }

    /** A page whose every version has no text: a scan imported as an image-only page (OCR is needed). */
    public boolean imageOnly() {
        return !versions.isEmpty() && versions.stream().allMatch(v -> v.chars() == 0);
    }

    public PageEntry(long id, String name, List<ArticleEntry> articles) {
        this(id, name, List.of(), articles);
    }
}
