package com.jiaodui.review;

/**
 * A decision on a flag, positioned in the article text it was made on (the text saved with it).
 *
 * @param kind        the flag kind id ("broken-join", ...)
 * @param start       start in the article text
 * @param end         end in the article text (exclusive)
 * @param original    the text the flag covered before the decision
 * @param replacement the suggested fix, or null
 * @param state       ACCEPTED or REJECTED
 */
public record Decision(String kind, int start, int end, String original, String replacement, FlagState state) {}
