package com.jiaodui.text;

import java.util.List;

/** Applies the fixes of a page's flags to its reflowed blocks. */
public final class Cleaner {
    private Cleaner() {}

    public static MappedText clean(Page page, List<Flag> flags) {
        MappedText.Builder b = MappedText.builder(page.raw().length());
        for (Block block : page.blocks()) {
            if (b.length() > 0) {
                b.insert("\n\n", block.start());
            }
            if (block.isHeading()) {
                b.insert("#".repeat(block.level()) + " ", block.start());
            }
            b.append(block.text());
        }
        if (b.length() > 0) {
            b.insert("\n", page.raw().length());
        }
        return b.build();
    }
}
