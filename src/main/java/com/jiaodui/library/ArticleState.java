package com.jiaodui.library;

import com.jiaodui.review.Decision;

import com.jiaodui.review.Decision;
import java.util.List;

/**
 * An article as stored: the page source (version) it was segmented from ({@code sourceId}, for
 * {@link LibraryService#page(long)}), its current text ({@code null} while it has no revision of its own, then the
 * engine's text is the start), the current revision id (0 for none) and the decisions recorded on that text.
 */
public record ArticleState(long id, long sourceId, int index, String title, String text, long revisionId,
                           List<Decision> decisions) {
    public ArticleState {
        decisions = List.copyOf(decisions);
    }
}
