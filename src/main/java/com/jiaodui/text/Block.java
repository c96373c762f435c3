package com.jiaodui.text;

/**
 * A block of a page as read: a heading or a paragraph, its raw span and its reflowed text (hard wraps
 * joined, Markdown markup and indentation left out) mapped back to raw offsets.
 */
public final class Block {
    /** Structural type from reading; the role of a block in an article is decided by segmentation. */
    public enum Type { HEADING, PARAGRAPH }

    private final int index;
    private final Type type;
    private final int level;
    private final int start;
    private final int end;
    private final MappedText text;
    private final int firstLine;
    private final int lastLine;
    private final int blankLinesBefore;
    private final boolean indented;
    private final boolean headingRun;
    private String folded;

    public Block(int index, Type type, int level, int start, int end, MappedText text,
                 int firstLine, int lastLine, int blankLinesBefore, boolean indented, boolean headingRun) {
        this.index = index;
        this.type = type;
        this.level = level;
        this.start = start;
        this.end = end;
        this.text = text;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.blankLinesBefore = blankLinesBefore;
        this.indented = indented;
        this.headingRun = headingRun;
    }

    /**
     * The same block for a detector but for its place: index, kind, level, indent and text, each character mapped to
     * its own raw character, the span exactly the text.
     */
    boolean readsAs(Block o) {
        return index == o.index && type == o.type && level == o.level && indented == o.indented
                && headingRun == o.headingRun && text.text().equals(o.text.text()) && mapsOneToOne() && o.mapsOneToOne();
    }

    private boolean mapsOneToOne() {
        if (end - start != text.length()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (text.rawStart(k) != start + k || text.rawEnd(k) != start + k + 1) {
                return false;
            }
        }
        return true;
    }

    public int index() {
        return index;
    }

    public Type type() {
        return type;
    }

    /** Markdown heading level 1..6, 0 for paragraphs. */
    public int level() {
        return level;
    }

    /** Raw start of the block, markup included. */
    public int start() {
        return start;
    }

    /** Raw end of the block (exclusive), trailing white space excluded. */
    public int end() {
        return end;
    }

    public MappedText text() {
        return text;
    }

    public String string() {
        return text.text();
    }

    /** {@link Chars#fold} of the text, computed once: the duplicate detectors compare folded texts. */
    public String folded() {
        String f = folded;
        if (f == null) {
            f = Chars.fold(text.text());
            folded = f;
        }
        return f;
    }

    /** 0-based raw line of the first line. */
    public int firstLine() {
        return firstLine;
    }

    public int lastLine() {
        return lastLine;
    }

    public int blankLinesBefore() {
        return blankLinesBefore;
    }

    public boolean indented() {
        return indented;
    }

    public boolean isHeading() {
        return type == Type.HEADING;
    }

    /**
     * True for a line of a short isolated run of unpunctuated lines on a hard-wrapped page: a
     * headline, kicker, caption or page index rather than body text.
     */
    public boolean headingRun() {
        return headingRun;
    }

    /** Raw start of the first character of the text (after markup and indentation). */
    public int textStart() {
        return text.length() == 0 ? end : text.rawStart(0);
    }

    @Override
    public String toString() {
        return type + "#" + index + "[" + start + "," + end + ")" + (headingRun ? "H" : "") + ":" + text;
    }
}
