package com.jiaodui.app.data;

import java.util.List;

/** A page of the library with its articles, for the library view. */
public record PageEntry(long id, String name, List<ArticleEntry> articles) {
    public PageEntry {
        articles = List.copyOf(articles);
    }
}
