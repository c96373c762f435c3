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
