package com.jiaodui.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a paragraph printed twice on a page, adjacent or not, compared on folded text (no spaces,
 * punctuation width folded, garbled glyphs ignored); near-duplicates that differ in one or two
 * characters too. The later copy is flagged for removal.
 */
public final class DuplicateParagraphDetector implements Detector {
    /** Shorter paragraphs (headlines, labels) may repeat legitimately. */
    static final int MIN_CHARS = 12;
    static final int MAX_EDITS = 2;

    /** A part of a paragraph printed again on its own: at least this long (folded characters). */
    static final int MIN_PART = 16;
    /** Two copies this many blocks apart or more, one of them in the lead under the title, are a deliberate repeat. */
    static final int FAR = 5;
    @Override
    public void detect(Page page, List<Flag> out) {
        Map<String, List<Block>> seen = new HashMap<>();
        // the paragraphs already repeated on purpose: a newspaper repeats a paragraph once, a third copy is damage
        java.util.Set<List<Block>> repeated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<List<Block>> kept = new ArrayList<>();
        List<String> keptFolded = new ArrayList<>();
        List<List<Block>> chains = LogicalParagraphs.of(page, out).chains();
        BlockClassifier.Role[] roles = BlockClassifier.roles(page);
        // the folded text of every paragraph, in order: the text-reuse index the containment search reads
        String[] folded = new String[chains.size()];
        for (int k = 0; k < chains.size(); k++) {
            folded[k] = foldedWithoutJump(chains.get(k));
        }
        long[][] sigs = new long[chains.size()][];
        java.util.Set<String> secondHalves = null; // the folded second halves of joined sentences, made when first needed
        for (int ci = 0; ci < chains.size(); ci++) {
            List<Block> b = chains.get(ci);
            if (b.get(0).isHeading()) {
                continue;
            }
            String f = folded[ci];
            if (f.length() < MIN_CHARS) {
                // a short block is a copy only of a broken sentence's second half ("提供更多的绿色动能。")
                if (secondHalves == null) {
                    secondHalves = new java.util.HashSet<>();
                    for (List<Block> c : chains) {
                        for (int m = 1; m < c.size(); m++) {
                            secondHalves.add(c.get(m).folded());
                        }
                    }
                }
                int again = b.size() == 1 && secondHalves.contains(b.get(0).folded()) ? joinedBlockRepeated(chains, ci, b.get(0)) : -1;
                if (again >= 0) {
                    out.add(flag(page, b, chains.get(again), 0, true, false));
                }
                continue;
            }
            List<Block> first = seen.get(f);
            int edits = 0;
            if (first == null) {
                for (int k = 0; k < kept.size() && first == null; k++) {
                    String g = keptFolded.get(k);
                    if (Math.abs(g.length() - f.length()) <= MAX_EDITS && f.length() >= 2 * MIN_CHARS) {
                        int d = boundedDistance(g, f, MAX_EDITS);
                        if (d <= MAX_EDITS) {
                            first = kept.get(k);
                            edits = d;
                        }
                    }
                }
            }
            if (first != null) {
                out.add(flag(page, b, first, edits, false, onPurpose(page, roles, first, b, out, repeated)));
                continue;
            }
            // a part of a longer paragraph printed again on its own (the second half of a paragraph split
            // at a column end, printed twice)
            int again = b.size() == 1 ? joinedBlockRepeated(chains, ci, b.get(0)) : -1;
            if (again >= 0) {
                out.add(flag(page, b, chains.get(again), 0, true, onPurpose(page, roles, chains.get(again), b, out, repeated)));
                continue;
            }
            // the copy with the paragraphs that finish its sentence: the reader may have split it at a line
            // that ended short ("…回升至23.2%。目" / "前撒哈拉…")
            int last = sentenceEnd(chains, roles, ci);
            List<Block> copy = b;
            String cf = f;
            if (last > ci) {
                copy = new ArrayList<>(b);
                for (int k = ci + 1; k <= last; k++) {
                    copy.addAll(chains.get(k));
                    cf += folded[k];
                }
                List<Block> whole = seen.get(cf); // the copy of a whole paragraph, broken in two
                if (whole != null) {
                    out.add(flag(page, copy, whole, 0, false, onPurpose(page, roles, whole, copy, out, repeated)));
                    ci = last;
                    continue;
                }
            }
            if (cf.length() >= MIN_PART && Chars.isProse(cf) && BlockClassifier.endsWithStop(LogicalParagraphs.text(chains.get(last)))
                    && roles[b.get(0).index()] == BlockClassifier.Role.BODY) {
                // the first paragraph in page order that holds cf and is longer (what a search of the
                // whole index finds first); a paragraph without every character of cf is skipped unread
                long[] sig = signature(cf);
                int hit = -1;
                for (int k = 0; k < chains.size() && hit < 0; k++) {
                    // a short repeat next to its source is the fragment detector's (DUPLICATE_FRAGMENT)
                    if (k != ci && folded[k].length() > cf.length() && covers(sigs(sigs, folded, k), sig)
                            && folded[k].contains(cf) && !fragment(chains, folded, ci, k, cf)) {
                        hit = k;
                    }
                }
                if (hit >= 0) {
                    out.add(flag(page, copy, chains.get(hit), 0, true, onPurpose(page, roles, chains.get(hit), copy, out, repeated)));
                    ci = last;
                    continue;
                }
            }
            seen.put(f, b);
            kept.add(b);
            keptFolded.add(f);
        }
    }

