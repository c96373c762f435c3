package com.jiaodui.library;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Article;
import com.jiaodui.text.JumpMarkers;
import com.jiaodui.text.source.SourceDocument;
import java.util.List;
import java.util.OptionalInt;

/**
 * The two parts of an article that jumps pages in an issue, named so the editor finds the continuation. Splitting
 * an issue into pages cuts such an article in two (each page its own articles); when the part on page k ends with a
 * jump marker to page n (（下转第二版）, 转第2版) and an article of page n opens with one naming page k
 * (（上接第1版）), the first part's title gets " → p{n}" and the second's " ← p{k}" (the page names of the
 * issue, {@code issue/p2}), and a part printed without a headline takes the other's. Nothing else changes: each part
 * stays the article of its own page, with its own text and flags (joining them is the continuation search's job on
 * the whole PDF, as {@code check} and {@code articles} read it).
 */
final class IssueJumps {
    private IssueJumps() {}

    /**
     * The new titles of the issue's articles, per page (in {@code pages}' order) and article index; null where the
     * engine's title stays (a page not analysed, an article not linked).
     */
    static String[][] titles(List<SourceDocument> pages, Analysis[] analyses) {
        String[][] out = new String[pages.size()][];
        for (int k = 0; k < pages.size(); k++) {
            if (analyses[k] == null || analyses[k].articles().isEmpty()) {
                continue;
            }
            // the part that jumps is the page's last article
            List<Article> here = analyses[k].articles();
            Article a = here.get(here.size() - 1);
            OptionalInt to = JumpMarkers.jumpsTo(a.text().text());
            int from = pages.get(k).firstPage();
            if (to.isEmpty() || to.getAsInt() == from) {
                continue;
            }
            int m = indexOfPage(pages, to.getAsInt());
            if (m < 0 || analyses[m] == null) {
                continue;
            }
            for (Article b : analyses[m].articles()) {
                OptionalInt back = JumpMarkers.continuesFrom(b.text().text());
                if (back.isPresent() && back.getAsInt() == from) {
                    String head = !a.title().isBlank() ? a.title() : b.title();
                    String headB = !b.title().isBlank() ? b.title() : a.title();
                    set(out, k, here.size(), a.index(), head, "→ p" + to.getAsInt());
                    set(out, m, analyses[m].articles().size(), b.index(), headB, "← p" + from);
                    break;
                }
            }
        }
        return out;
    }

    private static String named(String title, String link) {
        return title.isBlank() ? link : title + " " + link;
    }

    /** Names an article with its link; one linked both ways (p1 → p2 → p3) keeps both. */
    private static void set(String[][] out, int page, int n, int index, String title, String link) {
        if (out[page] == null) {
            out[page] = new String[n];
        }
        out[page][index] = out[page][index] != null ? out[page][index] + " " + link : named(title, link);
    }

    private static int indexOfPage(List<SourceDocument> pages, int pageNo) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).firstPage() == pageNo) {
                return i;
            }
        }
        return -1;
    }
}
