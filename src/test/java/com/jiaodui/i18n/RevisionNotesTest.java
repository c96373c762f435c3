package com.jiaodui.i18n;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.library.RevisionNotes;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The notes Jiaodui writes, stored in English (old libraries too), shown in the reader's language. */
class RevisionNotesTest {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void knownNotesShowInChineseAndStayTheSameInEnglish() {
        String imported = "imported from page-a.raw.txt (version 1, raw)";
        assertEquals("从 page-a.raw.txt 导入（第 1 版，原始）", RevisionNotes.render(imported, ZH));
        assertEquals(imported, RevisionNotes.render(imported, Locale.ENGLISH));
        for (String n : new String[] {"restored revision 3", "Restored revision #1 (2026-12-02 02:41:05)",
                "Merged from a.txt and b.txt", "0 accepted, 0 rejected, 67 open", "imported from x.md (version 2)"}) {
            assertEquals(n, RevisionNotes.render(n, Locale.ENGLISH), "English notes show exactly as stored");
        }
        assertEquals("恢复修订 3", RevisionNotes.render("restored revision 3", ZH));
        assertEquals("恢复修订 #2 (2026-12-01 10:00)", RevisionNotes.render("Restored revision #2 (2026-12-01 10:00)", ZH));
        assertEquals("由 1 · raw 与 2 · ocr 合并", RevisionNotes.render("Merged from 1 · raw and 2 · ocr", ZH));
        assertEquals("接受 12 处，驳回 3 处，待处理 5 处", RevisionNotes.render("12 accepted, 3 rejected, 5 open", ZH));
        // the history list's "#N  note" keeps its number
        assertEquals("#1  从 page-b.md 导入（第 1 版，清理稿）",
                RevisionNotes.render("#1  imported from page-b.md (version 1, cleaned)", ZH));
    }

    @Test
    void anEditorsOwnNoteShowsAsWritten() {
        assertEquals("改了标题 (fixed title)", RevisionNotes.render("改了标题 (fixed title)", ZH));
        assertEquals("#4  checked with the author", RevisionNotes.render("#4  checked with the author", ZH));
        assertEquals("", RevisionNotes.render(null, ZH));
    }
}
