package com.jiaodui.text;

import java.util.List;

/**
 * Finds a short paragraph whose text already ends the paragraph before it (also across an interposed
 * heading) or starts the one after it: the tail of a joined column break kept twice, as in
 * "……十个优秀作品之一，引发强烈反响。" followed by "之一，引发强烈反响。".
 */
@SuppressWarnings("unchecked")
public final class DuplicateFragmentDetector implements Detector {
    static final int MIN_CHARS = 4;
    static final int MAX_CHARS = 60;

    @Override
    public void detect(Page page, List<Flag> out) {
        List<List<Block>> chains = LogicalParagraphs.of(page, out).chains();
        int n = chains.size();
        String[] folded = new String[n];
        boolean[] removed = new boolean[n];
        for (int i = 0; i < n; i++) {
            folded[i] = LogicalParagraphs.folded(chains.get(i));
            removed[i] = chains.get(i).size() == 1 && alreadyFlagged(out, chains.get(i).get(0));
        }
        // judged on the page as clean leaves it: removing one copy can put another next to its source
        // ("X", "X", "XY"), so repeat until nothing more is found
        List<Block>[] source = new List[n];
        boolean[] ends = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (removed[i] || chains.get(i).size() != 1 || chains.get(i).get(0).isHeading()) {
                    continue;
                }
                String frag = folded[i];
                if (frag.length() < MIN_CHARS || frag.length() > MAX_CHARS) {
                    continue;
                }
                int before = endsEarlierBody(chains, folded, removed, i, frag);
                if (before >= 0) {
                    removed[i] = true;
                    source[i] = chains.get(before);
                    ends[i] = true;
                    changed = true;
                    continue;
                }
                int after = i + 1;
                while (after < n && removed[after]) {
                    after++;
                }
                if (after < n && !chains.get(after).get(0).isHeading()) {
                    String nx = folded[after];
                    if (nx.length() > frag.length() && nearlyEqual(nx.substring(0, frag.length()), frag)) {
                        removed[i] = true;
                        source[i] = chains.get(after);
                        changed = true;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (source[i] != null) {
                out.add(flag(page, chains.get(i).get(0), ends[i] ? "ends" : "starts", source[i]));
            }
        }
    }

    private static Flag flag(Page page, Block f, String where, List<Block> other) {
        return new Flag(FlagKind.DUPLICATE_FRAGMENT, f.start(), f.end(),
                Msg.of("ends".equals(where) ? "flag.duplicate-fragment.ends" : "flag.duplicate-fragment.starts", f.string(),
                        page.lineOf(LogicalParagraphs.start(other))), "", Severity.WARNING);
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
            // a block interposed in a broken join is judged like any other: after the rejoined paragraph
            if (g.kind() == FlagKind.DUPLICATE_PARAGRAPH && g.start() <= f.start() && f.end() <= g.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The earlier prose paragraph still on the page whose end {@code frag} repeats, across at most two
     * blocks (a heading, a caption or a short paragraph between the two copies); -1 if none.
     */
    static int endsEarlierBody(List<List<Block>> chains, String[] folded, boolean[] removed, int i, String frag) {
        int seen = 0;
        for (int k = i - 1; k >= 0 && seen < 3; k--) {
            if (removed[k]) {
                continue;
            }
            seen++;
            String p = folded[k];
            if (!chains.get(k).get(0).isHeading() && Chars.isProse(p) && p.length() > frag.length()
                    && nearlyEqual(p.substring(p.length() - frag.length()), frag)) {
                return k;
            }
        }
        return -1;
    }
}
