package com.jiaodui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.review.ReviewStatus;
import com.jiaodui.store.ArticleSummary;
import com.jiaodui.store.LearntCorrection;
import com.jiaodui.store.Library;
import com.jiaodui.store.PageSummary;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learning from corrections through the library: a save teaches, another page is flagged, removing forgets. */
class LearntCorrectionsTest {
    @TempDir
    Path dir;

    static String sample(String name) throws IOException {
        try (InputStream in = LearntCorrectionsTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Flag> learned(Analysis a) {
        return a.flags().stream().filter(f -> f.kind() == FlagKind.LEARNED_FIX).toList();
    }

    @Test
    void aCorrectionSavedOnOnePageIsFlaggedOnAnotherUntilRemoved() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path a = Files.writeString(pages.resolve("page-a.raw.txt"), sample("page-a.raw.txt"));
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("lib.db")), new Analyzer())) {
            s.importFiles(List.of(a), null, (d, t, f, e) -> { }, () -> false);
            Library lib = s.library();
            long pageA = lib.pages().get(0).id();
            ArticleSummary article = null;
            for (ArticleSummary x : lib.articles(pageA)) {
                if (lib.currentRevision(x.id()).text().contains("精神风采")) {
                    article = x;
                }
            }
            assertNotNull(article, "page-a has the OCR reading 精神风采 (the other OCR run reads 精神风貌)");
            String before = lib.currentRevision(article.id()).text();
            // the editor corrects that one confusion and saves
            s.saveRevision(article.id(), before.replace("精神风采", "精神风貌"), "", List.of(), ReviewStatus.DONE, 0);

            List<LearntCorrection> learnt = s.learntCorrections();
            assertEquals(1, learnt.size(), learnt.toString());
            LearntCorrection c = learnt.get(0);
            // the diff keeps the shared 风: one character replaced, in its context
            assertEquals("采", c.from());
            assertEquals("貌", c.to());
            assertEquals("神风", c.left());
            assertEquals(StoreLibraryService.editor(), c.author());
            assertNotNull(c.createdAt());
            assertTrue(c.enabled());

            // another page with the same confusion, imported afterwards: flagged on import and in the review
            String other = sample("page-c.raw.txt").replaceFirst("。", "。展现了新时代的精神风采。");
            Path c2 = Files.writeString(pages.resolve("page-c.raw.txt"), other);
            s.importFiles(List.of(c2), null, (d, t, f, e) -> { }, () -> false);
            PageSummary pageC = lib.pages().stream().filter(p -> p.name().equals("page-c")).findFirst().orElseThrow();
            Analyzer analyzer = s.withLearnt(new Analyzer());
            Analysis analysis = analyzer.analyze(other, com.jiaodui.text.Format.TEXT);
            List<Flag> flags = learned(analysis);
            assertEquals(1, flags.size(), flags.toString());
            Flag f = flags.get(0);
            assertEquals("采", other.substring(f.start(), f.end()));
            assertEquals("精神风", other.substring(f.start() - 3, f.start()));
            assertEquals("貌", f.replacement());
            assertTrue(f.message().contains(c.author()), f.message());
            long articleC = lib.articles(pageC.id()).stream()
                    .filter(x -> lib.currentRevision(x.id()).text().contains("精神风采")).findFirst().orElseThrow().id();
            assertFalse(learned(s.reviewSource(articleC).analyse(analyzer)).isEmpty(), "the review flags it too");
            // page-a's own remaining text is not flagged by its own correction
            assertTrue(learned(analyzer.analyze(before.replace("精神风采", "精神风貌"),
                    com.jiaodui.text.Format.TEXT)).isEmpty());

            // disabled: not flagged; enabled again: flagged; removed: not flagged, not listed
            s.setLearntEnabled(c.id(), false);
            assertTrue(learned(analyzer.analyze(other, com.jiaodui.text.Format.TEXT)).isEmpty());
            s.setLearntEnabled(c.id(), true);
            assertEquals(1, learned(analyzer.analyze(other, com.jiaodui.text.Format.TEXT)).size());
            s.removeLearnt(c.id());
            assertTrue(learned(analyzer.analyze(other, com.jiaodui.text.Format.TEXT)).isEmpty());
            assertTrue(s.learntCorrections().isEmpty());
        }
    }

    @Test
    void learntCorrectionsSurviveReopening() throws IOException {
        Path db = dir.resolve("lib2.db");
        try (Library lib = Library.open(db)) {
            lib.recordCorrections(List.of(new Library.NewCorrection("己", "已", "他", "经")), "wang", null);
            lib.recordCorrections(List.of(new Library.NewCorrection("己", "已", "他", "经")), "li", null);
        }
        try (Library lib = Library.open(db)) {
            List<LearntCorrection> all = lib.learntCorrections(false);
            assertEquals(1, all.size(), "the same correction is kept once");
            assertEquals("wang", all.get(0).author());
        }
    }
}
