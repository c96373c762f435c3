package com.jiaodui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowsTest {
    final String raw = Samples.pageARaw();
    final String clean = Samples.pageAClean();
    final Comparison c = new Comparer().compare(raw, clean);

    @Test
    void rowsPartitionBothPagesInOrder() {
        List<Row> rows = c.rows();
        int a = 0;
        int b = 0;
        for (Row r : rows) {
            assertEquals(a, r.aFrom());
            assertEquals(b, r.bFrom());
            assertTrue(r.aTo() >= r.aFrom() && r.bTo() >= r.bFrom());
            assertTrue(r.hasA() || r.hasB());
            a = r.aTo();
            b = r.bTo();
        }
        assertEquals(c.pageA().blocks().size(), a);
        assertEquals(c.pageB().blocks().size(), b);
    }

    @Test
    void aParagraphBrokenAtAColumnEndIsOneRow() {
        Row r = rowOfA(raw.indexOf("平台推广工作"));
        assertEquals(2, r.aTo() - r.aFrom(), r::toString);
        assertEquals(1, r.bTo() - r.bFrom(), r::toString);
        assertTrue(r.identical());
        assertTrue(r.b().text().contains("平台推广工作格局"));
    }

    @Test
    void theMovedReportHasARowOnEachSide() {
        Difference move = c.moves().stream().filter(m -> m.a().text().contains("新型冠状病毒")).findFirst().orElseThrow();
        Row left = rowOfA(move.a().start() + 10);
        assertTrue(!left.hasB() && left.differences().contains(move), left::toString);
        Row right = c.rows().stream().filter(r -> r.hasB() && r.b().meets(move.b().start() + 10, move.b().start() + 11))
                .findFirst().orElseThrow();
        assertTrue(!right.hasA() && right.differences().contains(move), right::toString);
    }

    @Test
    void mostRowsAreIdenticalAndCanBeHidden() {
        long identical = c.rows().stream().filter(Row::identical).count();
        long withDifferences = c.rows().stream().filter(r -> !r.differences().isEmpty()).count();
        assertTrue(identical >= 12, () -> identical + " identical of " + c.rows().size());
        assertTrue(withDifferences >= 8);
        // every difference is in some row
        for (Difference d : c.differences()) {
            assertTrue(c.rows().stream().anyMatch(r -> r.differences().contains(d)), d::toString);
        }
    }

    @Test
    void offsetsMapAcrossForSynchronizedScrolling() {
        assertEquals(clean.indexOf("精神风貌"), c.toB(raw.indexOf("精神风采")));
        assertEquals(raw.indexOf("精神风采"), c.toA(clean.indexOf("精神风貌")));
        // inside the moved report, the other side is the moved copy
        assertEquals(clean.indexOf("累计收到港澳台地区"), c.toB(raw.indexOf("累计收到港澳台地区")));
        assertEquals(raw.indexOf("累计收到港澳台地区"), c.toA(clean.indexOf("累计收到港澳台地区")));
        assertEquals(raw.indexOf("“学习强国”在周口"), c.toA(clean.indexOf("“学习强国”在周口")));
    }

    @Test
    void nextAndPreviousDifference() {
        Difference first = c.next(Side.A, -1);
        assertEquals(c.differences().get(0), first);
        Difference cai = c.next(Side.A, raw.indexOf("精神风采"));
        assertEquals("采", cai.a().text());
        Difference liang = c.next(Side.A, cai.a().start());
        assertEquals("量", liang.b().text());
        assertEquals(cai, c.previous(Side.A, liang.a().start()));
        assertEquals(liang, c.next(Side.B, c.toB(cai.a().start())));
    }

    private Row rowOfA(int rawOffset) {
        return c.rows().stream().filter(r -> r.hasA() && r.a().start() <= rawOffset && rawOffset < r.a().end())
                .findFirst().orElseThrow();
    }
}
