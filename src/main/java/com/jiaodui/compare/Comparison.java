package com.jiaodui.compare;

import com.jiaodui.text.Block;
import com.jiaodui.text.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of comparing version A (left) with version B (right): the differences with raw spans on both
 * sides, the rows of aligned blocks for a side-by-side view, offset mapping between the sides for synchronized
 * scrolling, and a {@link Merge} to build a merged text. Immutable; a merge is a separate mutable object.
 */
public final class Comparison {
    private final CompareOptions options;
    final Normalized na;
    final Normalized nb;
    private final Aligner.Result alignment;
    private final List<Difference> differences;
    private volatile List<Row> rows;
    /** For every normalized B index p: the normalized A index where B's text at p belongs (in place). */
    private final int[] aPointOfB;
    private final int[] bPointOfA;

    Comparison(CompareOptions options, Normalized na, Normalized nb, Aligner.Result alignment,
               List<Difference> differences) {
        this.options = options;
        this.na = na;
        this.nb = nb;
        this.alignment = alignment;
        this.differences = differences;
        this.aPointOfB = points(alignment.bToA, nb.length());
        this.bPointOfA = points(alignment.aToB, na.length());
    }

    private static int[] points(int[] toOther, int n) {
        int[] p = new int[n + 1];
        int last = 0;
        for (int i = 0; i < n; i++) {
            p[i] = last;
            if (toOther[i] >= 0) {
                last = toOther[i] + 1;
                p[i] = toOther[i];
            }
        }
        p[n] = last;
        return p;
    }

    public CompareOptions options() {
        return options;
    }

    public Page pageA() {
        return na.page;
    }

    public Page pageB() {
        return nb.page;
    }

    public Page page(Side side) {
        return side == Side.A ? na.page : nb.page;
    }

    public String rawA() {
        return na.raw;
    }

    public String rawB() {
        return nb.raw;
    }

    /** All differences, moves and the differences inside moved blocks included, ordered by their place in A. */
    public List<Difference> differences() {
        return differences;
    }

    /** The moves only. */
    public List<Difference> moves() {
        return differences.stream().filter(Difference::isMove).toList();
    }

    /** The differences whose span on {@code side} meets raw {@code [from,to)}. */
    public List<Difference> differencesIn(Side side, int from, int to) {
        return differences.stream().filter(d -> d.span(side).meets(from, to)).toList();
    }

    /** The first difference whose A span starts after raw offset {@code rawA} (F7), or null. */
    public Difference next(Side side, int raw) {
        Difference best = null;
        for (Difference d : differences) {
            int s = d.span(side).start();
            if (s > raw && (best == null || s < best.span(side).start())) {
                best = d;
            }
        }
        return best;
    }

