package com.jiaodui.library;

import com.jiaodui.review.ReviewStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the review of a page (and of the library) has come: articles done of all, and flags still open. Computed
 * with the listing, off the FX thread, from what {@link LibraryService#pages()} gives: no query per row.
 *
 * @param done  articles whose review is done
 * @param total articles
 * @param open  flags still open in them (as of their last saved revision)
 */
public record ReviewProgress(int done, int total, int open) {

    public static ReviewProgress of(PageEntry page) {
        int done = 0;
        int open = 0;
        for (ArticleEntry a : page.articles()) {
            if (a.status() == ReviewStatus.DONE) {
                done++;
            }
            open += Math.max(0, a.openFlags());
        }
        return new ReviewProgress(done, page.articles().size(), open);
    }

    /** Each page's progress, by page id. */
    public static Map<Long, ReviewProgress> perPage(List<PageEntry> pages) {
        Map<Long, ReviewProgress> out = new HashMap<>();
        for (PageEntry p : pages) {
            out.put(p.id(), of(p));
        }
        return out;
    }

    /** The whole listing's progress. */
    public static ReviewProgress total(List<PageEntry> pages) {
        int done = 0;
        int total = 0;
        int open = 0;
        for (PageEntry p : pages) {
            ReviewProgress r = of(p);
            done += r.done;
            total += r.total;
            open += r.open;
        }
        return new ReviewProgress(done, total, open);
    }
}
