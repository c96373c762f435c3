package com.jiaodui.app;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.review.Decision;
import com.jiaodui.review.FlagState;
import com.jiaodui.library.StoreLibraryService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsAndDraftsTest {
    @TempDir
    Path dir;

    @Test
    void settingsPersist() {
        Settings s = new Settings(dir.resolve("s.properties"));
        s.put(Settings.LANGUAGE, "zh");
        s.put(Settings.FONT_SIZE, 18);
        s.put(Settings.PUNCTUATION, "half");
        s.save();
        Settings again = new Settings(dir.resolve("s.properties"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, again.locale());
        assertEquals(18, again.fontSize());
        assertEquals(com.jiaodui.text.HouseStyle.HALF_WIDTH_BRACKETS, again.houseStyle());
        again.put(Settings.LANGUAGE, "en");
        assertEquals(Locale.ENGLISH, again.locale());
    }

    @Test
    void draftsRoundTripAndList() throws Exception {
        Drafts d = new Drafts();
        d.tell(new com.jiaodui.library.StubLibrary());
        assertTrue(d.list().isEmpty());
        Decision dec = new Decision("broken-join", 3, 5, "\n\n", "", FlagState.REJECTED);
        d.write(new Drafts.Draft(7, 2, "改过的文字", List.of(dec), 1L));
        d.write(new Drafts.Draft(3, 0, "另一篇", List.of(), 2L));
        assertEquals(List.of(3L, 7L), d.list());
        Drafts.Draft back = d.read(7);
        assertEquals("改过的文字", back.text());
        assertEquals(List.of(dec), back.decisions());
        d.delete(7);
        assertNull(d.read(7));
        assertEquals(List.of(3L), d.list());
    }

    @Test
    void anArticleWithADraftIsKeptWhenANewVersionOfItsPageIsImported() throws Exception {
        Path page = dir.resolve("page-x.md");
        java.nio.file.Files.copy(Path.of("assets/samples/page-b.md"), page);
        try (StoreLibraryService lib = StoreLibraryService.open(dir.resolve("lib.db"))) {
            long pageId = lib.importPage(page);
            long article = lib.articles(pageId).get(0).id();
            String before = lib.article(article).text();
            Drafts drafts = new Drafts();
            try (AppContext ctx = new AppContext(lib, drafts, new Settings(dir.resolve("s.properties")))) {
                drafts.write(new Drafts.Draft(article, 0, "编辑改到一半的文字", List.of(), 1L));
                assertTrue(lib.library().draft(article).isPresent(), "the library knows about the unsaved edits");
                java.nio.file.Files.writeString(page, java.nio.file.Files.readString(page).replace("赵锡昌", "赵锡昌同志"));
                lib.importPage(page);
                assertEquals(before, lib.article(article).text(), "the import keeps the article the editor is working on");
                drafts.delete(article);
                assertTrue(lib.library().draft(article).isEmpty());
            }
        }
    }

    @Test
    void picksAnInstalledCjkFamily() {
        assertEquals("WenQuanYi Zen Hei", CjkFonts.pick(List.of("DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK JP")));
        assertEquals("Noto Sans CJK SC", CjkFonts.pick(List.of("Noto Sans CJK SC", "SimSun")));
        assertEquals("Some Song Font", CjkFonts.pick(List.of("DejaVu Sans", "Some Song Font")));
        assertNull(CjkFonts.pick(List.of("DejaVu Sans")));
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
        var en = java.util.ResourceBundle.getBundle("com.jiaodui.app.messages", Locale.ROOT);
        var zh = java.util.ResourceBundle.getBundle("com.jiaodui.app.messages", Locale.SIMPLIFIED_CHINESE);
        assertEquals("校对", zh.getString("app.title"));
        for (String k : en.keySet()) {
            assertTrue(zh.containsKey(k), k);
            assertNotEquals(en.getString(k), zh.getString(k), "untranslated: " + k);
        }
    }
}
