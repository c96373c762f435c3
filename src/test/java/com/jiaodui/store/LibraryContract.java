package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.store.Decision.Verdict;
import com.jiaodui.text.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's contract: what every back end of {@link Library} promises, run on SQLite
 * ({@link SqliteLibraryContractTest}) and on a real PostgreSQL server ({@link PostgresLibraryContractTest}).
 */
abstract class LibraryContract {
    Library lib;
    ImportResult page;
    List<ArticleSummary> articles;

    /** A new, empty library. */
    abstract Library create();

    /** A second client (connection) on the library {@link #create} made. */
    abstract Library reopen();

    @BeforeEach
    void importSample() throws Exception {
        lib = create();
        page = Imports.importText(lib, "page-b.md", new String(LibraryTest.sample("page-b.md"),
                java.nio.charset.StandardCharsets.UTF_8), Format.MARKDOWN);
        articles = lib.articles(page.pageId());
    }

    @AfterEach
    void closeLibrary() {
        lib.close();
    }

    @Test
    void importKeepsTheTextExactlyAndIsIdempotent() throws Exception {
        assertEquals(ImportResult.Outcome.NEW_PAGE, page.outcome());
        assertTrue(articles.size() > 1, "articles: " + articles);
        String raw = new String(LibraryTest.sample("page-b.md"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(raw, lib.sourceText(page.versionId()));
        ImportResult again = Imports.importText(lib, "page-b.md", raw, Format.MARKDOWN);
        assertEquals(ImportResult.Outcome.UNCHANGED, again.outcome());
        assertEquals(1, lib.pages().size());
        assertEquals(articles.size(), lib.stats().articles());
        assertEquals(1, lib.versions(page.pageId()).size());
    }

    @Test
    void savesAreRevisionsWithEditorClientAndTime() {
        long a = articles.get(0).id();
        lib.setClient("desk-7 jiaodui-test");
        Revision r = lib.saveRevision(a, "改过的文字", "李编辑", "第一稿", 1);
        assertEquals(2, r.number());
        List<Revision> h = lib.revisions(a);
        assertEquals(List.of(1, 2), h.stream().map(Revision::number).toList());
        Revision stored = h.get(1);
        assertEquals("李编辑", stored.author());
        assertEquals("desk-7 jiaodui-test", stored.client());
        assertEquals("第一稿", stored.note());
        assertEquals(r.createdAt(), stored.createdAt());
        assertEquals("改过的文字", lib.currentRevision(a).text());
        assertEquals(2, lib.article(a).orElseThrow().revisionCount());
    }

    @Test
    void aSaveOnAStaleBaseIsRefusedAndSavesNothing() {
        long a = articles.get(0).id();
        lib.saveRevision(a, "王编辑的文字", "王编辑", "", 1);
        RevisionConflictException e = assertThrows(RevisionConflictException.class,
                () -> lib.saveRevision(a, "李编辑的文字", "李编辑", "", 1));
        assertEquals(2, e.current().number());
        assertEquals("王编辑", e.current().author());
        assertEquals(StoreException.Reason.CONFLICT, e.reason());
        assertTrue(e.getMessage().contains("nothing was saved"), e.getMessage());
        assertEquals(2, lib.revisions(a).size());
        assertEquals("王编辑的文字", lib.currentRevision(a).text());
        assertEquals(3, lib.saveRevision(a, "合并后的文字", "李编辑", "merged", 2).number());
    }

    @Test
    void aSaveRetriedAfterItsAnswerWasLostIsAcknowledgedOnce() {
        long a = articles.get(0).id();
        Revision first = lib.saveRevision(a, "断线前的文字", "李编辑", "", 1);
        Revision retried = lib.saveRevision(a, "断线前的文字", "李编辑", "", 1);
        assertEquals(first.id(), retried.id());
        assertEquals(2, lib.revisions(a).size());
        assertThrows(RevisionConflictException.class, () -> lib.saveRevision(a, "断线前的文字", "王编辑", "", 1));
    }

    @Test
    void ofConcurrentSavesOnOneBaseExactlyOneWins() throws Exception {
        long a = articles.get(1).id();
        int clients = 4;
        List<Library> libs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                libs.add(reopen());
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Library l = libs.get(i);
                String text = "第" + i + "位编辑的文字";
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        l.saveRevision(a, text, "编辑" + text.charAt(1), "", 1);
                        return true;
                    } catch (RevisionConflictException e) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> f : results) {
                won += f.get() ? 1 : 0;
            }
            assertEquals(1, won);
            assertEquals(2, lib.revisions(a).size());
        } finally {
            pool.shutdownNow();
            libs.forEach(Library::close);
        }
    }

    @Test
    void anotherClientSeesSavesAtOnce() {
        long a = articles.get(0).id();
        try (Library other = reopen()) {
            other.saveRevision(a, "另一位编辑的文字", "王编辑", "", 1);
            assertEquals("另一位编辑的文字", lib.currentRevision(a).text());
            assertEquals(List.of(a), lib.search("另一位", 10).stream().map(SearchHit::articleId).toList());
        }
    }

    @Test
    void decisionsDraftsAndRestoreRoundTrip() {
        long a = articles.get(0).id();
        Revision first = lib.currentRevision(a);
        Decision d = lib.recordDecision(a, first.id(), "spurious-space", 3, 5, " ", "", Verdict.ACCEPTED);
        lib.recordDecision(a, null, "broken-join", 10, 12, "\n", "", Verdict.REJECTED);
        assertEquals(List.of(Verdict.ACCEPTED, Verdict.REJECTED), lib.decisions(a).stream().map(Decision::verdict).toList());
        lib.deleteDecision(d.id());
        assertEquals(1, lib.decisions(a).size());
        lib.saveDraft(a, "草稿", 1, "{\"decisions\":[]}");
        Draft draft = lib.draft(a).orElseThrow();
        assertEquals("草稿", draft.text());
        assertEquals(1L, draft.baseRevision());
        lib.saveRevision(a, "新的文字", "李编辑", "", 1);
        assertTrue(lib.draft(a).isEmpty(), "a save clears the draft");
        Revision restored = lib.restore(a, first.id(), "李编辑");
        assertEquals(3, restored.number());
        assertEquals(first.text(), lib.currentRevision(a).text());
        assertEquals(first.id(), lib.currentRevision(a).restoredFrom());
    }

    @Test
    void workflowStatusAndAssignmentRecordWhoAndWhen() {
        long a = articles.get(0).id();
        assertEquals(WorkflowStatus.OPEN, lib.workflow(a).status());
        assertEquals(null, lib.workflow(a).setBy());
        lib.setWorkflow(a, WorkflowStatus.IN_REVIEW, "李编辑");
        lib.setWorkflow(a, WorkflowStatus.APPROVED, "张主任");
        WorkflowStatus.State s = lib.workflow(a);
        assertEquals(WorkflowStatus.APPROVED, s.status());
        assertEquals("张主任", s.setBy());
        assertTrue(s.setAt() != null);
        assertEquals(articles.size(), lib.workflows().size());
        lib.assign(page.pageId(), "王编辑", "张主任");
        List<WorkflowStatus.Assignment> as = lib.assignments();
        assertEquals(1, as.size());
        assertEquals("王编辑", as.get(0).editor());
        assertEquals("page-b", as.get(0).pageName());
        lib.assign(page.pageId(), null, "张主任");
        assertTrue(lib.assignments().isEmpty());
        assertThrows(StoreException.class, () -> lib.setWorkflow(999_999, WorkflowStatus.DONE, "x"));
    }

    @Test
    void learntCorrectionsAreKeptOnce() {
        lib.recordCorrections(List.of(new Library.NewCorrection("己", "已", "经", "完"),
                new Library.NewCorrection("己", "已", "经", "完")), "李编辑", articles.get(0).id());
        List<LearntCorrection> l = lib.learntCorrections(true);
        assertEquals(1, l.size());
        assertTrue(lib.setCorrectionEnabled(l.get(0).id(), false));
        assertTrue(lib.learntCorrections(true).isEmpty());
        assertTrue(lib.removeCorrection(l.get(0).id()));
        assertFalse(lib.removeCorrection(l.get(0).id()));
    }

    @Test
    void statusAndStatsAndMissingThings() {
        long a = articles.get(0).id();
        lib.setStatus(a, ReviewStatus.DONE);
        assertEquals(1, lib.stats().done());
        assertEquals(ReviewStatus.DONE, lib.article(a).orElseThrow().status());
        StoreException e = assertThrows(StoreException.class, () -> lib.currentRevision(123_456));
        assertEquals(StoreException.Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains("123456"), e.getMessage());
        assertEquals("ok", lib.integrityCheck());
    }
}
