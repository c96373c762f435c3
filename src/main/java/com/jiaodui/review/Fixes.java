package com.jiaodui.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Article;
import com.jiaodui.text.ArticleSegmenter;
import com.jiaodui.text.CleanBlock;
import com.jiaodui.text.Cleaner;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.MappedText;
import com.jiaodui.text.Page;
import com.jiaodui.text.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review model's text function: a page's text is the reflowed page with the fixes of the accepted flags
 * applied (through the engine's {@link Cleaner}, so accepting every flag {@code clean} applies gives
 * {@code clean}'s text, and accepting none gives the reflowed page). A set, not a sequence: the order decisions
 * are taken in cannot matter.
 *
 * <p>For the editor, {@link #place} turns each flag of an article into the {@link ReviewFlag.Piece}s its decision
 * replaces: the article's text with the flag's fix toggled is compared with the engine's article, character by
 * character <em>by raw origin</em> (every character of either text knows which raw characters it came from), so a
 * block a broken join moves is found as one removal and one insertion, not as a scatter of coincidental
 * character matches. What differs is the flag's pieces; everything else is, by construction, untouched by it.
 */
public final class Fixes {
    /** The kinds {@code clean} applies by default (page furniture is kept unless asked for). */
    public static final Set<FlagKind> CLEAN_KINDS = EnumSet.complementOf(EnumSet.of(FlagKind.PAGE_FURNITURE));

    /** Kinds whose fix edits text inside one block: their toggles are tried together, then one by one. */
    private static final Set<FlagKind> INLINE = EnumSet.of(FlagKind.SPURIOUS_SPACE, FlagKind.PUNCTUATION_WIDTH,
            FlagKind.TRADITIONAL_CHAR, FlagKind.GARBLED_CHAR);

    private Fixes() {}

    /** Whether accepting the flag can change text: it has a fix, or it is page furniture (accepting removes it). */
    public static boolean fixable(Flag f) {
        return f.hasFix() || f.kind() == FlagKind.PAGE_FURNITURE && f.end() > f.start();
    }

    /** Whether the engine's text (and {@code clean}) carries the flag's fix from the start. */
    public static boolean appliedByDefault(Flag f) {
        return f.hasFix() && CLEAN_KINDS.contains(f.kind());
    }

    /** The flags of the given kinds that a decision can change. */
    public static List<Flag> ofKinds(List<Flag> flags, Set<FlagKind> kinds) {
        List<Flag> out = new ArrayList<>();
        for (Flag f : flags) {
            if (kinds.contains(f.kind()) && fixable(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The flags {@code clean} applies: the starting set of every review. */
    public static List<Flag> defaults(List<Flag> flags) {
        List<Flag> out = new ArrayList<>();
        for (Flag f : flags) {
            if (appliedByDefault(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The fixes to hand to the cleaner. Page furniture has no replacement in the engine (it is shown, not
     * applied); accepted, it is a removal of its span, which the cleaner applies like any in-line removal.
     */
    static List<Flag> asFixes(Collection<Flag> accepted) {
        List<Flag> out = new ArrayList<>(accepted.size());
        for (Flag f : accepted) {
            if (f.kind() == FlagKind.PAGE_FURNITURE) {
                if (f.end() > f.start()) {
                    out.add(new Flag(FlagKind.GARBLED_CHAR, f.start(), f.end(), f.msg(), "", Severity.WARNING));
                }
            } else if (f.hasFix()) {
                out.add(f);
            }
        }
        return out;
    }

    /** The page's blocks with the accepted flags' fixes applied. */
    public static List<CleanBlock> blocks(Page page, Collection<Flag> accepted) {
        return Cleaner.cleanBlocks(page, asFixes(accepted));
    }

    /** The page's text with exactly the accepted flags' fixes applied, mapped to raw. */
    public static MappedText pageText(Page page, Collection<Flag> accepted) {
        return Cleaner.join(blocks(page, accepted), page.raw().length());
    }

    /** The text of article {@code a} of the analysed page with exactly the accepted flags' fixes applied. */
    public static MappedText articleText(Analysis an, Article a, Collection<Flag> accepted) {
        List<Article> arts = ArticleSegmenter.segment(an.page(), an.flags(), blocks(an.page(), accepted));
        Article best = null;
        long bestScore = -1;
        for (Article x : arts) {
            long overlap = Math.min(x.rawEnd(), a.rawEnd()) - (long) Math.max(x.rawStart(), a.rawStart());
            long score = overlap * 2 + (x.index() == a.index() ? 1 : 0);
            if (score > bestScore) {
                best = x;
                bestScore = score;
            }
        }
        return best == null ? MappedText.builder().build() : best.text();
    }

    /** The flags of the page that concern the article: inside its raw hull, or a point flag at it. */
    public static List<Flag> flagsOf(Analysis an, Article a) {
        List<Flag> out = new ArrayList<>();
        for (Flag f : an.flags()) {
            if (f.end() > a.rawStart() && f.start() < a.rawEnd()
                    || f.start() == f.end() && f.start() >= a.rawStart() && f.start() < a.rawEnd()) {
                out.add(f);
            }
        }
        return out;
    }

    /** One difference between two mapped texts: {@code a[aStart,aEnd)} is {@code b[bStart,bEnd)} in the other. */
    record Delta(int aStart, int aEnd, int bStart, int bEnd) {}

    /**
     * The flags of an article placed in its engine text {@code a.text()}: for each, the pieces its decision
     * replaces (open flags; positions in the engine text). A flag whose fix does not show in this article (an
     * info flag, furniture outside it) gets one piece whose two texts are equal: a decision then changes nothing.
     */
    public static List<ReviewFlag> place(Analysis an, Article a) {
        List<Flag> mine = flagsOf(an, a);
        MappedText base = a.text();
        Set<Flag> defaults = new LinkedHashSet<>(defaults(an.flags()));
        boolean consistent = articleText(an, a, defaults).text().equals(base.text());
        Map<Flag, List<ReviewFlag.Piece>> pieces = new HashMap<>();
        List<Flag> single = new ArrayList<>();
        List<Flag> inline = new ArrayList<>();
        for (Flag f : mine) {
            if (!consistent || !fixable(f)) {
                continue;
            }
            if (f.kind() == FlagKind.PAGE_FURNITURE) {
                ReviewFlag.Piece p = removal(base, f);
                if (p != null) {
                    pieces.put(f, List.of(p));
                }
                continue;
            }
            (INLINE.contains(f.kind()) ? inline : single).add(f);
        }
        if (!inline.isEmpty()) {
            // every in-line fix toggled at once: each difference belongs to the one flag whose raw span holds it
            Set<Flag> toggled = new LinkedHashSet<>(defaults);
            for (Flag f : inline) {
                if (!toggled.remove(f)) {
                    toggled.add(f);
                }
            }
            MappedText t = articleText(an, a, toggled);
            Set<Flag> unsure = new LinkedHashSet<>();
            for (Delta d : diff(base, t)) {
                List<Flag> owners = new ArrayList<>();
                for (Flag f : inline) {
                    if (holds(f, base, d.aStart(), d.aEnd()) && holds(f, t, d.bStart(), d.bEnd())) {
                        owners.add(f);
                    }
                }
                if (owners.size() == 1 && d.aEnd() - d.aStart() + d.bEnd() - d.bStart() > 0) {
                    pieces.computeIfAbsent(owners.get(0), k -> new ArrayList<>()).add(piece(owners.get(0), d,
                            base.text().substring(d.aStart(), d.aEnd()), t.text().substring(d.bStart(), d.bEnd())));
                } else {
                    int[] ra = hull(base, d.aStart(), d.aEnd());
                    int[] rb = hull(t, d.bStart(), d.bEnd());
                    int lo = Math.min(ra[0], rb[0]);
                    int hi = Math.max(ra[1], rb[1]);
                    for (Flag f : inline) {
                        if (f.start() <= hi && f.end() >= lo) {
                            unsure.add(f);
                        }
                    }
                }
            }
            for (Flag f : unsure) {
                pieces.remove(f);
            }
            single.addAll(unsure);
        }
        for (Flag f : single) {
            Set<Flag> toggled = new LinkedHashSet<>(defaults);
            if (!toggled.remove(f)) {
                toggled.add(f);
            }
            MappedText t = articleText(an, a, toggled);
            List<ReviewFlag.Piece> ps = new ArrayList<>();
            boolean local = true;
            for (Delta d : diff(base, t)) {
                // a fix that would change text it does not name (an article boundary moving, say) is not offered
                local &= holds(f, base, d.aStart(), d.aEnd()) && holds(f, t, d.bStart(), d.bEnd());
                ps.add(piece(f, d, base.text().substring(d.aStart(), d.aEnd()), t.text().substring(d.bStart(), d.bEnd())));
            }
            if (!ps.isEmpty() && local) {
                pieces.put(f, ps);
            }
        }
        // pieces of two flags must not overlap, or one decision would overwrite the other's text: structural
        // fixes (a join moving a block, a duplicate) win; an in-line fix inside such a piece is not offered
        List<Flag> order = new ArrayList<>(pieces.keySet());
        order.sort(java.util.Comparator.comparingInt((Flag f) -> INLINE.contains(f.kind()) ? 1 : 0)
                .thenComparingInt(Flag::start));
        List<ReviewFlag.Piece> kept = new ArrayList<>();
        for (Flag f : order) {
            boolean clash = false;
            for (ReviewFlag.Piece p : pieces.get(f)) {
                for (ReviewFlag.Piece q : kept) {
                    clash |= overlap(p, q);
                }
            }
            if (clash) {
                pieces.remove(f);
            } else {
                kept.addAll(pieces.get(f));
            }
        }
        List<ReviewFlag> out = new ArrayList<>(mine.size());
        for (Flag f : mine) {
            List<ReviewFlag.Piece> ps = pieces.get(f);
            boolean applied = consistent && appliedByDefault(f) && ps != null;
            if (ps == null) {
                int[] span = base.fromRaw(f.start(), f.end());
                int s = Math.min(span[0], base.length());
                int e = Math.max(s, Math.min(span[1], base.length()));
                String at = base.text().substring(s, e);
                ps = List.of(new ReviewFlag.Piece(s, e, at, at));
            }
            out.add(new ReviewFlag(f.kind(), f.msg(), ps, applied, true, f.start(), f.end(), FlagState.OPEN));
        }
        return out;
    }

    /**
     * Accepting page furniture removes exactly its characters from the article (with the spaces before it, and
     * with one paragraph break when it is a whole paragraph); null when the article does not hold it.
     */
    private static ReviewFlag.Piece removal(MappedText base, Flag f) {
        int[] span = base.fromRaw(f.start(), f.end());
        int s = Math.min(span[0], base.length());
        int e = Math.max(s, Math.min(span[1], base.length()));
        if (e <= s || !holds(f, base, s, e)) {
            return null;
        }
        String t = base.text();
        while (s > 0 && (t.charAt(s - 1) == ' ' || t.charAt(s - 1) == '\u3000')) {
            s--;
        }
        boolean paraStart = s == 0 || t.charAt(s - 1) == '\n';
        boolean paraEnd = e == t.length() || t.charAt(e) == '\n';
        if (paraStart && paraEnd) {
            if (t.startsWith("\n\n", e)) {
                e += 2;
            } else if (s >= 2 && t.startsWith("\n\n", s - 2)) {
                s -= 2;
            }
        }
        return new ReviewFlag.Piece(s, e, "", t.substring(s, e));
    }

    /** The piece of a difference: {@code baseText} is what the engine's text holds, {@code otherText} the toggle. */
    private static ReviewFlag.Piece piece(Flag f, Delta d, String baseText, String otherText) {
        boolean applied = appliedByDefault(f);
        return new ReviewFlag.Piece(d.aStart(), d.aEnd(), applied ? baseText : otherText, applied ? otherText : baseText);
    }

    /** Whether two pieces share a character, or one's empty span lies strictly inside the other. */
    static boolean overlap(ReviewFlag.Piece p, ReviewFlag.Piece q) {
        return p.start() < q.end() && q.start() < p.end()
                || p.start() == p.end() && p.start() > q.start() && p.start() < q.end()
                || q.start() == q.end() && q.start() > p.start() && q.start() < p.end()
                || p.start() == p.end() && q.start() == q.end() && p.start() == q.start();
    }

    /** Whether every character of {@code t[from,to)} came from inside the flag's raw span (insertions: at its edges). */
    private static boolean holds(Flag f, MappedText t, int from, int to) {
        for (int i = from; i < to; i++) {
            int rs = t.rawStart(i);
            int re = t.rawEnd(i);
            if (rs < f.start() || re > f.end() || rs == re && (rs < f.start() || rs > f.end())) {
                return false;
            }
        }
        return true;
    }

    private static int[] hull(MappedText t, int from, int to) {
        if (to <= from) {
            int p = from < t.length() ? t.rawStart(from) : from > 0 ? t.rawEnd(from - 1) : 0;
            return new int[] {p, p};
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = from; i < to; i++) {
            lo = Math.min(lo, t.rawStart(i));
            hi = Math.max(hi, t.rawEnd(i));
        }
        return new int[] {lo, hi};
    }

    /**
     * The differences of two mapped texts, matching characters by their raw origin and value. Common head and
     * tail are trimmed; java-diff-utils (Myers) diffs the rest.
     */
    static List<Delta> diff(MappedText a, MappedText b) {
        List<Delta> out = new ArrayList<>();
        int max = Math.min(a.length(), b.length());
        int pre = 0;
        while (pre < max && key(a, pre) == key(b, pre)) {
            pre++;
        }
        int suf = 0;
        while (suf < max - pre && key(a, a.length() - 1 - suf) == key(b, b.length() - 1 - suf)) {
            suf++;
        }
        int aEnd = a.length() - suf;
        int bEnd = b.length() - suf;
        if (pre == aEnd && pre == bEnd) {
            return out;
        }
        if (pre == aEnd || pre == bEnd) {
            out.add(new Delta(pre, aEnd, pre, bEnd));
            return out;
        }
        List<Long> ka = new ArrayList<>(aEnd - pre);
        for (int i = pre; i < aEnd; i++) {
            ka.add(key(a, i));
        }
        List<Long> kb = new ArrayList<>(bEnd - pre);
        for (int i = pre; i < bEnd; i++) {
            kb.add(key(b, i));
        }
        for (AbstractDelta<Long> d : DiffUtils.diff(ka, kb).getDeltas()) {
            int as = pre + d.getSource().getPosition();
            int bs = pre + d.getTarget().getPosition();
            out.add(new Delta(as, as + d.getSource().size(), bs, bs + d.getTarget().size()));
        }
        return out;
    }

    /** A character's identity: where in the raw page it came from, and what it is. */
    private static long key(MappedText t, int i) {
        return ((long) t.rawStart(i) << 40) ^ ((long) (t.rawEnd(i) & 0xFFFFFF) << 16) ^ t.charAt(i);
    }
}
