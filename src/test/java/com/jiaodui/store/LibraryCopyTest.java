package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.text.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** copy between two libraries matches by content: nothing twice, later work appended, edits on both sides kept. */
class LibraryCopyTest {
    @TempDir
    Path dir;

    @Test
    void aPageImportedIntoBothIsNotDuplicatedAndLaterWorkIsAppended() throws Exception {
        String raw = new String(LibraryTest.sample("page-b.md"), StandardCharsets.UTF_8);
        try (Library a = Library.open(dir.resolve("a.db")); Library b = Library.open(dir.resolve("b.db"))) {
            Imports.importText(a, "page-b.md", raw, Format.MARKDOWN);
            Thread.sleep(5);
            Imports.importText(b, "page-b.md", raw, Format.MARKDOWN);
            int articles = b.stats().articles();
            LibraryCopy.Report r = LibraryCopy.copy(a, b);
            assertEquals(0, r.total(), r.toString());
            assertEquals(articles, b.stats().articles());
            assertTrue(r.diverged().isEmpty(), r.toString());

            long inA = a.allArticles().get(0).id();
            long inB = b.allArticles().get(0).id();
            a.saveRevision(inA, "甲库里的修改", "李编辑", "", 1);
            a.setWorkflow(inA, WorkflowStatus.DONE, "李编辑");
            r = LibraryCopy.copy(a, b);
            assertEquals(1, r.revisions());
            assertEquals(1, r.statuses());
            assertEquals("甲库里的修改", b.currentRevision(inB).text());
            assertEquals("李编辑", b.currentRevision(inB).author());
            assertEquals(0, LibraryCopy.copy(a, b).total());

            a.saveRevision(inA, "甲又改了", "李编辑", "", 2);
            b.saveRevision(inB, "乙也改了", "王编辑", "", 2);
            r = LibraryCopy.copy(a, b);
            assertEquals(0, r.revisions());
            assertEquals(1, r.diverged().size(), r.toString());
            assertEquals("乙也改了", b.currentRevision(inB).text(), "an article edited on both sides is left alone");
        }
    }

    @Test
    void aPagesBoxesAreCopiedWithItsSourceFile() throws Exception {
        StoredGeometry g = new StoredGeometry("pdf", "/archive/issue.pdf", "P 1 595 842\nL 0 12 40.5 700.2 300 14");
        try (Library a = Library.open(dir.resolve("a.db")); Library b = Library.open(dir.resolve("b.db"))) {
            ImportResult r = a.persist(new NewVersion("issue/p1", "raw", "issue.pdf#1", "issue.pdf#1", "/archive/issue.pdf",
                    "第一版的文字", "UTF-8", false, "0123456789abcdef", Format.TEXT, 0, java.util.List.of(), g));
            assertEquals(g, a.geometry(r.versionId()).orElseThrow());
            LibraryCopy.copy(a, b);
            long page = b.pages().get(0).id();
            long version = b.versions(page).get(0).id();
            assertEquals(g, b.geometry(version).orElseThrow(), "the boxes came with the page");
            assertEquals(0, LibraryCopy.copy(a, b).total(), "and nothing twice");
        }
    }
}
