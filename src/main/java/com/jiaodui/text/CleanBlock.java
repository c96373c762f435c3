package com.jiaodui.text;

import java.util.List;

/**
 * A block of the cleaned page: its text with every applicable fix applied (mapped to raw), and the
 * raw blocks it came from (several when a broken join was rejoined).
 */
public record CleanBlock(MappedText text, List<Block> sources) {

    public CleanBlock {
        sources = List.copyOf(sources);
    }

    public Block first() {
        return sources.get(0);
    }

    public boolean isHeading() {
        return first().isHeading();
    }

    public String string() {
        return text.text();
    }

    public int rawStart() {
        return first().start();
    }

    public int rawEnd() {
        return sources.get(sources.size() - 1).end();
    }
}
