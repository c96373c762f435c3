package com.jiaodui.library;

/** A search result: the article and a snippet around the match. */
public record SearchHit(long articleId, long pageId, String title, String snippet, int offset) {}
