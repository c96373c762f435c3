package com.jiaodui.compare;

import java.util.List;

/**
 * One row of the side-by-side view: blocks of A and the blocks of B aligned with them, in the order both
 * versions print them. A paragraph split in two on one side gives a row with one block on that side and two on
 * the other; text only on one side (an inserted or deleted paragraph, or a block that moved) gives a row whose
 * other side is empty ({@code aFrom == aTo} or {@code bFrom == bTo}). Rows partition the blocks of both pages.
 *
 * @param aFrom       first block of A (index into {@code pageA().blocks()})
 * @param aTo         end block of A (exclusive)
 * @param bFrom       first block of B
 * @param bTo         end block of B (exclusive)
 * @param a           raw span of the row's A blocks (empty at the row's place when there are none)
 * @param b           raw span of the row's B blocks
 * @param differences the differences that touch this row, in order
 */
public record Row(int aFrom, int aTo, int bFrom, int bTo, Span a, Span b, List<Difference> differences) {
    /** True when the row's text is the same on both sides after normalization (a candidate to hide). */
    public boolean identical() {
        return differences.isEmpty() && aFrom < aTo && bFrom < bTo;
    }

    public boolean hasA() {
        return aFrom < aTo;
    }

    public boolean hasB() {
        return bFrom < bTo;
    }
}
