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
        List<List<Block>> chains = LogicalParagraphs.of(page, out).chains();
        for (int i = 0; i < chains.size(); i++) {
            if (chains.get(i).size() != 1) {
                continue;
            }
            Block f = chains.get(i).get(0);
            if (f.isHeading() || alreadyFlagged(out, f)) {
                continue;
            }
            String frag = Chars.fold(f.string());
            if (frag.length() < MIN_CHARS || frag.length() > MAX_CHARS) {
                continue;
            }
            List<Block> before = previousBody(chains, i);
            if (before != null) {
                String p = Chars.fold(LogicalParagraphs.text(before));
                if (p.length() > frag.length() && nearlyEqual(p.substring(p.length() - frag.length()), frag)) {
                    out.add(flag(page, f, "ends", before));
                    continue;
                }
            }
            if (i + 1 < chains.size() && !chains.get(i + 1).get(0).isHeading()) {
                List<Block> after = chains.get(i + 1);
                String n = Chars.fold(LogicalParagraphs.text(after));
                if (n.length() > frag.length() && nearlyEqual(n.substring(0, frag.length()), frag)) {
                    out.add(flag(page, f, "starts", after));
                }
            }
        }
    }

    private static Flag flag(Page page, Block f, String where, List<Block> other) {
        return new Flag(FlagKind.DUPLICATE_FRAGMENT, f.start(), f.end(),
                "fragment printed twice: \"" + f.string() + "\" already " + where + " the paragraph at line "
                        + page.lineOf(LogicalParagraphs.start(other)), "", Severity.WARNING);
    }

    /** Equal, or (for fragments of 8+ characters) one OCR confusion apart, such as a traditional leak in one copy. */
    static boolean nearlyEqual(String a, String b) {
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i) && ++diff > (a.length() >= 8 ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean alreadyFlagged(List<Flag> out, Block f) {
        for (Flag g : out) {
            if ((g.kind() == FlagKind.DUPLICATE_PARAGRAPH || g.kind() == FlagKind.BROKEN_JOIN)
                    && g.start() <= f.start() && f.end() <= g.end()) {
                return true;
            }
        }
        return false;
    }

    /** The nearest earlier prose paragraph, across at most two short heading-like blocks. */
    private static List<Block> previousBody(List<List<Block>> chains, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            List<Block> b = chains.get(k);
            if (!b.get(0).isHeading() && Chars.isProse(LogicalParagraphs.text(b))) {
                return b;
            }
        }
        return null;
    }
}
