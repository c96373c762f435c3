package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Skipping the settle round of a page clean leaves unchanged and with no fix offered ({@link Page#readsAs})
 * gives the analysis that running the detectors again gives, on every page the tests have: the samples, the
 * unseen pages, the layout cases, and correctly printed pages.
 */
class SettleShortcutTest {
    private static final String PRINTED = """
            让“中国造”成为世界好物

            本报北京12月1日电  记者王明报道：今年以来，我国消费品工业增加值同比增长5.6%。

            “我们的订单排到了明年三月。”一家企业负责人说。
            """;

    @Test
    void aPageCleanLeavesAsItIsReadsAsItsCleanedText() {
        Page page = PageReader.read(PRINTED, Format.TEXT);
        assertTrue(page.readsAs(PageReader.read(PRINTED.strip(), Format.TEXT)));
        assertTrue(page.readsAs(page));
        // two articles one after the other, with two blank lines between: the same blocks
        Page twoBlank = PageReader.read(PRINTED.replace("\n\n“我们", "\n\n\n“我们"), Format.TEXT);
        assertTrue(twoBlank.readsAs(PageReader.read(PRINTED.strip(), Format.TEXT)));
        // another text, another line structure: not the same page
        assertFalse(page.readsAs(PageReader.read(PRINTED.replace("三月", "四月").strip(), Format.TEXT)));
        Page wrapped = PageReader.read("今年以来，我国消费品工业\n增加值同比增长5.6%。\n", Format.TEXT);
        assertFalse(wrapped.readsAs(PageReader.read("今年以来，我国消费品工业增加值同比增长5.6%。", Format.TEXT)));
    }

    @Test
    void theShortcutChangesNoAnalysis() throws IOException, UnreadablePageException {
        Analyzer fast = new Analyzer();
        Analyzer full = new Analyzer(Analyzer.defaultDetectors(), false);
        List<SourceText> pages = new ArrayList<>();
        for (String dir : List.of("assets/samples", "src/test/resources/unseen", "src/test/resources/layout")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    if (!f.getFileName().toString().startsWith("README") && Files.isRegularFile(f)) {
                        pages.add(TextDecoder.read(f));
                    }
                }
            }
        }
        pages.add(new SourceText(null, PRINTED, "UTF-8", false, "-"));
        pages.add(new SourceText(null, PRINTED.strip(), "UTF-8", false, "-"));
        pages.add(new SourceText(null, PRINTED.replace("\n\n", "\n\n\n"), "UTF-8", false, "-"));
        assertTrue(pages.size() > 20, "pages: " + pages.size());
        for (SourceText p : pages) {
            Analysis a = fast.analyze(p);
            Analysis b = full.analyze(p);
            assertEquals(b.flags(), a.flags(), p.name());
            assertEquals(b.cleaned().text(), a.cleaned().text(), p.name());
            assertEquals(b.articles().size(), a.articles().size(), p.name());
            for (int i = 0; i < a.articles().size(); i++) {
                Article x = a.articles().get(i);
                Article y = b.articles().get(i);
                assertEquals(List.of(y.title(), y.paragraphs(), y.rawStart(), y.rawEnd(), y.text().text()),
                        List.of(x.title(), x.paragraphs(), x.rawStart(), x.rawEnd(), x.text().text()), p.name());
            }
        }
    }
}
