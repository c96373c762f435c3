package com.jiaodui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.review.ReviewStatus;
import com.jiaodui.store.PgServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's library service on a shared library (a real PostgreSQL server): a save on a stale base is refused
 * with both texts, and while the server is down (killed, then restarted) drafts stay on this machine and no
 * acknowledged save is lost.
 */
class SharedLibraryServiceTest {
    @TempDir
    Path dir;
    String url;

    @BeforeEach
    void setUp() {
        System.setProperty("jiaodui.sharedDrafts", dir.resolve("drafts").toString());
        url = PgServer.get().newDatabase("service");
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("jiaodui.sharedDrafts");
    }

    @Test
    void aStaleSaveIsAConflictWithBothTexts() throws Exception {
        try (StoreLibraryService a = StoreLibraryService.open(Path.of(url));
             StoreLibraryService b = StoreLibraryService.open(Path.of(url))) {
            long page = a.importPage(java.nio.file.Files.copy(Path.of("assets/samples/page-b.md"), dir.resolve("p.md")));
            long article = a.articles(page).get(0).id();
            long base = a.revisions(article).get(0).id();
            a.saveRevision(article, base, "甲的文字", "", List.of(), ReviewStatus.IN_PROGRESS, 0);
            SaveConflictException c = assertThrows(SaveConflictException.class,
                    () -> b.saveRevision(article, base, "乙的文字", "", List.of(), ReviewStatus.IN_PROGRESS, 0));
            assertEquals("乙的文字", c.mine());
            assertEquals("甲的文字", c.current());
            assertEquals("甲的文字", b.article(article).text());
        }
    }

    @Test
    void whileTheServerIsDownDraftsStayHereAndNoSavedRevisionIsLost() throws Exception {
        if (!System.getProperty("jiaodui.pg.url", "").isBlank()) {
            return; // an existing server is not killed by the tests
        }
        PgServer server = PgServer.get();
        try (StoreLibraryService s = StoreLibraryService.open(Path.of(url))) {
            long page = s.importPage(java.nio.file.Files.copy(Path.of("assets/samples/page-b.md"), dir.resolve("p.md")));
            long article = s.articles(page).get(0).id();
            long base = s.revisions(article).get(0).id();
            long saved = s.saveRevision(article, base, "断电前保存的文字", "", List.of(), ReviewStatus.IN_PROGRESS, 0);
            server.kill();
            try {
                s.writeDraft(new DraftEntry(article, saved, "服务器停了以后的草稿", "[]", System.currentTimeMillis()));
                IOException e = assertThrows(IOException.class, () -> s.saveRevision(article, saved, "又改了",
                        "", List.of(), ReviewStatus.IN_PROGRESS, 0));
                assertTrue(e.getMessage().contains("cannot reach the shared library"), e.getMessage());
                assertEquals("服务器停了以后的草稿", s.readDraft(article).text());
            } finally {
                server.restart();
            }
        }
        try (StoreLibraryService s = StoreLibraryService.open(Path.of(url))) {
            long article = s.drafts().get(0).articleId();
            assertEquals("断电前保存的文字", s.article(article).text(), "the acknowledged save survived the kill");
            assertEquals("服务器停了以后的草稿", s.readDraft(article).text(), "the local draft is offered back");
            s.writeDraft(new DraftEntry(article, 0, "服务器回来了", "[]", System.currentTimeMillis()));
            assertEquals("服务器回来了", s.readDraft(article).text());
            assertTrue(s.library().draft(article).isPresent(), "the draft is on the server again");
        }
    }
}
