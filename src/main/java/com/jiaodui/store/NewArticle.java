package com.jiaodui.store;

/**
 * An article as segmented by the importer.
 *
 * @param rawStart  start of its hull in the text of the version it was segmented from
 * @param openFlags the flags the analysis found in it (shown in the library tree until a review saves its count)
 * @param text      its starting text (the first revision)
 */
public record NewArticle(int index, String kicker, String title, String subtitle, String byline, int rawStart,
                         int rawEnd, int openFlags, String text) {
}
