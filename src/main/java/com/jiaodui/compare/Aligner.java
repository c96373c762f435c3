package com.jiaodui.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns two normalized texts and finds their differences:
 * <ol>
 *   <li>anchors: 4-character strings that occur exactly once in each text, extended to maximal exact matches;</li>
 *   <li>the heaviest chain of matches in the same order on both sides is the text in place;</li>
 *   <li>the other long matches, clustered, are blocks printed in another place: moves;</li>
 *   <li>with the moved blocks taken out, the gaps between the chained matches (and inside each moved block) are
 *       diffed token by token with java-diff-utils (a token is one character, or a run of Latin letters or
 *       digits), and the edits are grouped the way a reader sees them.</li>
 * </ol>
 * Works on normalized indexes; {@link Comparer} turns the result into raw spans.
 */
final class Aligner {
    static final int K = 4;
    /** Edits separated by at most this many equal characters are one difference. */
    static final int GROUP_GAP = 2;
    /** Pieces of one moved block may be separated by edits this long. */
    static final int MOVE_GAP = 24;
    /** A match running fewer characters than this past a paragraph edge both sides share is cut there. */
    static final int EDGE = 16;
    /** A move that is not whole blocks on both sides must match at least this many characters. */
    static final int MIN_MOVE = 10;

    /** An exact match of {@code len} characters at {@code a} in A and {@code b} in B. */
    record Mem(int a, int b, int len) {
        int aEnd() {
            return a + len;
        }

        int bEnd() {
            return b + len;
        }
    }

    /** An edit in normalized indexes: A {@code [a0,a1)} becomes B {@code [b0,b1)}; {@code move} = index of its move or -1. */
    record Edit(int a0, int a1, int b0, int b1, int move) {}

    /** A moved block: A {@code [a0,a1)} is printed at B {@code [b0,b1)}. */
    record Move(int a0, int a1, int b0, int b1, List<Mem> pieces) {}

    static final class Result {
        final List<Move> moves = new ArrayList<>();
        final List<Edit> edits = new ArrayList<>();
        /** For every A index, the B index it is aligned to in place (moves excluded), or -1. */
        int[] aToB;
        int[] bToA;
        /** For every A index inside a move, the B index it is aligned to in the moved copy, or -1. */
        int[] moveAToB;
    }

    private final String A;
    private final String B;
    private final Normalized na;
    private final Normalized nb;

    Aligner(Normalized na, Normalized nb) {
        this.na = na;
        this.nb = nb;
        this.A = na.s;
        this.B = nb.s;
    }

    Result run() {
        Result r = new Result();
        int n = A.length();
        int m = B.length();
        r.aToB = new int[n];
        r.bToA = new int[m];
        r.moveAToB = new int[n];
        Arrays.fill(r.aToB, -1);
        Arrays.fill(r.bToA, -1);
        Arrays.fill(r.moveAToB, -1);

        List<Mem> mems = new ArrayList<>();
        for (Mem c : maximalMatches()) {
            Mem t = trimAtSharedBlockEdges(c);
            if (t != null) {
                mems.add(t);
            }
        }
        List<Mem> chain = heaviestChain(mems);
        // matches that overlapped the chain (text repeated next to an edit) may still be in place: their
        // uncovered parts get a second chance to join the chain
        List<Mem> again = new ArrayList<>(chain);
        again.addAll(uncoveredPieces(mems, chain));
        if (again.size() > chain.size()) {
            again.sort(Comparator.comparingInt(Mem::a).thenComparingInt(Mem::b));
            chain = heaviestChain(again);
        }
        List<Mem> shrunk = new ArrayList<>(chain.size());
        for (Mem c : chain) {
            Mem s = shrinkToTokens(c);
            if (s != null) {
                shrunk.add(s);
            }
        }
        chain = shrunk;
        findMoves(mems, chain, r);

        boolean[] movedA = new boolean[n];
        boolean[] movedB = new boolean[m];
        for (Move mv : r.moves) {
            Arrays.fill(movedA, mv.a0, mv.a1, true);
            Arrays.fill(movedB, mv.b0, mv.b1, true);
        }
        int[] pa = residual(movedA);
        int[] pb = residual(movedB);
        int[] ia = inverse(pa, n);
        int[] ib = inverse(pb, m);
        List<int[]> runs = new ArrayList<>(chain.size());
        for (Mem c : chain) {
            runs.add(new int[] {ia[c.a], ib[c.b], c.len});
        }
        diffRegion(pa, pb, runs, -1, r.aToB, r.bToA, r.edits);
        for (int k = 0; k < r.moves.size(); k++) {
            Move mv = r.moves.get(k);
            int[] qa = range(mv.a0, mv.a1);
            int[] qb = range(mv.b0, mv.b1);
            List<int[]> inner = new ArrayList<>();
            for (Mem p : mv.pieces) {
                inner.add(new int[] {p.a - mv.a0, p.b - mv.b0, p.len});
            }
            diffRegion(qa, qb, inner, k, r.moveAToB, null, r.edits);
        }
        return r;
    }

