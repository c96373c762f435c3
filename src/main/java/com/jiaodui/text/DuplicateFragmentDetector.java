package com.jiaodui.text;

import java.util.List;

/**
 * Finds a short paragraph whose text already ends the paragraph before it (also across an interposed
 * heading) or starts the one after it: the tail of a joined column break kept twice, as in
 * "……十个优秀作品之一，引发强烈反响。" followed by "之一，引发强烈反响。".
 */
public final class DuplicateFragmentDetector implements Detector {
    static final int MIN_CHARS = 4;
    static final int MAX_CHARS = 60;

    @Override
    public void detect(Page page, List<Flag> out) {
        List<Block> blocks = page.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block f = blocks.get(i);
            if (f.isHeading()) {
                continue;
            }
            String frag = Chars.fold(f.string());
            if (frag.length() < MIN_CHARS || frag.length() > MAX_CHARS) {
                continue;
            }
            Block before = previousBody(blocks, i);
            if (before != null) {
                String p = Chars.fold(before.string());
                if (p.length() > frag.length() && p.endsWith(frag)) {
                    out.add(flag(page, f, "ends", before));
                    continue;
                }
            }
            if (i + 1 < blocks.size() && !blocks.get(i + 1).isHeading()) {
                Block after = blocks.get(i + 1);
                String n = Chars.fold(after.string());
                if (n.length() > frag.length() && n.startsWith(frag)) {
                    out.add(flag(page, f, "starts", after));
                }
            }
        }
    }

    private static Flag flag(Page page, Block f, String where, Block other) {
        return new Flag(FlagKind.DUPLICATE_FRAGMENT, f.start(), f.end(),
                "fragment printed twice: \"" + f.string() + "\" already " + where + " the paragraph at line "
                        + page.lineOf(other.start()), "", Severity.WARNING);
    }

    /** The nearest earlier block that is not a short heading-like block (at most two back). */
    private static Block previousBody(List<Block> blocks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Block b = blocks.get(k);
            if (!b.isHeading() && Chars.isProse(b.string())) {
                return b;
            }
            if (Chars.isProse(b.string())) {
                return null;
            }
        }
        return null;
    }
}
