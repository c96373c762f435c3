package com.jiaodui.library;

import java.util.List;

/** A page of the library with its versions (roles, files) and its articles, for the library view. */
public record PageEntry(long id, String name, List<PageVersion> versions, List<ArticleEntry> articles) {
    public PageEntry {
        versions = List.copyOf(versions);
        articles = List.copyOf(articles);
    }

    public PageEntry(long id, String name, List<ArticleEntry> articles) {
        this(id, name, List.of(), articles);
    }
}
