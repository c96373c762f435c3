package com.jiaodui.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.Drafts;
import com.jiaodui.app.Settings;
import com.jiaodui.app.task.TaskRunner;
import com.jiaodui.library.LearntPair;
import com.jiaodui.library.StoreLibraryService;
import com.jiaodui.review.ReviewStatus;
import com.jiaodui.store.ArticleSummary;
import com.jiaodui.store.Library;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Settings → Learnt corrections on a library that learnt 精神风采 → 精神风貌 from a save: list, disable, export, remove. */
class LearntCorrectionsDialogTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static long learntFlags(AppContext ctx, String text) {
        return ctx.analyzer().analyze(text, Format.TEXT).flags().stream().filter(f -> f.kind() == FlagKind.LEARNED_FIX).count();
    }

    @Test
    void theListShowsTheCorrectionAndRemoveDisableAndExportWork() throws Exception {
        FxToolkit.registerPrimaryStage();
        String raw;
        try (java.io.InputStream in = LearntCorrectionsDialogTest.class.getResourceAsStream("/samples/page-a.raw.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path page = Files.writeString(Files.createDirectories(dir.resolve("pages")).resolve("page-a.raw.txt"), raw);
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("lib.db")), new com.jiaodui.text.Analyzer());
             AppContext ctx = new AppContext(s, new Drafts(), new Settings(dir.resolve("s.properties")), TaskRunner.sameThread())) {
            s.importFiles(List.of(page), null, (d, t, f, e) -> { }, () -> false);
            Library lib = s.library();
            // page-a's raw text layer reads 精神风采 (the other OCR run 精神风貌)
            ArticleSummary article = lib.articles(lib.pages().get(0).id()).stream()
                    .filter(a -> lib.currentRevision(a.id()).text().contains("精神风采")).findFirst().orElseThrow();
            String before = lib.currentRevision(article.id()).text();
            s.saveRevision(article.id(), before.replace("精神风采", "精神风貌"), "", List.of(), ReviewStatus.DONE, 0);
            String other = "周口展现了新时代的精神风采。";
            assertEquals(1, learntFlags(ctx, other), "learnt and flagged");

            LearntCorrectionsDialog[] d = new LearntCorrectionsDialog[1];
            robot.interact(() -> {
                d[0] = new LearntCorrectionsDialog(ctx, null);
                d[0].show();
            });
            List<LearntPair> rows = d[0].rows();
            assertEquals(1, rows.size(), rows.toString());
            LearntPair p = rows.get(0);
            assertEquals("采", p.from());
            assertEquals("貌", p.to());
            assertEquals("神风", p.left());
            assertEquals(System.getProperty("user.name", ""), p.author());
            assertNotNull(p.when());
            assertTrue(p.enabled());
            TableView<?> table = robot.lookup("#learntTable").queryAs(TableView.class);
            assertEquals(1, table.getItems().size());
            assertTrue(robot.lookup("采 → 貌").tryQuery().isPresent(), "the correction is shown");
            assertTrue(robot.lookup("神风【采】" + p.right()).tryQuery().isPresent(), "with its context");

            // disable: listed, no longer flagged; enable again: flagged
            robot.interact(() -> d[0].select(d[0].rows().get(0)));
            robot.clickOn("#learntToggle");
            assertFalse(d[0].rows().get(0).enabled());
            assertEquals(0, learntFlags(ctx, other), "a disabled correction is not flagged");
            robot.interact(() -> d[0].select(d[0].rows().get(0)));
            robot.clickOn("#learntToggle");
            assertTrue(d[0].rows().get(0).enabled());
            assertEquals(1, learntFlags(ctx, other));

            // export: a header and one line
            Path out = dir.resolve("learnt.tsv");
            robot.interact(() -> d[0].export(out));
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("from\tto\tleft\tright"), lines.get(0));
            assertTrue(lines.get(1).startsWith("采\t貌\t神风\t"), lines.get(1));

            // remove: gone from the list, the library and the analysis
            robot.interact(() -> d[0].select(d[0].rows().get(0)));
            robot.clickOn("#learntRemove");
            assertEquals(List.of(), d[0].rows());
            assertEquals(List.of(), s.learntPairs());
            assertEquals(0, learntFlags(ctx, other));
            robot.interact(() -> d[0].close());
        }
    }
}