    // ---------------------------------------------------------------- anchors and matches

    private List<Mem> maximalMatches() {
        int n = A.length();
        int m = B.length();
        List<Mem> out = new ArrayList<>();
        if (n < K || m < K) {
            return out;
        }
        LongIntMap inB = new LongIntMap(m);
        for (int j = 0; j + K <= m; j++) {
            inB.add(key(B, j), j);
        }
        LongIntMap inA = new LongIntMap(n);
        for (int i = 0; i + K <= n; i++) {
            inA.add(key(A, i), i);
        }
        Map<Integer, Integer> diagEnd = new HashMap<>();
        for (int i = 0; i + K <= n; i++) {
            long k = key(A, i);
            if (inA.get(k) != i) {
                continue; // repeated in A
            }
            int j = inB.get(k);
            if (j < 0) {
                continue; // absent or repeated in B
            }
            int d = j - i;
            Integer end = diagEnd.get(d);
            if (end != null && i < end) {
                continue;
            }
            int s = i;
            int t = j;
            while (s > 0 && t > 0 && A.charAt(s - 1) == B.charAt(t - 1)) {
                s--;
                t--;
            }
            int e = i + K;
            int f = j + K;
            while (e < n && f < m && A.charAt(e) == B.charAt(f)) {
                e++;
                f++;
            }
            diagEnd.put(d, e);
            out.add(new Mem(s, t, e - s));
        }
        out.sort(Comparator.comparingInt(Mem::a).thenComparingInt(Mem::b));
        return out;
    }

    private static long key(String s, int i) {
        return ((long) s.charAt(i) << 48) | ((long) s.charAt(i + 1) << 32) | ((long) s.charAt(i + 2) << 16)
                | s.charAt(i + 3);
    }

