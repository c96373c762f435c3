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
        /** The inverse of {@link #moveAToB}: for B text inside a moved block, its A character; -1 elsewhere. */
        int[] moveBToA;
    }

    private final String A;
    private final String B;
    private final char[] ca;
    private final char[] cb;
    private final Normalized na;
    private final Normalized nb;

    Aligner(Normalized na, Normalized nb) {
        this.na = na;
        this.nb = nb;
        this.A = na.s;
        this.B = nb.s;
        this.ca = A.toCharArray();
        this.cb = B.toCharArray();
    }

    Result run() {
        Result r = new Result();
        int n = A.length();
        int m = B.length();
        r.aToB = new int[n];
        r.bToA = new int[m];
        r.moveAToB = new int[n];
        r.moveBToA = new int[m];
        Arrays.fill(r.aToB, -1);
        Arrays.fill(r.bToA, -1);
        Arrays.fill(r.moveAToB, -1);
        Arrays.fill(r.moveBToA, -1);

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
            diffRegion(qa, qb, inner, k, r.moveAToB, r.moveBToA, r.edits);
        }
        return r;
    }

    // ---------------------------------------------------------------- anchors and matches

    private List<Mem> maximalMatches() {
        int n = ca.length;
        int m = cb.length;
        List<Mem> out = new ArrayList<>();
        if (n == 0 || m == 0) {
            return out;
        }
        // 1. paragraphs whose text is the same on both sides and unique on each (most of the page, usually)
        int blocksA = na.blockStart.length - 1;
        int[] pairOfA = new int[blocksA];
        Arrays.fill(pairOfA, -1);
        boolean[] coveredB = new boolean[m];
        Map<String, Integer> inBlocksB = new HashMap<>();
        for (int y = 0; y + 1 < nb.blockStart.length; y++) {
            int s = nb.blockStart[y];
            int e = nb.blockStart[y + 1];
            if (e - s >= K) {
                inBlocksB.merge(B.substring(s, e), y, (u, v) -> -1);
            }
        }
        Map<String, Integer> inBlocksA = new HashMap<>();
        for (int x = 0; x < blocksA; x++) {
            int s = na.blockStart[x];
            int e = na.blockStart[x + 1];
            if (e - s >= K) {
                inBlocksA.merge(A.substring(s, e), x, (u, v) -> -1);
            }
        }
        for (Map.Entry<String, Integer> ea : inBlocksA.entrySet()) {
            Integer y = inBlocksB.get(ea.getKey());
            if (ea.getValue() >= 0 && y != null && y >= 0) {
                pairOfA[ea.getValue()] = y;
                Arrays.fill(coveredB, nb.blockStart[y], nb.blockStart[y + 1], true);
            }
        }
        // 2. 4-grams outside those paragraphs that occur once in B and once in A. A is scanned left to right,
        // jumping over every match found
        int grams = 0;
        for (int j = K - 1; j < m; j++) {
            if (!(coveredB[j - K + 1] && coveredB[j])) {
                grams++;
            }
        }
        LongIntMap inB = new LongIntMap(grams);
        long k = 0;
        for (int j = 0; j < m; j++) {
            k = (k << 16) | cb[j];
            if (j >= K - 1 && !(coveredB[j - K + 1] && coveredB[j])) {
                inB.add(k, j - K + 1);
            }
        }
        // and of A, so that a 4-gram anchors only when it occurs once on each side
        boolean[] coveredA = new boolean[n];
        for (int x = 0; x < blocksA; x++) {
            if (pairOfA[x] >= 0) {
                Arrays.fill(coveredA, na.blockStart[x], na.blockStart[x + 1], true);
            }
        }
        int gramsA = 0;
        for (int i = K - 1; i < n; i++) {
            if (!(coveredA[i - K + 1] && coveredA[i])) {
                gramsA++;
            }
        }
        LongIntMap inA = new LongIntMap(gramsA);
        k = 0;
        for (int i = 0; i < n; i++) {
            k = (k << 16) | ca[i];
            if (i >= K - 1 && !(coveredA[i - K + 1] && coveredA[i])) {
                inA.add(k, i - K + 1);
            }
        }
        Map<Integer, Integer> diagEnd = new HashMap<>();
        k = 0;
        int filled = 0;
        for (int i = 0; i < n; i++) {
            k = (k << 16) | ca[i];
            filled++;
            int s;
            int j;
            int known;
            int pair = na.atBlockStart(i) ? pairOfA[na.block[i]] : -1;
            if (pair >= 0) {
                s = i;
                j = nb.blockStart[pair];
                known = nb.blockStart[pair + 1] - j;
            } else if (filled >= K) {
                s = i - K + 1;
                j = inB.get(k);
                if (j < 0 || inA.get(k) != s) {
                    continue; // absent or repeated in B, or repeated in A
                }
                known = K;
            } else {
                continue;
            }
            int d = j - s;
            Integer end = diagEnd.get(d);
            if (end != null && s < end) {
                continue;
            }
            int e = s + known;
            int f = j + known;
            while (s > 0 && j > 0 && ca[s - 1] == cb[j - 1]) {
                s--;
                j--;
            }
            while (e < n && f < m && ca[e] == cb[f]) {
                e++;
                f++;
            }
            diagEnd.put(d, e);
            out.add(new Mem(s, j, e - s));
            if (e - 1 > i) {
                // jump: the next 4-gram looked up is the one ending just after the match
                i = e - 1;
                k = 0;
                filled = 0;
                for (int x = Math.max(0, e - K + 1); x <= e - 1; x++) {
                    k = (k << 16) | ca[x];
                    filled++;
                }
            }
        }
        out.sort(Comparator.comparingInt(Mem::a).thenComparingInt(Mem::b));
        return out;
    }

    /**
     * A match that runs a few characters past a paragraph end that both sides share ("…汇报。" + "为" of the next
     * paragraph) is a coincidence of the next paragraphs' first characters: it stops at that paragraph edge.
     */
    private Mem trimAtSharedBlockEdges(Mem c) {
        int first = Math.min(firstEdge(na, c.a, c.len), firstEdge(nb, c.b, c.len));
        int last = Math.max(lastEdge(na, c.a, c.len), lastEdge(nb, c.b, c.len));
        if (first == Integer.MAX_VALUE) {
            first = -1;
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

    /** Offset in {@code [1,len)} of the first block start inside {@code t[from, from+len)}, or MAX_VALUE. */
    private static int firstEdge(Normalized t, int from, int len) {
        int e = t.blockStart[t.block[from] + 1];
        return e - from < len ? e - from : Integer.MAX_VALUE;
    }

    /** Offset in {@code [1,len)} of the last block start inside {@code t[from, from+len)}, or -1. */
    private static int lastEdge(Normalized t, int from, int len) {
        int s = t.blockStart[t.block[from + len - 1]];
        return s > from ? s - from : -1;
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
        bToA[b] = a;
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
        // equal tokens at both ends, then the middle: small enough to be one edit, or diffed
        int p = 0;
        while (p < ta.size() && p < tb.size() && ta.get(p).equals(tb.get(p))) {
            p++;
        }
        int q = 0;
        while (q < ta.size() - p && q < tb.size() - p
                && ta.get(ta.size() - 1 - q).equals(tb.get(tb.size() - 1 - q))) {
            q++;
        }
        int ma = ta.size() - p - q;
        int mb = tb.size() - p - q;
        List<int[]> raw = new ArrayList<>();
        if (ma == 0 && mb == 0) {
            // nothing differs
        } else if (ma == 0 || mb == 0 || Math.min(oa[p + ma] - oa[p], ob[p + mb] - ob[p]) <= GROUP_GAP) {
            // any equal text inside would be absorbed by the grouping below: one edit
            raw.add(new int[] {p, p + ma, p, p + mb});
        } else if ((long) ma * mb > 50_000_000L) {
            // two long stretches with nothing in common to anchor on: one replace, not minutes of diffing
            raw.add(new int[] {p, p + ma, p, p + mb});
        } else {
            List<String> sa0 = ta.subList(p, p + ma);
            List<String> sb0 = tb.subList(p, p + mb);
            List<AbstractDelta<String>> deltas = (long) ma * mb > 4_000_000L
                    ? DiffUtils.diff(sa0, sb0, new MyersDiffWithLinearSpace<String>()).getDeltas()
                    : DiffUtils.diff(sa0, sb0).getDeltas();
            for (AbstractDelta<String> d : deltas) {
                int x = p + d.getSource().getPosition();
                int y = p + d.getTarget().getPosition();
                raw.add(new int[] {x, x + d.getSource().size(), y, y + d.getTarget().size()});
            }
        }
        // group edits: merge when the equal text between them is short
        List<int[]> groups = new ArrayList<>(); // token ranges {sa, ea, sb, eb, weightPrev}
        for (int[] d : raw) {
            int sa = d[0];
            int ea = d[1];
            int sb = d[2];
            int eb = d[3];
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
        private final int shift;
        private final int mask;
        private boolean zeroUsed;
        private int zeroVal = -1;

        LongIntMap(int expected) {
            int bits = 32 - Integer.numberOfLeadingZeros(Math.max(16, expected * 2 + 1));
            keys = new long[1 << bits];
            vals = new int[1 << bits];
            shift = 64 - bits;
            mask = (1 << bits) - 1;
        }

        private int slot(long k) {
            int i = (int) ((k * 0x9E3779B97F4A7C15L) >>> shift);
            while (keys[i] != 0 && keys[i] != k) {
                i = (i + 1) & mask;
            }
            return i;
        }

        /** Records key {@code k} (never 0 for real text, kept aside if it is) at position {@code v}. */
        void add(long k, int v) {
            if (k == 0) {
                zeroVal = zeroUsed ? -2 : v;
                zeroUsed = true;
                return;
            }
            int i = slot(k);
            if (keys[i] == k) {
                vals[i] = -2;
            } else {
                keys[i] = k;
                vals[i] = v;
            }
        }

        int get(long k) {
            if (k == 0) {
                return zeroUsed ? zeroVal : -1;
            }
            int i = slot(k);
            return keys[i] == k ? vals[i] : -1;
        }
    }
}
