package com.jiaodui.text;

import java.util.List;

/**
 * The result of analysing one page: the page as read, every flag (sorted by start), the cleaned text
 * (all fixes applied except page furniture and info flags) mapped back to raw, and the articles.
 */
public record Analysis(Page page, List<Flag> flags, MappedText cleaned, List<Article> articles) {

    public Analysis {
        flags = List.copyOf(flags);
        articles = List.copyOf(articles);
    }

    public String raw() {
        return page.raw();
    }
}
