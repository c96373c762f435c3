package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.store.Decision.Verdict;
import com.jiaodui.text.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir
    Path dir;
    Library lib;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("lib.db"));
    }

    @AfterEach
    void close() {
        lib.close();
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = LibraryTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    Path copySample(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, sample(name));
        return p;
    }

    @Test
    void newLibraryIsWalWithForeignKeysAndSchemaVersion() throws Exception {
        assertTrue(lib.isNew());
        assertEquals("ok", lib.integrityCheck());
        lib.close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lib.db"));
             var s = c.createStatement()) {
            var rs = s.executeQuery("PRAGMA journal_mode");
            rs.next();
            assertEquals("wal", rs.getString(1));
            rs = s.executeQuery("PRAGMA user_version");
            rs.next();
            assertEquals(Migrations.latest(), rs.getInt(1));
            rs = s.executeQuery("PRAGMA application_id");
            rs.next();
            assertEquals(Migrations.APPLICATION_ID, rs.getInt(1));
        }
        lib = Library.open(dir.resolve("lib.db"));
        assertFalse(lib.isNew());
    }

    @Test
    void importKeepsTheRawTextExactlyAndIsIdempotentByHash() throws Exception {
        Path a = copySample("page-a.raw.txt");
        ImportResult r = Imports.importFile(lib, a);
        assertEquals(ImportResult.Outcome.NEW_PAGE, r.outcome());
        assertEquals("page-a", r.pageName());
        assertTrue(r.articlesAdded() > 0, "articles: " + r);
        String raw = new String(sample("page-a.raw.txt"), StandardCharsets.UTF_8);
        assertEquals(raw, lib.sourceText(r.versionId()));
        SourceFile src = lib.source(r.versionId());
        assertEquals(com.jiaodui.text.TextDecoder.sha256(sample("page-a.raw.txt")), src.sha256());
        assertEquals("UTF-8", src.encoding());

        ImportResult again = Imports.importFile(lib, a);
        assertEquals(ImportResult.Outcome.UNCHANGED, again.outcome());
        assertEquals(r.versionId(), again.versionId());
        assertEquals(1, lib.pages().size());
        assertEquals(1, lib.versions(r.pageId()).size());
        assertEquals(r.articlesAdded(), lib.articles(r.pageId()).size());
    }

    @Test
    void firstRevisionIsTheAnalysedArticleTextByImport() throws Exception {
        ImportResult r = Imports.importFile(lib, copySample("page-b.md"));
        List<ArticleSummary> arts = lib.articles(r.pageId());
        var analysis = new com.jiaodui.text.Analyzer().analyze(
                com.jiaodui.text.TextDecoder.read(dir.resolve("page-b.md")));
        assertEquals(analysis.articles().size(), arts.size());
        for (int i = 0; i < arts.size(); i++) {
            Revision rev = lib.currentRevision(arts.get(i).id());
            assertEquals(analysis.articles().get(i).text().text(), rev.text());
            assertEquals(Library.IMPORT_AUTHOR, rev.author());
            assertEquals(1, rev.number());
            assertEquals(analysis.articles().get(i).title(), arts.get(i).title());
        }
    }

    @Test
    void revisionsAreAppendOnlyAndRestoreAddsARevision() throws Exception {
        ImportResult r = Imports.importFile(lib, copySample("page-a.raw.txt"));
        long id = lib.articles(r.pageId()).get(0).id();
        String original = lib.currentRevision(id).text();
        Revision r2 = lib.saveRevision(id, original + "\n\n编者按：已校对。", "李编辑", "first pass");
        Revision r3 = lib.saveRevision(id, "全新的文本", "李编辑", "");
        assertEquals(2, r2.number());
        assertEquals(3, r3.number());
        assertEquals("全新的文本", lib.currentRevision(id).text());
        Revision r4 = lib.restore(id, r2.id(), "王编辑");
        assertEquals(4, r4.number());
        assertEquals(r2.text(), lib.currentRevision(id).text());
        assertEquals(r2.id(), r4.restoredFrom());
        assertEquals("restored revision 2", r4.note());
        List<Revision> all = lib.revisions(id);
        assertEquals(List.of(1, 2, 3, 4), all.stream().map(Revision::number).toList());
        assertEquals(original, all.get(0).text());
        assertEquals("first pass", all.get(1).note());
        assertEquals(4, lib.article(id).orElseThrow().revisionCount());
    }

    @Test
    void rawAndCleanAreTwoVersionsOfOnePageAndEditorWorkIsNeverReplaced() throws Exception {
        ImportResult raw = Imports.importFile(lib, copySample("page-a.raw.txt"));
        List<ArticleSummary> before = lib.articles(raw.pageId());
        ArticleSummary edited = before.get(0);
        Revision mine = lib.saveRevision(edited.id(), "编辑改过的文本", "李编辑", "fixed");
        lib.setStatus(before.get(before.size() - 1).id(), ReviewStatus.DONE);

        ImportResult clean = Imports.importFile(lib, copySample("page-a.clean.txt"));
        assertEquals(ImportResult.Outcome.NEW_VERSION, clean.outcome());
        assertEquals(raw.pageId(), clean.pageId());
        assertEquals(2, clean.versionNumber());
        assertEquals(List.of("raw", "clean"), lib.versions(raw.pageId()).stream().map(VersionInfo::label).toList());
        assertEquals(1, lib.pages().size());

        // the editor's articles are untouched
        assertEquals(mine, lib.currentRevision(edited.id()));
        assertEquals(2, lib.revisions(edited.id()).size());
        assertEquals(raw.versionId(), lib.article(edited.id()).orElseThrow().versionId());
        assertEquals(ReviewStatus.DONE, lib.article(before.get(before.size() - 1).id()).orElseThrow().status());
        assertTrue(clean.articlesKept() >= (before.size() > 1 ? 2 : 1), clean.toString());
        List<Long> ids = lib.articles(raw.pageId()).stream().map(ArticleSummary::id).toList();
        assertTrue(ids.contains(edited.id()));
        // every article of the page is either kept, updated, added; retired ones are hidden
        assertEquals(before.size() - clean.articlesRetired() + clean.articlesAdded(), ids.size());
    }

    static String paper(String... articles) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < articles.length; i += 2) {
            sb.append("## ").append(articles[i]).append("\n\n").append(articles[i + 1]).append("\n\n");
        }
        return sb.toString();
    }

    @Test
    void aChangedFileAddsAVersionUpdatesUntouchedArticlesAndKeepsEditedOnes() throws Exception {
        Path v1 = dir.resolve("paper-1.raw.md");
        Files.writeString(v1, paper("春耕备耕忙", "各地农民抓住晴好天气，开展春耕生产。", "疫情防控不放松", "全市继续做好疫情防控工作。",
                "文化惠民", "图书馆延长开放时间。", "体育新闻", "市运动会开幕。"));
        ImportResult r1 = Imports.importFile(lib, v1);
        List<ArticleSummary> a1 = lib.articles(r1.pageId());
        assertEquals(4, a1.size());
        long spring = a1.get(0).id();
        long covid = a1.get(1).id();
        long culture = a1.get(2).id();
        long sport = a1.get(3).id();
        lib.saveRevision(covid, "## 疫情防控不放松\n\n全市继续做好疫情防控工作（编辑改）。", "李编辑", "");
        lib.setStatus(sport, ReviewStatus.IN_PROGRESS);

        Path v2 = dir.resolve("paper-1.clean.md");
        Files.writeString(v2, paper("春耕备耕忙", "各地农民抓住晴好天气，积极开展春耕生产。", "疫情防控不放松", "全市继续做好疫情防控工作，新的文本。",
                "体育新闻", "市运动会隆重开幕。", "新栏目", "新的文章。"));
        ImportResult r2 = Imports.importFile(lib, v2);
        assertEquals(ImportResult.Outcome.NEW_VERSION, r2.outcome());
        assertEquals(1, r2.articlesUpdated(), r2.toString());   // 春耕: untouched, gets the new text
        assertEquals(2, r2.articlesKept(), r2.toString());      // 疫情 (edited) and 体育 (status set)
        assertEquals(1, r2.articlesRetired(), r2.toString());   // 文化惠民: untouched and gone from the new version
        assertEquals(1, r2.articlesAdded(), r2.toString());     // 新栏目

        Revision springNow = lib.currentRevision(spring);
        assertEquals(2, springNow.number());
        assertEquals(Library.IMPORT_AUTHOR, springNow.author());
        assertTrue(springNow.text().contains("积极开展"));
        assertEquals(r2.versionId(), lib.article(spring).orElseThrow().versionId());
        assertTrue(lib.currentRevision(covid).text().contains("编辑改"));
        assertEquals(r1.versionId(), lib.article(covid).orElseThrow().versionId());
        assertEquals("市运动会开幕。", lib.currentRevision(sport).text().lines().reduce((x, y) -> y).orElseThrow());
        assertTrue(lib.article(culture).orElseThrow().retired());
        assertEquals(List.of("春耕备耕忙", "疫情防控不放松", "体育新闻", "新栏目"),
                lib.articles(r1.pageId()).stream().map(ArticleSummary::title).toList());
        assertTrue(lib.search("图书馆", 10).isEmpty(), "retired articles are not found");
        assertEquals(1, lib.search("新的文章", 10).size());
    }

    @Test
    void statusOpenFlagsAndCounts() throws Exception {
        ImportResult r = Imports.importFile(lib, copySample("page-b.md"));
        List<ArticleSummary> arts = lib.articles(r.pageId());
        assertTrue(arts.size() >= 3, "page-b has a heading per article");
        lib.setStatus(arts.get(0).id(), ReviewStatus.DONE);
        lib.setStatus(arts.get(1).id(), ReviewStatus.IN_PROGRESS);
        lib.setOpenFlags(arts.get(0).id(), 0);
        lib.setOpenFlags(arts.get(1).id(), 7);
        PageSummary p = lib.page(r.pageId()).orElseThrow();
        assertEquals(1, p.done());
        assertEquals(1, p.inProgress());
        assertEquals(arts.size() - 2, p.unreviewed());
        assertEquals(arts.size(), p.articles());
        int expectedFlags = lib.articles(r.pageId()).stream().mapToInt(ArticleSummary::openFlags).sum();
        assertEquals(expectedFlags, p.openFlags());
        Library.Stats s = lib.stats();
        assertEquals(arts.size(), s.articles());
        assertEquals(1.0 / arts.size(), s.progress(), 1e-9);
        assertThrows(StoreException.class, () -> lib.setStatus(999_999, ReviewStatus.DONE));
    }

    @Test
    void decisionsAndDraftsSurviveReopening() throws Exception {
        ImportResult r = Imports.importFile(lib, copySample("page-b.md"));
        long id = lib.articles(r.pageId()).get(0).id();
        Decision d1 = lib.recordDecision(id, null, "punctuation-width", 10, 11, ",", "，", Verdict.ACCEPTED);
        Decision d2 = lib.recordDecision(id, null, "traditional-char", 20, 21, "級", "级", Verdict.REJECTED);
        lib.saveDraft(id, "草稿一");
        lib.saveDraft(id, "草稿二");
        lib.close();
        lib = Library.open(dir.resolve("lib.db"));
        assertEquals(List.of(d1, d2), lib.decisions(id));
        assertEquals(r.versionId(), d1.versionId());
        assertEquals("草稿二", lib.draft(id).orElseThrow().text());
        lib.saveRevision(id, "定稿", "李编辑", "");
        assertTrue(lib.draft(id).isEmpty(), "saving clears the draft");
        lib.saveDraft(id, "x");
        lib.clearDraft(id);
        assertTrue(lib.draft(id).isEmpty());
        lib.deleteDecision(d1.id());
        assertEquals(List.of(d2), lib.decisions(id));
        Decision v = lib.recordVersionDecision(r.versionId(), "garbled-char", 0, 3, "���", null, Verdict.REJECTED);
        assertTrue(lib.versionDecisions(r.versionId()).contains(v));
    }

    @Test
    void addVersionFromTextAndCreateArticle() throws Exception {
        ImportResult r = Imports.importFile(lib, copySample("page-b.md"));
        String merged = lib.sourceText(r.versionId()).replace("各級", "各级");
        ImportResult v = Imports.addVersion(lib, r.pageId(), "merged", "page-b.merged.md", merged, Format.MARKDOWN);
        assertEquals(ImportResult.Outcome.NEW_VERSION, v.outcome());
        assertEquals("merged", lib.version(v.versionId()).orElseThrow().label());
        assertEquals(merged, lib.sourceText(v.versionId()));
        ArticleRecord a = lib.createArticle(v.versionId(), "合并稿", "合并后的全文", "李编辑", "merged");
        assertEquals("合并后的全文", lib.currentRevision(a.id()).text());
        assertEquals(r.pageId(), a.pageId());
        assertEquals(ImportResult.Outcome.UNCHANGED,
                Imports.addVersion(lib, r.pageId(), "merged", "page-b.merged.md", merged, Format.MARKDOWN).outcome());
    }

    @Test
    void flagsAreNotStoredOnlyEachArticlesOpenCount() throws Exception {
        ImportResult r = Imports.importFile(lib, copySample("page-a.raw.txt"));
        var analysis = new com.jiaodui.text.Analyzer().analyze(
                com.jiaodui.text.TextDecoder.read(dir.resolve("page-a.raw.txt")));
        assertEquals(analysis.flags().size(), r.flags());
        assertEquals(0, lib.db().count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'flag'"));
        assertTrue(lib.articles(r.pageId()).stream().mapToInt(ArticleSummary::openFlags).sum() > 0);
    }

    @Test
    void unreadableFileIsAClearErrorAndWritesNothing() throws Exception {
        Path bin = dir.resolve("x.txt");
        Files.write(bin, new byte[] {0, 1, 2, 3, 0, 0, 5});
        StoreException e = assertThrows(StoreException.class, () -> Imports.importFile(lib, bin));
        assertEquals(StoreException.Reason.BAD_INPUT, e.reason());
        assertTrue(e.getMessage().startsWith(bin.toString()), e.getMessage());
        assertTrue(lib.pages().isEmpty());
    }

    @Test
    void seedingImportsTheSamplesOnce() {
        List<ImportResult> seeded = Imports.seedSamplesIfNew(lib);
        assertEquals(com.jiaodui.library.Importer.SAMPLES.size(), seeded.size());
        assertEquals(3, lib.pages().size()); // page-a (two versions), page-b, page-c
        assertTrue(Imports.seedSamplesIfNew(lib).isEmpty());
        assertNotEquals(0, lib.stats().articles());
    }

    @Test
    void defaultPathHonoursEnvironmentAndOs() {
        assertEquals(Path.of("/x/my.db"), Library.defaultPath(Library.env("JIAODUI_DB", "/x/my.db"), "Linux", "/home/ed"));
        assertEquals(Path.of("/data/jiaodui/library.db"),
                Library.defaultPath(Library.env("XDG_DATA_HOME", "/data"), "Linux", "/home/ed"));
        assertEquals(Path.of("/home/ed/.local/share/jiaodui/library.db"),
                Library.defaultPath(Library.env(), "Linux", "/home/ed"));
        assertEquals(Path.of("/home/ed/Library/Application Support/Jiaodui/library.db"),
                Library.defaultPath(Library.env(), "Mac OS X", "/home/ed"));
        assertEquals(Path.of("/appdata/Jiaodui/library.db"),
                Library.defaultPath(Library.env("APPDATA", "/appdata"), "Windows 11", "/home/ed"));
    }

    @Test
    void pageNames() {
        var N = new Object() {
            String page(String f) {
                return com.jiaodui.library.PageNaming.pageName(f);
            }
        };
        assertEquals("page-a", N.page("page-a.raw.txt"));
        assertEquals("page-a", N.page("page-a.clean.txt"));
        assertEquals("page-b", N.page("page-b.md"));
        assertEquals("2021-01-03 第2版", N.page("2021-01-03 第2版_v2.txt"));
        assertEquals("a/p", N.page("a/p.txt"));
        assertEquals("b/p", N.page("b/p.ocr2.txt"));
        assertEquals("raw", com.jiaodui.library.PageNaming.label("page-a.raw.txt"));
        assertEquals("page-b.md", com.jiaodui.library.PageNaming.label("page-b.md"));
        assertEquals("raw", N.page("raw.txt"));
        assertEquals(com.jiaodui.library.Role.CLEANED, com.jiaodui.library.PageNaming.role("page-a.clean.txt"));
        assertEquals(com.jiaodui.library.Role.CLEANED, com.jiaodui.library.PageNaming.role("page-a.cleaned.txt"));
        assertEquals(com.jiaodui.library.Role.OCR, com.jiaodui.library.PageNaming.role("page-a.ocr2.txt"));
        assertEquals(com.jiaodui.library.Role.RAW, com.jiaodui.library.PageNaming.role("page-b.md"));
    }

    @Test
    void importFilesReportsEachFileSkipsBadOnesAndCanBeCancelled() throws Exception {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {0, 0, 0, 1});
        List<Path> files = List.of(copySample("page-a.raw.txt"), bad, copySample("page-b.md"),
                copySample("page-c.raw.txt"), dir.resolve("page-b.md"));
        List<String> events = new java.util.ArrayList<>();
        List<ImportResult> results = Imports.importFiles(lib, files, (done, total, file, result, error) -> events.add(
                done + "/" + total + " " + file.getFileName() + " " + (error != null ? error.reason()
                        : result.outcome())), () -> false);
        assertEquals(List.of("1/5 page-a.raw.txt NEW_PAGE", "2/5 bad.txt BAD_INPUT", "3/5 page-b.md NEW_PAGE",
                "4/5 page-c.raw.txt NEW_PAGE", "5/5 page-b.md UNCHANGED"), events);
        assertEquals(4, results.size());
        assertEquals(3, lib.pages().size());

        java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        List<ImportResult> part = Imports.importFiles(lib, List.of(copySample("page-a.clean.txt"), copySample("page-a.raw.txt")),
                (done, total, file, result, error) -> seen.incrementAndGet(), () -> polls.incrementAndGet() > 1);
        assertEquals(1, part.size());
        assertEquals(1, seen.get());
        assertEquals(ImportResult.Outcome.NEW_VERSION, part.get(0).outcome());
    }

    @Test
    void libraryPathsWithSpacesAndChineseWork() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("编辑部 资料#1"));
        try (Library other = Library.open(odd.resolve("校对 库.db"))) {
            Imports.importFile(other, copySample("page-b.md"));
            assertEquals(1, other.pages().size());
        }
        assertTrue(Files.exists(odd.resolve("校对 库.db")));
    }
}
