package com.jiaodui.library;

import com.jiaodui.review.ReviewStatus;

/** An article of the library as listed: no texts. */
public record ArticleEntry(long id, long pageId, int index, String title, ReviewStatus status, int openFlags) {}
