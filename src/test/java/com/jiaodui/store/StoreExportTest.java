package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreExportTest {
    @TempDir
    Path dir;
    Library lib;
    ImportResult page;

    @BeforeEach
    void setUp() throws Exception {
        lib = Library.open(dir.resolve("e.db"));
        Path f = dir.resolve("page-b.md");
        Files.write(f, LibraryTest.sample("page-b.md"));
        page = Imports.importFile(lib, f);
    }

    @AfterEach
    void tearDown() {
        lib.close();
    }

    static final String LONG = "很".repeat(300);

    @Test
    void dangerousTitlesBecomeSafeNames() {
        for (String t : List.of("../../etc/x", "a/b", "CON", "", LONG, "..", "a\\b", "nul.txt", " . ", "c:x*?<>|\"",
                "line\nbreak", "COM1", "lpt9")) {
            String b = SafeFileNames.base(t);
            assertFalse(b.isEmpty(), t);
            assertFalse(b.contains("/") || b.contains("\\") || b.contains(".."), b);
            assertFalse(b.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?"), b);
            assertFalse(b.startsWith(".") || b.endsWith(".") || b.endsWith(" "), b);
            assertTrue(b.codePointCount(0, b.length()) <= SafeFileNames.MAX_CODE_POINTS, b);
            assertTrue(b.getBytes(StandardCharsets.UTF_8).length <= 200, b);
            assertTrue(b.chars().noneMatch(c -> c < 0x20 || ":*?\"<>|".indexOf(c) >= 0), b);
        }
        assertEquals("etc_x", SafeFileNames.base("../../etc/x"));
        assertEquals("a_b", SafeFileNames.base("a/b"));
        assertEquals("_CON", SafeFileNames.base("CON"));
        assertEquals("untitled", SafeFileNames.base(""));
        assertEquals("疫情防控不放松", SafeFileNames.base("疫情防控不放松"));
        Set<String> used = new HashSet<>();
        assertEquals("a_b.txt", SafeFileNames.unique("a/b", "txt", used));
        assertEquals("a_b-2.txt", SafeFileNames.unique("a\\b", "txt", used));
        assertEquals("A_B-3.txt", SafeFileNames.unique("A/B", "txt", used));
    }

    @Test
    void dangerousTitlesExportInsideTheOutputDirectory() throws Exception {
        long v = page.versionId();
        for (String t : List.of("../../etc/x", "a/b", "a/b", "CON", "", LONG, "index")) {
            lib.createArticle(v, t, "正文：" + t, "李编辑", "");
        }
        Path out = dir.resolve("out");
        Exporter.Result r = Exporter.export(lib, ExportFormat.TXT, out, ExportScope.page(page.pageId()));
        assertEquals(lib.articles(page.pageId()).size(), r.files().size());
        assertEquals(r.files().size(), new HashSet<>(r.files()).size(), "collisions are numbered");
        for (Path p : r.files()) {
            assertEquals(out, p.getParent());
            assertTrue(Files.isRegularFile(p), p.toString());
        }
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("etc_x.txt", "a_b.txt", "a_b-2.txt", "_CON.txt", "untitled.txt",
                    "index.txt", "index-2.txt", "很".repeat(SafeFileNames.MAX_CODE_POINTS) + ".txt")), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), "no temporary files left");
        }
        assertFalse(Files.exists(dir.resolve("etc")));
        assertEquals("正文：a/b\n", Files.readString(out.resolve("a_b.txt")));
        assertTrue(Files.readString(r.index()).contains("a_b-2.txt"));
    }

    @Test
    void exportsTheCurrentRevisionInEveryFormat() throws Exception {
        List<ArticleSummary> arts = lib.articles(page.pageId());
        long id = arts.get(0).id();
        lib.saveRevision(id, arts.get(0).title() + "\n\n编辑改过的正文。", "李编辑", "done");
        ObjectMapper json = new ObjectMapper();
        for (ExportFormat f : ExportFormat.values()) {
            Path out = dir.resolve("out-" + f.extension());
            Exporter.Result r = Exporter.export(lib, f, out, ExportScope.article(id));
            assertEquals(1, r.files().size());
            String s = Files.readString(r.files().get(0));
            assertTrue(s.contains("编辑改过的正文。"), s);
            assertTrue(r.files().get(0).getFileName().toString().endsWith("." + f.extension()));
            assertEquals(out.resolve("index." + f.extension()), r.index());
            switch (f) {
                case TXT -> assertEquals(lib.currentRevision(id).text() + "\n", s);
                case MD -> assertTrue(s.startsWith("# " + arts.get(0).title() + "\n\n编辑改过的正文。"), s);
                case JSON -> {
                    JsonNode n = json.readTree(s);
                    assertEquals(id, n.get("id").asLong());
                    assertEquals(lib.currentRevision(id).text(), n.get("text").asText());
                    assertEquals(2, n.get("revision").get("number").asInt());
                    JsonNode idx = json.readTree(r.index().toFile());
                    assertEquals(r.files().get(0).getFileName().toString(),
                            idx.get("articles").get(0).get("file").asText());
                }
            }
        }
    }

    @Test
    void wholeLibraryWithProgressAndCancel() throws Exception {
        Imports.seedSamplesIfNew(lib); // nothing: the library already has a page
        Path f = dir.resolve("page-c.raw.txt");
        Files.write(f, LibraryTest.sample("page-c.raw.txt"));
        Imports.importFile(lib, f);
        int total = lib.allArticles().size();
        AtomicInteger calls = new AtomicInteger();
        Exporter.Result all = Exporter.export(lib, ExportFormat.MD, dir.resolve("all"), ExportScope.all(),
                (done, t, file) -> {
                    assertEquals(total, t);
                    calls.incrementAndGet();
                }, () -> false);
        assertEquals(total, all.files().size());
        assertEquals(total + 1, calls.get());
        assertFalse(all.cancelled());
        String index = Files.readString(all.index());
        assertTrue(index.contains("| page-b |") && index.contains("| page-c |"), index);

        AtomicInteger written = new AtomicInteger();
        Exporter.Result cancelled = Exporter.export(lib, ExportFormat.TXT, dir.resolve("cancel"), ExportScope.all(),
                (done, t, file) -> written.set(done), () -> written.get() >= 2);
        assertTrue(cancelled.cancelled());
        assertEquals(2, cancelled.files().size());
        assertNull(cancelled.index());
    }

    @Test
    void badTargetsAreClearErrors() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        StoreException e = assertThrows(StoreException.class,
                () -> Exporter.export(lib, ExportFormat.TXT, file, ExportScope.all()));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        StoreException e2 = assertThrows(StoreException.class,
                () -> Exporter.export(lib, ExportFormat.TXT, dir.resolve("o"), ExportScope.article(424242)));
        assertEquals(StoreException.Reason.NOT_FOUND, e2.reason());
    }
}
