package com.jiaodui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.store.ArticleSummary;
import com.jiaodui.store.ImportResult;
import com.jiaodui.store.Library;
import com.jiaodui.store.PageSummary;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Article;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import com.jiaodui.util.PageFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page is its raw OCR beside its cleaned version, whatever the order of import. */
class PageModelTest {
    static final String FRAGMENT = "之一，引发强烈反响。";

    @TempDir
    Path dir;

    static byte[] sample(String name) throws IOException {
        try (InputStream in = PageModelTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    Path copy(String name) throws IOException {
        Path p = dir.resolve("pages").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.exists(p) ? p : Files.write(p, sample(name));
    }

    private ImportReport importPaths(StoreLibraryService s, Path... paths) throws IOException {
        return s.importFiles(List.of(paths), null, (d, t, f, e) -> { }, () -> false);
    }

    /** One page, raw side page-a.raw.txt, articles from page-a.clean.txt, the fragment flagged on the article side. */
    private void assertPageA(StoreLibraryService s) throws IOException {
        Library lib = s.library();
        List<PageSummary> pages = lib.pages();
        assertEquals(List.of("page-a"), pages.stream().map(PageSummary::name).toList());
        long pageId = pages.get(0).id();
        assertFalse(lib.search("精神风貌", 10).isEmpty(), "the clean version's words are in the articles");
        List<ArticleSummary> arts = lib.articles(pageId);
        assertFalse(arts.isEmpty());
        ArticleSummary withFragment = null;
        for (ArticleSummary a : arts) {
            if (lib.currentRevision(a.id()).text().contains("十个优秀作品" + FRAGMENT)) {
                withFragment = a;
            }
        }
        assertNotNull(withFragment, "an article starts from the clean text");
        ReviewSource src = s.reviewSource(withFragment.id());
        assertEquals("page-a.raw.txt", src.raw().name());
        assertTrue(src.raw().raw().contains("格局，通过数据跟踪 、先进带动 、活动\n"), "raw hard wraps on the left");
        assertNotNull(src.cleaned());
        assertEquals("page-a.clean.txt", src.cleaned().name());
        assertEquals("page-a.raw.txt ⇄ page-a.clean.txt", src.title());

        Analysis analysis = src.analyse(new Analyzer());
        assertEquals(src.raw().raw(), analysis.raw());
        int index = withFragment.index();
        Article article = analysis.articles().stream().filter(x -> x.index() == index).findFirst().orElseThrow();
        String text = article.text().text();
        assertTrue(text.contains("十个优秀作品" + FRAGMENT));
        // flagged on the right: the page analysis (of the clean text, carried onto the raw page) holds the flag
        // and it lands inside this article
        List<Flag> dup = analysis.flags().stream().filter(f -> f.kind() == FlagKind.DUPLICATE_FRAGMENT).toList();
        assertFalse(dup.isEmpty(), "duplicate fragment flagged");
        Flag f = dup.get(0);
        assertTrue(f.start() >= article.rawStart() && f.start() <= article.rawEnd(), "flagged inside the article");
        assertTrue(analysis.raw().substring(f.start(), Math.max(f.end(), f.start())).replaceAll("\\s", "")
                .contains("之一"), "the flag covers the fragment on the raw page: " + f);
        // linked span by span: article text maps onto the same words of the raw page
        int at = text.indexOf("线上出众");
        int[] raw = article.text().toRaw(at, at + 4);
        assertEquals("线上出众", analysis.raw().substring(raw[0], raw[1]).replaceAll("\\s", ""));
    }

    private static int countOf(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void rawThenClean() throws Exception {
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("l.db")))) {
            ImportReport r1 = importPaths(s, copy("page-a.raw.txt"));
            ImportReport r2 = importPaths(s, copy("page-a.clean.txt"));
            assertEquals(1, r1.newPages());
            assertEquals(1, r2.newVersions());
            assertPageA(s);
        }
    }

