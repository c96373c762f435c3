package com.jiaodui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two versions of four real articles (page-b.md) that differ by single-character OCR confusions (入/人, 日/曰,
 * 已/己 …), one moved paragraph (with a confusion inside it) and some layout noise (commas of another width, a
 * spurious space).
 */
class OcrConfusionTest {
    record Confusion(int offset, String a, String b) {}

    static List<Confusion> confusions() {
        List<Confusion> out = new ArrayList<>();
        for (String line : Samples.read("/compare/ocr-confusions.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(new Confusion(Integer.parseInt(f[0]), f[1], f[2]));
        }
        return out;
    }

    @Test
    void everyConfusionAndTheMoveFoundWithAtMostOneDifferenceThatIsNotReal() {
        String a = Samples.read("/compare/ocr-a.md");
        String b = Samples.read("/compare/ocr-b.md");
        Comparison c = new Comparer().compare(a, b);
        List<Difference> unexplained = new ArrayList<>(c.differences());
        List<Confusion> list = confusions();
        assertEquals(10, list.size());
        for (Confusion x : list) {
            assertEquals(x.a(), a.substring(x.offset(), x.offset() + 1));
            Difference d = c.differences().stream()
                    .filter(y -> y.kind() == DiffKind.REPLACE && y.a().start() == x.offset()
                            && y.a().text().equals(x.a()) && y.b().text().equals(x.b()))
                    .findFirst().orElse(null);
            assertNotNull(d, () -> "confusion " + x + " not found in " + c.differences());
            unexplained.remove(d);
        }
        int movedFrom = a.indexOf("会议通报了全市医药产业发展情况");
        int movedTo = a.indexOf("\n", movedFrom);
        Difference move = c.moves().stream()
                .filter(m -> Math.abs(m.a().start() - movedFrom) <= 1 && Math.abs(m.a().end() - movedTo) <= 1)
                .findFirst().orElse(null);
        assertNotNull(move, () -> "move not found: " + c.differences());
        assertTrue(b.indexOf("会议通报了全市医药产业发展情况") > b.indexOf("智慧城市建设,周口在路上"));
        assertEquals(b.indexOf("会议通报了全市医药产业发展情况"), move.b().start());
        unexplained.remove(move);
        // the confusion inside the moved paragraph belongs to the move
        assertTrue(c.differences().stream().anyMatch(d -> d.move() == move && d.a().text().equals("土")));
        assertTrue(unexplained.size() <= 1, () -> "not real: " + unexplained);
    }
}
