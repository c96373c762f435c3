package com.jiaodui.text.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the raw text of a source file line by line, keeping the box of every line and block and the
 * confidence of every word at their raw offsets. Blocks are separated by a blank line, pages too.
 */
final class RawBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Span> lines = new ArrayList<>();
    private final List<Span> blocks = new ArrayList<>();
    private final List<WordConfidence> words = new ArrayList<>();
    private final List<SourcePage> pages = new ArrayList<>();

    private int pageNumber;
    private double pageW;
    private double pageH;
    private int pageStart = -1;
    private int blockStart = -1;
    private Box blockBox;
    private int lineStart = -1;
    private Box lineBox;

    int length() {
        return text.length();
    }

    void beginPage(int number, double width, double height) {
        separate();
        pageNumber = number;
        pageW = width;
        pageH = height;
        pageStart = text.length();
    }

    void endPage(boolean imageOnly) {
        endBlock();
        pages.add(new SourcePage(pageNumber, pageW, pageH, pageStart, trimmedEnd(), imageOnly));
    }

    /** Starts a block (a blank line before it unless the text is empty); its box is the union of its lines' unless given. */
    void beginBlock(Box box) {
        endBlock();
        separate();
        blockStart = text.length();
        blockBox = box;
    }

    void endBlock() {
        endLine();
        if (blockStart >= 0) {
            int end = trimmedEnd();
            if (blockBox != null && end > blockStart) {
                blocks.add(new Span(blockStart, end, blockBox));
            }
            blockStart = -1;
            blockBox = null;
        }
    }

    /** A blank line inside a block's run (a paragraph gap in a PDF column). */
    void blankLine() {
        endLine();
        if (text.length() > 0 && !endsWith("\n\n")) {
            text.append('\n');
        }
    }

    /** Starts a line; words or text are added, then {@link #endLine()}. */
    void beginLine(Box box) {
        endLine();
        lineStart = text.length();
        lineBox = box;
    }

    void append(String s) {
        text.append(s);
    }

    /** A word with the engine's confidence (NaN: none); {@code space} puts a space before it. */
    void word(String s, Box box, double confidence, boolean space) {
        if (space && text.length() > lineStart) {
            text.append(' ');
        }
        int ws = text.length();
        text.append(s);
        if (!Double.isNaN(confidence)) {
            words.add(new WordConfidence(ws, text.length(), confidence, box));
        }
        if (lineBox == null) {
            lineBox = box;
        } else if (box != null) {
            lineBox = lineBox.union(box);
        }
    }

    /** The last character added, or 0. */
    char last() {
        return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    void endLine() {
        if (lineStart < 0) {
            return;
        }
        int end = text.length();
        if (end > lineStart) {
            if (lineBox != null) {
                lines.add(new Span(lineStart, end, lineBox));
                if (blockStart >= 0) {
                    blockBox = blockBox == null ? lineBox : blockBox.union(lineBox);
                }
            }
            text.append('\n');
        }
        lineStart = -1;
        lineBox = null;
    }

    /** A whole line at once. */
    void line(String s, Box box) {
        beginLine(box);
        text.append(s);
        endLine();
    }

    String text() {
        endLine();
        return text.toString();
    }

    Geometry geometry() {
        endLine();
        return new Geometry(lines, blocks, words, pages);
    }

    private void separate() {
        endLine();
        if (text.length() > 0) {
            while (!endsWith("\n\n")) {
                text.append('\n');
            }
        }
    }

    private boolean endsWith(String s) {
        int n = text.length();
        return n >= s.length() && text.substring(n - s.length()).equals(s);
    }

    private int trimmedEnd() {
        int e = text.length();
        while (e > 0 && text.charAt(e - 1) == '\n') {
            e--;
        }
        return e;
    }
}
