package com.jiaodui.text;

import java.util.Arrays;
import java.util.List;

/** A page read from its raw text: the raw text exactly, its blocks, and line positions. */
public final class Page {
    private final String raw;
    private final Format format;
    private final boolean hardWrapped;
    private final List<Block> blocks;
    private final int[] lineStarts;
    /** {@link BlockClassifier#classify(Page)}, computed once: three detectors and the settle rounds ask for it. */
    private volatile BlockClassifier.Role[] roles;

    Page(String raw, Format format, boolean hardWrapped, List<Block> blocks, int[] lineStarts) {
        this.raw = raw;
        this.format = format;
        this.hardWrapped = hardWrapped;
        this.blocks = List.copyOf(blocks);
        this.lineStarts = lineStarts;
    }

    public String raw() {
        return raw;
    }

    public Format format() {
        return format;
    }

    /** Whether the page was decided to be hard-wrapped (a line break at every column edge). */
    public boolean hardWrapped() {
        return hardWrapped;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The role of every block (computed once per page; callers must not change the array). */
    BlockClassifier.Role[] roles() {
        BlockClassifier.Role[] r = roles;
        if (r == null) {
            r = BlockClassifier.classify(blocks);
            roles = r;
        }
        return r;
    }

    /**
     * Whether a detector finds on {@code other} what it finds on this page, each finding moved with its block: the
     * same format and blocks (of the same kind, with the same text, each mapped one to one onto its raw span),
     * with nothing but line ends between and around them on either page. Line numbers and blank-line counts may
     * differ (no detector reads them but to name a line in a message). A settle round's cleaned page of a page
     * clean left unchanged reads so.
     */
    boolean readsAs(Page other) {
        if (hardWrapped || other.hardWrapped || format != other.format || blocks.size() != other.blocks.size()
                || !onlyLineEndsBetweenBlocks() || !other.onlyLineEndsBetweenBlocks()) {
            return false;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).readsAs(other.blocks.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean onlyLineEndsBetweenBlocks() {
        int at = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            int to = i < blocks.size() ? blocks.get(i).start() : raw.length();
            for (int k = at; k < to; k++) {
                if (raw.charAt(k) != '\n') {
                    return false;
                }
            }
            if (i < blocks.size()) {
                at = blocks.get(i).end();
            }
        }
        return true;
    }

    /** 1-based line number of a raw offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Raw offset where the 0-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line];
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
