package com.jiaodui.app.history;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;

class HistoryDiffTest {
    @Test
    void showsDeletedAndInsertedTextInOneText() {
        HistoryDialog.Diffed d = HistoryDialog.diff("全省新增境外输入确诊\n\n病例1例", "全省新增境外输入确诊病例 1例");
        assertEquals(2, d.deleted());
        assertEquals(1, d.inserted());
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        int pos = 0;
        for (StyleSpan<Collection<String>> s : d.spans()) {
            String part = d.text().substring(pos, pos + s.getLength());
            if (s.getStyle().contains("diff-delete")) {
                deleted.append(part);
            } else if (s.getStyle().contains("diff-insert")) {
                inserted.append(part);
            }
            pos += s.getLength();
        }
        assertEquals(d.text().length(), pos);
        assertEquals("\n\n", deleted.toString());
        assertEquals(" ", inserted.toString());
    }

    @Test
    void equalTextsHaveNoMarks() {
        HistoryDialog.Diffed d = HistoryDialog.diff("画中有话", "画中有话");
        assertEquals("画中有话", d.text());
        assertEquals(0, d.inserted() + d.deleted());
        assertEquals(List.of(), List.copyOf(d.spans().getStyleSpan(0).getStyle()));
    }
}
