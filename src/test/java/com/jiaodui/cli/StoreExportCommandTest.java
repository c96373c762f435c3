package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.cli.StoreCliSupport.Run;
import com.jiaodui.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreExportCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("lib.db");
        Path page = Files.writeString(dir.resolve("paper.md"),
                "## 春耕/备耕忙\n\n各地农民抓住晴好天气，开展春耕生产。\n\n## 疫情防控\n\n疫苗接种有序推进。\n");
        assertEquals(0, StoreCliSupport.run("import", "--db", db.toString(), page.toString()).rc());
    }

    @Test
    void exportsTheLibraryAPageOrAnArticle() throws Exception {
        Path out = dir.resolve("out");
        Run r = StoreCliSupport.run("export", "--db", db.toString(), "--format", "md", "--out", out.toString());
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().startsWith("exported 2 articles to " + out), r.out());
        assertTrue(Files.readString(out.resolve("春耕_备耕忙.md")).startsWith("# 春耕/备耕忙\n\n各地农民"));
        assertTrue(Files.exists(out.resolve("疫情防控.md")));
        assertTrue(Files.exists(out.resolve("index.md")));

        long id;
        try (Library lib = Library.open(db)) {
            id = lib.allArticles().get(1).id();
        }
        Path one = dir.resolve("one");
        Run a = StoreCliSupport.run("export", "--db", db.toString(), "--format", "json", "--out", one.toString(),
                "--article", String.valueOf(id));
        assertEquals(0, a.rc(), a.err());
        assertTrue(Files.exists(one.resolve("疫情防控.json")));
        Run p = StoreCliSupport.run("export", "--db", db.toString(), "--format", "txt", "--out",
                dir.resolve("p").toString(), "--page", "1");
        assertEquals(0, p.rc(), p.err());
        assertTrue(p.out().startsWith("exported 2 articles"), p.out());
    }

    @Test
    void usageErrorsAreClear() {
        Run bad = StoreCliSupport.run("export", "--db", db.toString(), "--format", "pdf", "--out", "x");
        assertEquals(Cli.EXIT_USAGE, bad.rc());
        assertTrue(bad.err().contains("unknown export format: pdf"), bad.err());
        Run both = StoreCliSupport.run("export", "--db", db.toString(), "--format", "txt", "--out", "x",
                "--page", "1", "--article", "1");
        assertEquals(Cli.EXIT_USAGE, both.rc());
        Run missing = StoreCliSupport.run("export", "--db", db.toString(), "--format", "txt", "--out",
                dir.resolve("y").toString(), "--article", "999");
        assertEquals(Cli.EXIT_USAGE, missing.rc());
        assertTrue(missing.err().contains("there is no article 999"), missing.err());
    }
}
