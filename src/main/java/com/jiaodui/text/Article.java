package com.jiaodui.text;

import java.util.List;

/**
 * One article of a page as segmented: its title (with kicker and subtitle when the page prints them),
 * its byline, and its cleaned text mapped back to the raw page.
 *
 * @param index      0-based position on the page
 * @param kicker     the line printed above the title (引题), or null
 * @param title      the headline; never null, possibly empty for an untitled item
 * @param subtitle   the line printed below the title (副题), or null
 * @param byline     e.g. "本报讯（记者 李 丹 王建军）" or "□记者 乔小纳", or null
 * @param paragraphs the cleaned body paragraphs (byline lead included where the page runs it into the first paragraph)
 * @param text       the whole cleaned article: title lines, byline and paragraphs separated by blank lines, mapped to raw
 * @param rawStart   start of the article's hull in the raw page
 * @param rawEnd     end of the hull (exclusive)
 */
public record Article(int index, String kicker, String title, String subtitle, String byline,
                      List<String> paragraphs, MappedText text, int rawStart, int rawEnd) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        title = title == null ? "" : title;
    }

    /** The body: paragraphs separated by blank lines. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
