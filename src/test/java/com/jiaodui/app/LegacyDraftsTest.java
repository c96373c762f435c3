package com.jiaodui.app;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.library.StoreLibraryService;
import com.jiaodui.review.Decision;
import com.jiaodui.review.FlagState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts of the previous store (files beside the library) move into the library's draft table once. */
class LegacyDraftsTest {
    @TempDir
    Path dir;

    @Test
    void oldDraftFilesAreImportedOnceThenTheFolderIsRenamed() throws Exception {
        Path db = dir.resolve("library.db");
        Path page = dir.resolve("page-b.md");
        Files.copy(Path.of("assets/samples/page-b.md"), page);
        try (StoreLibraryService lib = StoreLibraryService.open(db)) {
            long pageId = lib.importPage(page);
            long article = lib.articles(pageId).get(0).id();
            // the old format: <library>.drafts/article-<id>.json, the Draft record as JSON (old Drafts.write)
            Path old = Files.createDirectories(Path.of(db + ".drafts"));
            Decision dec = new Decision("broken-join", 3, 5, "\n\n", "", FlagState.REJECTED);
            ObjectMapper json = new ObjectMapper();
            Files.write(old.resolve("article-" + article + ".json"), json.writeValueAsBytes(Map.of(
                    "articleId", article, "baseRevision", 0, "text", "崩溃前改到一半的文字",
                    "decisions", List.of(dec), "savedAt", 1_700_000_000_000L)));
            Files.writeString(old.resolve("article-notes.json"), "{\"x\":1}"); // not a draft: reported, left

            Drafts drafts = new Drafts();
            drafts.tell(lib);
            assertEquals(1, drafts.importLegacy());
            Drafts.Draft back = drafts.read(article);
            assertNotNull(back);
            assertEquals("崩溃前改到一半的文字", back.text());
            assertEquals(List.of(dec), back.decisions());
            assertEquals(List.of(article), drafts.list());
            assertFalse(Files.exists(old), "the old folder is renamed");
            Path renamed = Path.of(db + ".drafts.imported");
            assertTrue(Files.isRegularFile(renamed.resolve("article-" + article + ".json")), "kept, not deleted");

            // once: a second open finds nothing to import; a draft written since is not overwritten
            drafts.write(new Drafts.Draft(article, 0, "后来的草稿", List.of(), System.currentTimeMillis()));
            assertEquals(0, drafts.importLegacy());
            assertEquals("后来的草稿", drafts.read(article).text());
        }
        // and the table keeps it across a reopen
        try (StoreLibraryService lib = StoreLibraryService.open(db)) {
            Drafts drafts = new Drafts();
            drafts.tell(lib);
            assertEquals(1, drafts.list().size());
        }
    }
}
