package com.jiaodui.text.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw spans to boxes and points to lines, on a small hand-made layout. */
class GeometryTest {
    // "第一行\n第二行\n\n第三行" : lines [0,3) [4,7) [9,12); the third on page 2
    private final Geometry g = new Geometry(List.of(
            new Span(0, 3, new Box(1, 10, 10, 30, 10)),
            new Span(4, 7, new Box(1, 10, 22, 40, 10)),
            new Span(9, 12, new Box(2, 50, 10, 30, 10))), List.of(), List.of(),
            List.of(new SourcePage(1, 100, 100, 0, 7, false), new SourcePage(2, 100, 100, 9, 12, false)));

    @Test
    void aSpanIsBoxedByTheLinesItTouchesOnItsFirstPage() {
        assertEquals(new Box(1, 10, 10, 30, 10), g.boxOf(1, 2).orElseThrow());
        assertEquals(new Box(1, 10, 10, 40, 22), g.boxOf(1, 5).orElseThrow());
        // a span over the page break is boxed on the page it starts on
        assertEquals(new Box(1, 10, 22, 40, 10), g.boxOf(5, 11).orElseThrow());
        // a break (the line end after a line) is the line before it
        assertEquals(new Box(1, 10, 22, 40, 10), g.boxOf(7, 9).orElseThrow());
        // an empty span at a line start is that line
        assertEquals(new Box(2, 50, 10, 30, 10), g.boxOf(9, 9).orElseThrow());
    }

    @Test
    void aPointFindsItsLineOrTheNearestWithinTheSlop() {
        assertEquals(4, g.lineAt(1, 20, 25, 3).orElseThrow().start());
        assertEquals(4, g.lineAt(1, 52, 25, 3).orElseThrow().start());
        assertTrue(g.lineAt(1, 90, 90, 3).isEmpty());
        assertEquals(9, g.lineAt(2, 60, 15, 3).orElseThrow().start());
    }

    @Test
    void pagesAndLinesOfOffsets() {
        assertEquals(2, g.pageOf(10).orElseThrow().number());
        assertEquals(1, g.pageOf(8).orElseThrow().number());
        assertEquals(4, g.lineOf(8).orElseThrow().start());
        assertTrue(Geometry.none().boxOf(0, 1).isEmpty());
    }
}