    /** The last difference whose span on {@code side} starts before raw offset {@code raw} (Shift+F7), or null. */
    public Difference previous(Side side, int raw) {
        Difference best = null;
        for (Difference d : differences) {
            int s = d.span(side).start();
            if (s < raw && (best == null || s >= best.span(side).start())) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The raw offset in B that corresponds to raw offset {@code rawA} in A (text in place; for text inside a moved
     * block, its place in the moved copy): what the other pane scrolls to.
     */
    public int toB(int rawA) {
        int i = na.text.fromRaw(rawA);
        if (i >= na.length()) {
            return nb.rawPoint(bPointOfA[na.length()]);
        }
        if (alignment.moveAToB[i] >= 0) {
            return nb.text.rawStart(alignment.moveAToB[i]);
        }
        return alignment.aToB[i] >= 0 ? nb.text.rawStart(alignment.aToB[i]) : nb.rawPoint(bPointOfA[i]);
    }

    /** The raw offset in A that corresponds to raw offset {@code rawB} in B. */
    public int toA(int rawB) {
        int j = nb.text.fromRaw(rawB);
        if (j >= nb.length()) {
            return na.rawPoint(aPointOfB[nb.length()]);
        }
        if (alignment.bToA[j] >= 0) {
            return na.text.rawStart(alignment.bToA[j]);
        }
        if (alignment.moveBToA[j] >= 0) {
            return na.text.rawStart(alignment.moveBToA[j]);
        }
        return na.rawPoint(aPointOfB[j]);
    }

    public int toOther(Side side, int raw) {
        return side == Side.A ? toB(raw) : toA(raw);
    }

    int aNormPointForB(int normB) {
        int p = Math.min(Math.max(normB, 0), nb.length());
        if (p > 0 && alignment.bToA[p - 1] < 0) {
            // B's text just before is an edit: the point is after that edit's A text
            for (Aligner.Edit e : alignment.edits) {
                if (e.move() < 0 && e.b0() <= p - 1 && p - 1 < e.b1()) {
                    return e.a1();
                }
            }
        }
        return aPointOfB[p];
    }

    /** Rows of aligned blocks for the side-by-side view (see {@link Row}). */
    public List<Row> rows() {
        List<Row> r = rows;
        if (r == null) {
            r = buildRows();
            rows = r;
        }
        return r;
    }

    /** A new merge of the two versions; every difference starts as {@link Choice#LEFT}. */
    public Merge merge() {
        return new Merge(this);
    }

    // ---------------------------------------------------------------- rows

    private List<Row> buildRows() {
        int nA = na.length();
        int nB = nb.length();
        int blocksA = na.page.blocks().size();
        int blocksB = nb.page.blocks().size();
        boolean[] eqA = new boolean[blocksA];
        boolean[] eqB = new boolean[blocksB];
        for (int i = 0; i < nA; i++) {
            if (alignment.aToB[i] >= 0) {
                eqA[na.block[i]] = true;
                eqB[nb.block[alignment.aToB[i]]] = true;
            }
        }
        // rows as inclusive block ranges {aLo, aHi, bLo, bHi}, -1 when a side has none
        List<int[]> raw = new ArrayList<>();
        int[] cur = null;
        int pendALo = -1;
        int pendAHi = -1;
        int pendBLo = -1;
        int pendBHi = -1;
        int i = 0;
        int j = 0;
        while (i < nA || j < nB) {
            if (i < nA && j < nB && alignment.aToB[i] == j) {
                int x = na.block[i];
                int y = nb.block[j];
                if (cur != null && (x <= cur[1] || y <= cur[3])) {
                    cur[1] = Math.max(cur[1], x);
                    cur[3] = Math.max(cur[3], y);
                    if (cur[0] < 0) {
                        cur[0] = x;
                    }
                    if (cur[2] < 0) {
                        cur[2] = y;
                    }
                    pendALo = pendAHi = pendBLo = pendBHi = -1;
                } else {
                    if (cur != null) {
                        raw.add(cur);
                    }
                    if (pendALo >= 0 || pendBLo >= 0) {
                        raw.add(new int[] {pendALo, pendAHi, pendBLo, pendBHi});
                    }
                    pendALo = pendAHi = pendBLo = pendBHi = -1;
                    cur = new int[] {x, x, y, y};
                }
                i++;
                j++;
            } else if (i < nA && alignment.aToB[i] < 0) {
                int x = na.block[i];
                if ((cur == null || x > cur[1]) && !eqA[x] && x > pendAHi) {
                    if (pendALo >= 0 && moveOf(Side.A, x) != moveOf(Side.A, pendAHi)) {
                        if (cur != null) {
                            raw.add(cur);
                            cur = null;
                        }
                        raw.add(new int[] {pendALo, pendAHi, pendBLo, pendBHi});
                        pendALo = pendAHi = pendBLo = pendBHi = -1;
                    }
                    if (pendALo < 0) {
                        pendALo = x;
                    }
                    pendAHi = x;
                }
                i++;
            } else {
                int y = nb.block[j];
                if ((cur == null || y > cur[3]) && !eqB[y] && y > pendBHi) {
                    if (pendBLo >= 0 && moveOf(Side.B, y) != moveOf(Side.B, pendBHi)) {
                        if (cur != null) {
                            raw.add(cur);
                            cur = null;
                        }
                        raw.add(new int[] {pendALo, pendAHi, pendBLo, pendBHi});
                        pendALo = pendAHi = pendBLo = pendBHi = -1;
                    }
                    if (pendBLo < 0) {
                        pendBLo = y;
                    }
                    pendBHi = y;
                }
                j++;
            }
        }
        if (cur != null) {
            raw.add(cur);
        }
        if (pendALo >= 0 || pendBLo >= 0) {
            raw.add(new int[] {pendALo, pendAHi, pendBLo, pendBHi});
        }
        // turn into a partition of the blocks (blocks with no compared text join the row before them)
        List<Row> out = new ArrayList<>(raw.size());
        int endA = 0;
        int endB = 0;
        for (int k = 0; k < raw.size(); k++) {
            int[] r = raw.get(k);
            int aFrom = endA;
            int aTo = r[0] >= 0 ? Math.max(endA, r[1] + 1) : endA;
            int bFrom = endB;
            int bTo = r[2] >= 0 ? Math.max(endB, r[3] + 1) : endB;
            if (k == raw.size() - 1) {
                aTo = aTo > aFrom || blocksA > endA && r[0] >= 0 ? blocksA : aTo;
                bTo = bTo > bFrom || blocksB > endB && r[2] >= 0 ? blocksB : bTo;
            }
            out.add(makeRow(aFrom, aTo, bFrom, bTo));
            endA = aTo;
            endB = bTo;
        }
        if (out.isEmpty() || endA < blocksA || endB < blocksB) {
            if (out.isEmpty()) {
                out.add(makeRow(0, blocksA, 0, blocksB));
            } else {
                out.add(makeRow(endA, blocksA, endB, blocksB));
            }
        }
        return List.copyOf(out);
    }

    /** The move whose span holds block {@code blk}'s text on {@code side}, or null. */
    private Difference moveOf(Side side, int blk) {
        Block b = page(side).blocks().get(blk);
        for (Difference d : differences) {
            if (d.isMove() && d.span(side).start() <= b.textStart() && b.textStart() < d.span(side).end()) {
                return d;
            }
        }
        return null;
    }

    private Row makeRow(int aFrom, int aTo, int bFrom, int bTo) {
        Span a = blockSpan(na, aFrom, aTo);
        Span b = blockSpan(nb, bFrom, bTo);
        List<Difference> ds = new ArrayList<>();
        for (Difference d : differences) {
            boolean inA = aFrom < aTo && d.a().meets(a.start(), a.end()) && !(d.a().isEmpty() && d.a().start() == a.end()
                    && aTo < na.page.blocks().size());
            boolean inB = bFrom < bTo && d.b().meets(b.start(), b.end()) && !(d.b().isEmpty() && d.b().start() == b.end()
                    && bTo < nb.page.blocks().size());
            if (inA || inB) {
                ds.add(d);
            }
        }
        return new Row(aFrom, aTo, bFrom, bTo, a, b, List.copyOf(ds));
    }

    private static Span blockSpan(Normalized n, int from, int to) {
        List<Block> blocks = n.page.blocks();
        if (from >= to) {
            int p = from < blocks.size() ? blocks.get(from).start() : n.raw.length();
            return new Span(p, p, "");
        }
        int s = blocks.get(from).start();
        int e = blocks.get(to - 1).end();
        return new Span(s, e, n.raw.substring(s, e));
    }
}