    /**
     * The last of the paragraphs from {@code ci} that finish its sentence: {@code ci} itself when it ends
     * with a stop or is no body text, else up to two more (none a heading).
     */
    private static int sentenceEnd(List<List<Block>> chains, BlockClassifier.Role[] roles, int ci) {
        int last = ci;
        if (roles[chains.get(ci).get(0).index()] != BlockClassifier.Role.BODY) {
            return ci;
        }
        while (!BlockClassifier.endsWithStop(LogicalParagraphs.text(chains.get(last))) && last + 1 < chains.size()
                && last - ci < 2 && !chains.get(last + 1).get(0).isHeading()) {
            last++;
        }
        return last;
    }

    /**
     * A repeat printed on purpose ({@link #deliberate}) that does not stand inside a broken sentence and is
     * the first repeat of its paragraph (recorded in {@code repeated}).
     */
    private static boolean onPurpose(Page page, BlockClassifier.Role[] roles, List<Block> first, List<Block> b,
                                     List<Flag> out, java.util.Set<List<Block>> repeated) {
        return deliberate(page, roles, first, b) && !standsBetween(out, b) && repeated.add(first);
    }

    /**
     * The folded text of a paragraph without a jump marker at its start ("（上接第二版）党的…"): the marker is
     * page furniture, and a copy that carries one is the same paragraph, not a longer one holding it.
     */
    static String foldedWithoutJump(List<Block> chain) {
        String text = chain.get(0).string();
        if (text.isEmpty() || "（(".indexOf(text.charAt(Math.min(BrokenJoinDetector.firstVisible(text), text.length() - 1))) < 0) {
            return LogicalParagraphs.folded(chain); // no bracket at the start: no marker (most paragraphs)
        }
        java.util.regex.Matcher m = FurniturePatterns.JUMP_BRACKETED.matcher(text).region(0, Math.min(text.length(), 24));
        if (m.find() && m.start() <= 2) {
            String rest = LogicalParagraphs.text(chain);
            return Chars.fold(rest.substring(0, m.start()) + rest.substring(m.end()));
        }
        return LogicalParagraphs.folded(chain);
    }

    /** Whether {@code f} repeats the end of paragraph {@code k} before it or the start of the one after: the fragment detector's. */
    private static boolean fragment(List<List<Block>> chains, String[] folded, int ci, int k, String f) {
        return f.length() <= DuplicateFragmentDetector.MAX_CHARS && (k < ci
                ? k == DuplicateFragmentDetector.endsEarlierBody(chains, folded, new boolean[chains.size()], ci, f)
                : k == ci + 1 && folded[k].startsWith(f));
    }

