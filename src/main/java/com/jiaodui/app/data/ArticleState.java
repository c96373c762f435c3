package com.jiaodui.app.data;

import java.util.List;

/**
 * An article as stored: its current text ({@code null} while it has no revision of its own, then the engine's
 * text is the start), the current revision id (0 for none) and the decisions recorded on it.
 */
public record ArticleState(long id, long pageId, int index, String title, String text, long revisionId,
                           List<Decision> decisions) {
    public ArticleState {
        decisions = List.copyOf(decisions);
    }
}