    @Test
    void cleanThenRaw() throws Exception {
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("l.db")))) {
            importPaths(s, copy("page-a.clean.txt"));
            ImportReport r = importPaths(s, copy("page-a.raw.txt"));
            assertEquals(1, r.newVersions());
            assertEquals(0, r.articlesAdded() + r.articlesUpdated() + r.articlesRetired(), "the articles stay");
            assertPageA(s);
        }
    }

    @Test
    void bothTogetherInEitherOrder() throws Exception {
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("l.db")))) {
            importPaths(s, copy("page-a.clean.txt"), copy("page-a.raw.txt"));
            assertPageA(s);
        }
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("l2.db")))) {
            importPaths(s, copy("page-a.raw.txt"), copy("page-a.clean.txt"));
            assertPageA(s);
        }
    }

    @Test
    void theDefaultSampleLibraryShowsPageAThatWay() throws Exception {
        try (StoreLibraryService s = StoreLibraryService.open(dir.resolve("default.db"))) {
            assertEquals(List.of("page-a", "page-b", "page-c"),
                    s.library().pages().stream().map(PageSummary::name).toList());
            Library lib = s.library();
            long pageA = lib.pages().get(0).id();
            assertEquals(List.of("raw", "cleaned"), lib.versions(pageA).stream().map(v -> v.role()).toList());
            PageEntry entry = s.pages().get(0);
            assertEquals(List.of(Role.RAW, Role.CLEANED), entry.versions().stream().map(PageVersion::role).toList());
            assertEquals(0, entry.versions().get(0).articles());
            assertEquals(entry.articles().size(), entry.versions().get(1).articles());
            // (assertPageA wants page-a alone; check the same things here)
            long art = entry.articles().get(0).id();
            ReviewSource src = s.reviewSource(art);
            assertEquals("page-a.raw.txt", src.raw().name());
            assertEquals("page-a.clean.txt", src.cleaned().name());
            assertFalse(lib.search("精神风貌", 10).isEmpty());
            // page-b has only itself: its raw side, no cleaned version
            long artB = s.pages().get(1).articles().get(0).id();
            assertNull(s.reviewSource(artB).cleaned());
        }
    }

    @Test
    void samePathInTwoFoldersIsTwoPagesAndReadmesAreSkipped() throws Exception {
        Path root = dir.resolve("issue");
        Files.createDirectories(root.resolve("a"));
        Files.createDirectories(root.resolve("b"));
        Files.write(root.resolve("a/p.txt"), sample("page-c.raw.txt"));
        Files.write(root.resolve("b/p.txt"), sample("page-b.md"));
        Files.write(root.resolve("README.md"), sample("page-b.md"));
        Files.writeString(root.resolve("LICENSE"), "MIT");
        Files.writeString(root.resolve(".hidden.txt"), "x");
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("l.db")))) {
            ImportReport r = importPaths(s, root);
            assertEquals(List.of("a/p", "b/p"), s.library().pages().stream().map(PageSummary::name).toList());
            assertEquals(2, r.newPages());
            assertEquals(3, r.skipped(), r.skippedFiles().toString());
            assertTrue(r.skippedFiles().stream().anyMatch(l -> l.contains("README.md")));
            ImportReport again = importPaths(s, root);
            assertEquals(0, again.newPages());
            assertEquals(2, again.unchanged());
            assertEquals(0, again.articlesUpdated());
            assertTrue(again.summary().startsWith("0 new pages, 0 new versions, 2 unchanged, 3 skipped, 0 refused"),
                    again.summary());
        }
    }

    @Test
    void updatedCountsOnlyArticlesWhoseTextChanged() throws Exception {
        try (Library lib = Library.open(dir.resolve("l.db"))) {
            Importer im = Importer.of(lib);
            String page = new String(sample("page-b.md"), java.nio.charset.StandardCharsets.UTF_8);
            ImportResult first = im.importText("p.md", page, com.jiaodui.text.Format.MARKDOWN);
            int n = first.articlesAdded();
            assertTrue(n > 2);
            // a new raw version that changes one word of the last article only
            int cut = page.lastIndexOf("。");
            String changed = page.substring(0, cut) + "！" + page.substring(cut + 1);
            ImportResult second = im.importText("p.v2.md", changed + "\n", com.jiaodui.text.Format.MARKDOWN);
            assertEquals(ImportResult.Outcome.NEW_VERSION, second.outcome());
            assertEquals(Role.OCR.id(), second.role());
            assertEquals(0, second.articlesUpdated(), "an OCR run does not touch the articles");
            ImportResult third = new Importer(lib, new Analyzer()).importSource(
                    new com.jiaodui.text.SourceText(Path.of("p.md"), changed, "UTF-8", false,
                            com.jiaodui.text.TextDecoder.sha256(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                    "p.raw.md", Role.RAW);
            assertEquals(1, third.articlesUpdated());
            assertEquals(0, third.articlesAdded());
        }
    }

    @Test
    void roleFromTheCommandLineWins() throws Exception {
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("l.db")))) {
            importPaths(s, copy("page-a.raw.txt"));
            Path other = dir.resolve("page-a.txt");
            Files.write(other, sample("page-a.clean.txt"));
            ImportReport r = s.importFiles(List.of(other), Role.CLEANED, (d, t, f, e) -> { }, () -> false);
            assertEquals(1, r.newVersions());
            assertEquals("cleaned", r.results().get(0).role());
            assertFalse(s.library().search("精神风貌", 5).isEmpty());
        }
    }

    @Test
    void walkNamesFilesRelativeToTheirFolder() throws Exception {
        Path root = dir.resolve("w");
        Files.createDirectories(root.resolve("x"));
        Files.writeString(root.resolve("x/q.raw.txt"), "一");
        Files.writeString(root.resolve("CHANGELOG.md"), "二");
        List<String> skipped = new ArrayList<>();
        List<PageFiles.PageFile> files = PageFiles.walk(List.of(root), skipped::add, skipped::add);
        assertEquals(List.of("x/q.raw.txt"), files.stream().map(PageFiles.PageFile::relativeName).toList());
        assertEquals(1, skipped.size());
        assertEquals("x/q", PageNaming.pageName(files.get(0).relativeName()));
    }
}