    /**
     * The paragraph (a chain of joined blocks) one of whose later blocks, the second half of a broken
     * sentence, is printed again as {@code block}: the copy of a column's tail, at any length from
     * {@link DuplicateFragmentDetector#MIN_CHARS}; -1 if none. Two blocks of the same text, one of them
     * continuing a broken sentence, are no deliberate repeat.
     */
    private static int joinedBlockRepeated(List<List<Block>> chains, int ci, Block block) {
        String f = block.folded();
        if (f.length() < DuplicateFragmentDetector.MIN_CHARS || !Chars.isProse(f)
                || !BlockClassifier.endsWithStop(block.string())
                && (f.length() < MIN_CHARS || !Chars.isClosing(Chars.fullWidth(DetectorChars.lastSolid(block.string()))))) {
            return -1; // (a copy of paragraph length may end with its bracket instead: "500盧比(…)；……(約145元台幣)")
        }
        for (int k = 0; k < chains.size(); k++) {
            List<Block> c = chains.get(k);
            if (k == ci || c.size() < 2) {
                continue;
            }
            for (int m = 1; m < c.size(); m++) {
                if (c.get(m).folded().equals(f)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /*
     * Each paragraph is searched for every other body paragraph (O(paragraphs × page) with indexOf); a
     * 512-bit set of the characters each paragraph holds rules out almost every pair without reading it,
     * as a part can only be in a paragraph that holds all of its characters. Made lazily, once per page.
     */
    private static long[] sigs(long[][] sigs, String[] folded, int k) {
        long[] s = sigs[k];
        if (s == null) {
            s = signature(folded[k]);
            sigs[k] = s;
        }
        return s;
    }

    private static long[] signature(String s) {
        long[] bits = new long[8];
        for (int i = 0; i < s.length(); i++) {
            int h = (s.charAt(i) * 0x9E3779B1) >>> 23; // 9 bits
            bits[h >>> 6] |= 1L << (h & 63);
        }
        return bits;
    }

    /** Whether every bit of {@code part} is set in {@code whole}. */
    private static boolean covers(long[] whole, long[] part) {
        for (int i = 0; i < whole.length; i++) {
            if ((part[i] & ~whole[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the copy stands between the two halves of a broken sentence (a join across it): no newspaper
     * prints a repeat on purpose inside a sentence, whatever its distance from the first copy.
     */
    private static boolean standsBetween(List<Flag> out, List<Block> b) {
        int s = LogicalParagraphs.start(b);
        int e = LogicalParagraphs.end(b);
        for (Flag f : out) {
            if (f.kind() == FlagKind.BROKEN_JOIN && f.replacement().contains("\n\n") && f.start() < s && e <= f.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A repeat printed on purpose: a standfirst or 编者按 under the title that the article repeats far below
     * (pd-20190201-17-02: the closing paragraph printed again as the standfirst of a 观点 column).
     */
    static boolean deliberate(Page page, BlockClassifier.Role[] roles, List<Block> a, List<Block> b) {
        int ia = a.get(0).index();
        int ib = b.get(0).index();
        int lo = Math.min(ia, ib);
        int hi = Math.max(ia, ib);
        if (hi - lo < FAR) {
            return false;
        }
        if (ArticleSegmenter.opensWithDateline(LogicalParagraphs.text(ia < ib ? a : b))) {
            return false; // the article's lead, with its dateline: no standfirst repeats that
        }
        // the earlier copy stands in the lead: right after the title group (or a 编者按/核心阅读 label)
        int k = lo - 1;
        while (k >= 0 && roles[k] == BlockClassifier.Role.BOX_LABEL) {
            k--;
        }
        return k >= 0 && k < roles.length && roles[k].isHeading() && roles[k] != BlockClassifier.Role.SUBHEADING
                || lo < roles.length && (roles[lo] == BlockClassifier.Role.STANDFIRST || roles[lo] == BlockClassifier.Role.BOX);
    }

    /** The one place this detector's messages are made. */
    private static Flag flag(Page page, List<Block> b, List<Block> first, int edits, boolean part, boolean deliberate) {
        Msg where = Msg.of(part ? "duplicate.where.part" : "duplicate.where.first",
                page.lineOf(LogicalParagraphs.start(first)), BrokenJoinDetector.head(LogicalParagraphs.text(first)));
        Msg what = part ? Msg.of("duplicate.what.part")
                : edits == 0 ? Msg.of("duplicate.what.twice")
                : edits == 1 ? Msg.of("duplicate.what.differs-one") : Msg.of("duplicate.what.differs", edits);
        if (deliberate) {
            return new Flag(FlagKind.DUPLICATE_PARAGRAPH, LogicalParagraphs.start(b), LogicalParagraphs.end(b),
                    Msg.of("flag.duplicate-paragraph.deliberate", what, where),
                    "", Severity.INFO);
        }
        return new Flag(FlagKind.DUPLICATE_PARAGRAPH, LogicalParagraphs.start(b), LogicalParagraphs.end(b),
                Msg.of("flag.duplicate-paragraph", what, where), between(page, b), Severity.WARNING);
    }

    /**
     * What the removal of a copy keeps: the raw text of the blocks that stand between its blocks without
     * being part of it (a copy rejoined across another article's paragraph: "……徵召參" / "蕭新晟展示……" /
     * "選立委……"), one blank line between them; empty when the copy's blocks follow each other. The cleaner
     * keeps exactly these blocks of the span ({@link Cleaner#cleanBlocks}).
     */
    private static String between(Page page, List<Block> b) {
        if (b.size() < 2) {
            return "";
        }
        java.util.Set<Integer> own = new java.util.HashSet<>();
        for (Block x : b) {
            own.add(x.index());
        }
        StringBuilder kept = new StringBuilder();
        List<Block> blocks = page.blocks();
        int s = LogicalParagraphs.start(b);
        int e = LogicalParagraphs.end(b);
        for (int k = b.get(0).index(); k < blocks.size() && blocks.get(k).start() < e; k++) {
            Block x = blocks.get(k);
            if (!own.contains(k) && x.start() >= s && x.end() <= e) {
                kept.append(kept.length() > 0 ? "\n\n" : "").append(page.raw(), x.start(), x.end());
            }
        }
        return kept.toString();
    }

    /** Levenshtein distance if at most {@code max}, else {@code max + 1}; banded, O(n·max). */
    static int boundedDistance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int inf = max + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= max ? j : inf;
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(m, i + max);
            cur[0] = i <= max ? i : inf;
            if (lo > 1) {
                cur[lo - 1] = inf;
            }
            int rowMin = cur[0];
            for (int j = lo; j <= hi; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(prev[j - 1] + cost, Math.min(prev[j] + 1, cur[j - 1] + 1));
                cur[j] = Math.min(v, inf);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (hi < m) {
                cur[hi + 1] = inf;
            }
            if (rowMin > max) {
                return inf;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], inf);
    }
}
