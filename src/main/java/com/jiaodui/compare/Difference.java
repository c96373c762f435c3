package com.jiaodui.compare;

import java.util.Objects;

/**
 * One difference between the two versions, with its span in each version's raw text. The side that has no
 * text (A for an insert, B for a delete) holds an empty span at the point where the other side's text would
 * go. A {@link DiffKind#MOVE} spans the whole block on both sides; the differences inside a moved block are
 * separate differences whose {@link #move()} is that move.
 */
public final class Difference {
    private final int index;
    private final DiffKind kind;
    private final Span a;
    private final Span b;
    private final Difference move;
    /** Normalized ranges (internal). */
    final int normA0;
    final int normA1;
    final int normB0;
    final int normB1;

    Difference(int index, DiffKind kind, Span a, Span b, Difference move, int normA0, int normA1, int normB0,
               int normB1) {
        this.index = index;
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.move = move;
        this.normA0 = normA0;
        this.normA1 = normA1;
        this.normB0 = normB0;
        this.normB1 = normB1;
    }

    Difference withIndex(int i) {
        return new Difference(i, kind, a, b, move, normA0, normA1, normB0, normB1);
    }

    Difference withMove(Difference m) {
        return new Difference(index, kind, a, b, m, normA0, normA1, normB0, normB1);
    }

    /** Position in {@link Comparison#differences()} (ordered by A, then B). */
    public int index() {
        return index;
    }

    public DiffKind kind() {
        return kind;
    }

    /** The span in A (empty for an insert: the insertion point). */
    public Span a() {
        return a;
    }

    /** The span in B (empty for a delete: the point where A's text would go in B). */
    public Span b() {
        return b;
    }

    public Span span(Side side) {
        return side == Side.A ? a : b;
    }

    /** The move this difference lies inside, or null. */
    public Difference move() {
        return move;
    }

    public boolean isMove() {
        return kind == DiffKind.MOVE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Difference d && d.kind == kind && d.a.equals(a) && d.b.equals(b);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, a, b);
    }

    @Override
    public String toString() {
        return "#" + index + " " + kind.id() + " A[" + a.start() + "," + a.end() + ")\"" + a.text().replace("\n", "⏎")
                + "\" B[" + b.start() + "," + b.end() + ")\"" + b.text().replace("\n", "⏎") + "\""
                + (move != null ? " in move #" + move.index : "");
    }
}