    /**
     * A match that runs a few characters past a paragraph end that both sides share ("…汇报。" + "为" of the next
     * paragraph) is a coincidence of the next paragraphs' first characters: it stops at that paragraph edge.
     */
    private Mem trimAtSharedBlockEdges(Mem c) {
        int first = -1;
        int last = -1;
        for (int k = 1; k < c.len; k++) {
            if (na.atBlockStart(c.a + k) || nb.atBlockStart(c.b + k)) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        if (first < 0) {
            return c;
        }
        int s = first < EDGE ? first : 0;
        int e = c.len - last < EDGE ? last : c.len;
        if (first == last && s > 0 && e < c.len) {
            // both short parts meet at one edge: keep the longer
            return first >= c.len - first ? new Mem(c.a, c.b, first) : new Mem(c.a + first, c.b + first, c.len - first);
        }
        return e - s >= 1 ? new Mem(c.a + s, c.b + s, e - s) : null;
    }

    /** The heaviest set of non-overlapping matches in the same order on both sides (O(n log n)). */
    private List<Mem> heaviestChain(List<Mem> mems) {
        int n = mems.size();
        if (n == 0) {
            return List.of();
        }
        int m = B.length();
        long[] best = new long[n];
        int[] prev = new int[n];
        Integer[] byAEnd = new Integer[n];
        for (int i = 0; i < n; i++) {
            byAEnd[i] = i;
        }
        Arrays.sort(byAEnd, Comparator.comparingInt(i -> mems.get(i).aEnd()));
        // Fenwick tree over bEnd (1..m): prefix maximum of best, with its index
        long[] fv = new long[m + 2];
        int[] fi = new int[m + 2];
        Arrays.fill(fi, -1);
        int act = 0;
        for (int i = 0; i < n; i++) {
            Mem c = mems.get(i);
            while (act < n && mems.get(byAEnd[act]).aEnd() <= c.a) {
                int j = byAEnd[act++];
                for (int x = mems.get(j).bEnd(); x <= m + 1; x += x & -x) {
                    if (best[j] > fv[x]) {
                        fv[x] = best[j];
                        fi[x] = j;
                    }
                }
            }
            long q = 0;
            int qi = -1;
            for (int x = c.b; x > 0; x -= x & -x) {
                if (fv[x] > q) {
                    q = fv[x];
                    qi = fi[x];
                }
            }
            best[i] = q + c.len;
            prev[i] = qi;
        }
        int top = 0;
        for (int i = 1; i < n; i++) {
            if (best[i] > best[top]) {
                top = i;
            }
        }
        List<Mem> chain = new ArrayList<>();
        for (int i = top; i >= 0; i = prev[i]) {
            chain.add(mems.get(i));
        }
        java.util.Collections.reverse(chain);
        return chain;
    }

    /** Narrows a match so that it neither starts nor ends inside a Latin word or a number. */
    private Mem shrinkToTokens(Mem c) {
        int a = c.a;
        int b = c.b;
        int e = c.aEnd();
        while (a < e && (!Tokens.boundary(A, a) || !Tokens.boundary(B, b))) {
            a++;
            b++;
        }
        while (e > a && (!Tokens.boundary(A, e) || !Tokens.boundary(B, b + (e - a)))) {
            e--;
        }
        return e > a ? new Mem(a, b, e - a) : null;
    }

    /** The parts (at least K long) of matches outside the chain that overlap no chained match on either side. */
    private List<Mem> uncoveredPieces(List<Mem> mems, List<Mem> chain) {
        boolean[] usedA = new boolean[A.length()];
        boolean[] usedB = new boolean[B.length()];
        for (Mem c : chain) {
            Arrays.fill(usedA, c.a, c.aEnd(), true);
            Arrays.fill(usedB, c.b, c.bEnd(), true);
        }
        List<Mem> out = new ArrayList<>();
        for (Mem c : mems) {
            int t = 0;
            while (t < c.len) {
                while (t < c.len && (usedA[c.a + t] || usedB[c.b + t])) {
                    t++;
                }
                int s = t;
                while (t < c.len && !usedA[c.a + t] && !usedB[c.b + t]) {
                    t++;
                }
                if (t - s >= K) {
                    out.add(new Mem(c.a + s, c.b + s, t - s));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- moves

    private void findMoves(List<Mem> mems, List<Mem> chain, Result r) {
        int n = A.length();
        int m = B.length();
        boolean[] usedA = new boolean[n];
        boolean[] usedB = new boolean[m];
        int[] chainA = new int[n + 1];
        int[] chainB = new int[m + 1];
        for (Mem c : chain) {
            Arrays.fill(usedA, c.a, c.aEnd(), true);
            Arrays.fill(usedB, c.b, c.bEnd(), true);
        }
        for (int i = 0; i < n; i++) {
            chainA[i + 1] = chainA[i] + (usedA[i] ? 1 : 0);
        }
        for (int j = 0; j < m; j++) {
            chainB[j + 1] = chainB[j] + (usedB[j] ? 1 : 0);
        }
        List<Mem> cands = uncoveredPieces(mems, chain);
        cands.sort(Comparator.comparingInt(Mem::len).reversed());
        List<Mem> pieces = new ArrayList<>();
        for (Mem c : cands) {
            // the parts still free on both sides (a longer piece may have taken an edge)
            int t = 0;
            while (t < c.len) {
                while (t < c.len && (usedA[c.a + t] || usedB[c.b + t])) {
                    t++;
                }
                int s0 = t;
                while (t < c.len && !usedA[c.a + t] && !usedB[c.b + t]) {
                    t++;
                }
                if (t - s0 >= K) {
                    Mem p = shrinkToTokens(new Mem(c.a + s0, c.b + s0, t - s0));
                    if (p != null && p.len >= K) {
                        Arrays.fill(usedA, p.a, p.aEnd(), true);
                        Arrays.fill(usedB, p.b, p.bEnd(), true);
                        pieces.add(p);
                    }
                }
            }
        }
        pieces.sort(Comparator.comparingInt(Mem::a));
        // cluster pieces that follow each other on both sides with no text in place between them
        List<List<Mem>> clusters = new ArrayList<>();
        List<Mem> cur = null;
        for (Mem p : pieces) {
            if (cur != null) {
                Mem q = cur.get(cur.size() - 1);
                boolean joins = p.a >= q.aEnd() && p.b >= q.bEnd()
                        && p.a - q.aEnd() <= MOVE_GAP && p.b - q.bEnd() <= MOVE_GAP
                        && chainA[p.a] == chainA[q.aEnd()] && chainB[p.b] == chainB[q.bEnd()];
                if (joins) {
                    cur.add(p);
                    continue;
                }
            }
            cur = new ArrayList<>();
            cur.add(p);
            clusters.add(cur);
        }
        List<Move> moves = new ArrayList<>();
        for (List<Mem> cl : clusters) {
            Mem f = cl.get(0);
            Mem l = cl.get(cl.size() - 1);
            int matched = 0;
            for (Mem p : cl) {
                matched += p.len;
            }
            // equal text next to the move that nothing else took (cut at a paragraph edge) moves with it
            int a0 = f.a;
            int b0 = f.b;
            while (a0 > 0 && b0 > 0 && !usedA[a0 - 1] && !usedB[b0 - 1] && A.charAt(a0 - 1) == B.charAt(b0 - 1)) {
                a0--;
                b0--;
                usedA[a0] = true;
                usedB[b0] = true;
            }
            int a1 = l.aEnd();
            int b1 = l.bEnd();
            while (a1 < n && b1 < m && !usedA[a1] && !usedB[b1] && A.charAt(a1) == B.charAt(b1)) {
                usedA[a1] = true;
                usedB[b1] = true;
                a1++;
                b1++;
            }
            // a moved paragraph whose first or last words were edited: the edited edge belongs to the move
            a0 = extendToBlockStart(na, a0, usedA);
            a1 = extendToBlockEnd(na, a1, usedA);
            b0 = extendToBlockStart(nb, b0, usedB);
            b1 = extendToBlockEnd(nb, b1, usedB);
            // identical whole blocks next to a moved block on both sides (its heading) move with it
            while (a0 > 0 && b0 > 0 && na.atBlockStart(a0) && nb.atBlockStart(b0)) {
                int pa = na.blockStart[na.block[a0 - 1]];
                int pb = nb.blockStart[nb.block[b0 - 1]];
                if (!sameFree(pa, a0, pb, b0, usedA, usedB)) {
                    break;
                }
                a0 = pa;
                b0 = pb;
            }
            while (a1 < n && b1 < m && na.atBlockEnd(a1) && nb.atBlockEnd(b1)) {
                int ea = na.blockStart[na.block[a1] + 1];
                int eb = nb.blockStart[nb.block[b1] + 1];
                if (!sameFree(a1, ea, b1, eb, usedA, usedB)) {
                    break;
                }
                a1 = ea;
                b1 = eb;
            }
            boolean wholeBlocks = wholeBlocks(na, a0, a1) && wholeBlocks(nb, b0, b1);
            if (matched >= MIN_MOVE || wholeBlocks) {
                moves.add(new Move(a0, a1, b0, b1, List.copyOf(cl)));
            }
        }
        // moves must not overlap on B either (clusters are disjoint on A by construction)
        moves.sort(Comparator.comparingInt(Move::b0));
        List<Move> kept = new ArrayList<>();
        int lastB = -1;
        for (Move mv : moves) {
            if (mv.b0 >= lastB) {
                kept.add(mv);
                lastB = mv.b1;
            }
        }
        kept.sort(Comparator.comparingInt(Move::a0));
        r.moves.addAll(kept);
    }

    private boolean sameFree(int a0, int a1, int b0, int b1, boolean[] usedA, boolean[] usedB) {
        if (a1 - a0 != b1 - b0 || !A.regionMatches(a0, B, b0, a1 - a0)) {
            return false;
        }
        for (int i = a0; i < a1; i++) {
            if (usedA[i] || usedB[b0 + i - a0]) {
                return false;
            }
        }
        return true;
    }

    private static int extendToBlockStart(Normalized t, int from, boolean[] used) {
        if (from >= t.length()) {
            return from;
        }
        int s = t.blockStart[t.block[from]];
        if (from - s > MOVE_GAP) {
            return from;
        }
        for (int i = s; i < from; i++) {
            if (used[i]) {
                return from;
            }
        }
        return s;
    }

    private static int extendToBlockEnd(Normalized t, int to, boolean[] used) {
        if (to <= 0) {
            return to;
        }
        int e = t.blockStart[t.block[to - 1] + 1];
        if (e - to > MOVE_GAP) {
            return to;
        }
        for (int i = to; i < e; i++) {
            if (used[i]) {
                return to;
            }
        }
        return e;
    }

    /** Whether {@code [from,to)} starts and ends at block edges (one character of slack for punctuation). */
    private static boolean wholeBlocks(Normalized t, int from, int to) {
        boolean s = t.atBlockStart(from) || from > 0 && t.atBlockStart(from - 1) || t.atBlockStart(from + 1);
        boolean e = t.atBlockEnd(to) || t.atBlockEnd(to + 1) || to > 1 && t.atBlockEnd(to - 1);
        return s && e;
    }

    // ---------------------------------------------------------------- diff inside aligned regions

    private static int[] residual(boolean[] moved) {
        int c = 0;
        for (boolean x : moved) {
            if (!x) {
                c++;
            }
        }
        int[] r = new int[c];
        int k = 0;
        for (int i = 0; i < moved.length; i++) {
            if (!moved[i]) {
                r[k++] = i;
            }
        }
        return r;
    }

    private static int[] inverse(int[] p, int n) {
        int[] inv = new int[n];
        Arrays.fill(inv, -1);
        for (int i = 0; i < p.length; i++) {
            inv[p[i]] = i;
        }
        return inv;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    /**
     * Diffs the positions {@code pa} of A against {@code pb} of B, given runs {ia, ib, len} known to be equal
     * (in order), recording aligned pairs and edits.
     */
    private void diffRegion(int[] pa, int[] pb, List<int[]> runs, int move, int[] aToB, int[] bToA,
                            List<Edit> edits) {
        int pi = 0;
        int pj = 0;
        List<int[]> all = new ArrayList<>(runs);
        all.add(new int[] {pa.length, pb.length, 0});
        for (int[] run : all) {
            diffGap(pa, pi, run[0], pb, pj, run[1], move, aToB, bToA, edits);
            for (int t = 0; t < run[2]; t++) {
                pair(pa[run[0] + t], pb[run[1] + t], aToB, bToA);
            }
            pi = run[0] + run[2];
            pj = run[1] + run[2];
        }
    }

    private static void pair(int a, int b, int[] aToB, int[] bToA) {
        aToB[a] = b;
        if (bToA != null) {
            bToA[b] = a;
        }
    }

    private void diffGap(int[] pa, int i0, int i1, int[] pb, int j0, int j1, int move, int[] aToB, int[] bToA,
                         List<Edit> edits) {
        if (i0 >= i1 && j0 >= j1) {
            return;
        }
        if (i0 >= i1 || j0 >= j1) {
            emit(pa, i0, i1, pb, j0, j1, move, edits);
            return;
        }
        List<String> ta = Tokens.split(A, pa, i0, i1);
        List<String> tb = Tokens.split(B, pb, j0, j1);
        // token start offsets (relative to i0 / j0)
        int[] oa = offsets(ta);
        int[] ob = offsets(tb);
        List<AbstractDelta<String>> deltas;
        if ((long) ta.size() * tb.size() > 50_000_000L) {
            // two long stretches with nothing in common to anchor on: one replace, not minutes of diffing
            emit(pa, i0, i1, pb, j0, j1, move, edits);
            return;
        }
        if ((long) ta.size() * tb.size() > 4_000_000L) {
            deltas = DiffUtils.diff(ta, tb, new MyersDiffWithLinearSpace<String>()).getDeltas();
        } else {
            deltas = DiffUtils.diff(ta, tb).getDeltas();
        }
        // group edits: merge when the equal text between them is short
        List<int[]> groups = new ArrayList<>(); // token ranges {sa, ea, sb, eb, weightPrev}
        for (AbstractDelta<String> d : deltas) {
            int sa = d.getSource().getPosition();
            int ea = sa + d.getSource().size();
            int sb = d.getTarget().getPosition();
            int eb = sb + d.getTarget().size();
            int weight = Math.max(oa[ea] - oa[sa], ob[eb] - ob[sb]);
            if (!groups.isEmpty()) {
                int[] g = groups.get(groups.size() - 1);
                int gap = oa[sa] - oa[g[1]];
                if (gap <= GROUP_GAP || gap <= g[4] && gap <= weight) {
                    // equal tokens between are absorbed
                    g[1] = ea;
                    g[3] = eb;
                    g[4] = Math.max(g[4], weight);
                    continue;
                }
            }
            groups.add(new int[] {sa, ea, sb, eb, weight});
        }
        // aligned pairs between groups
        int ca = 0;
        int cb = 0;
        for (int[] g : groups) {
            for (int t = oa[ca]; t < oa[g[0]]; t++) {
                pair(pa[i0 + t], pb[j0 + ob[cb] + (t - oa[ca])], aToB, bToA);
            }
            emit(pa, i0 + oa[g[0]], i0 + oa[g[1]], pb, j0 + ob[g[2]], j0 + ob[g[3]], move, edits);
            ca = g[1];
            cb = g[3];
        }
        for (int t = oa[ca]; t < oa[ta.size()]; t++) {
            pair(pa[i0 + t], pb[j0 + ob[cb] + (t - oa[ca])], aToB, bToA);
        }
    }

    private static int[] offsets(List<String> tokens) {
        int[] o = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            o[i + 1] = o[i] + tokens.get(i).length();
        }
        return o;
    }

    /** Emits an edit over positions pa[i0..i1) / pb[j0..j1), split where the positions are not contiguous. */
    private static void emit(int[] pa, int i0, int i1, int[] pb, int j0, int j1, int move, List<Edit> edits) {
        List<int[]> sa = contiguous(pa, i0, i1);
        List<int[]> sb = contiguous(pb, j0, j1);
        int pointA = i0 < pa.length ? pa[i0] : (pa.length == 0 ? 0 : pa[pa.length - 1] + 1);
        int pointB = j0 < pb.length ? pb[j0] : (pb.length == 0 ? 0 : pb[pb.length - 1] + 1);
        if (i0 > 0 && i0 >= i1) {
            pointA = pa[i0 - 1] + 1;
        }
        if (j0 > 0 && j0 >= j1) {
            pointB = pb[j0 - 1] + 1;
        }
        int k = Math.max(sa.size(), sb.size());
        for (int x = 0; x < k; x++) {
            int[] ra = x < sa.size() ? sa.get(x) : null;
            int[] rb = x < sb.size() ? sb.get(x) : null;
            int a0 = ra != null ? ra[0] : (sa.isEmpty() ? pointA : sa.get(sa.size() - 1)[1]);
            int a1 = ra != null ? ra[1] : a0;
            int b0 = rb != null ? rb[0] : (sb.isEmpty() ? pointB : sb.get(sb.size() - 1)[1]);
            int b1 = rb != null ? rb[1] : b0;
            edits.add(new Edit(a0, a1, b0, b1, move));
        }
    }

    private static List<int[]> contiguous(int[] p, int from, int to) {
        List<int[]> out = new ArrayList<>(1);
        int s = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || p[i] != p[i - 1] + 1) {
                if (i > s) {
                    out.add(new int[] {p[s], p[i - 1] + 1});
                }
                s = i;
            }
        }
        return out;
    }

    /** A small open-addressing map from long keys to a position; -1 when absent, -2 when repeated. */
    static final class LongIntMap {
        private final long[] keys;
        private final int[] vals;
        private final boolean[] used;
        private final int mask;

        LongIntMap(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1;
            keys = new long[cap];
            vals = new int[cap];
            used = new boolean[cap];
            mask = cap - 1;
        }

        private int slot(long k) {
            long h = k * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (used[i] && keys[i] != k) {
                i = (i + 1) & mask;
            }
            return i;
        }

        void add(long k, int v) {
            int i = slot(k);
            if (used[i]) {
                vals[i] = -2;
            } else {
                used[i] = true;
                keys[i] = k;
                vals[i] = v;
            }
        }

        int get(long k) {
            int i = slot(k);
            return used[i] ? vals[i] : -1;
        }
    }
}
