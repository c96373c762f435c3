package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.cli.StoreCliSupport.Run;
import com.jiaodui.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreHistoryCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsRevisionsAndShowsOne() throws Exception {
        Path db = dir.resolve("lib.db");
        Path page = Files.writeString(dir.resolve("paper.md"), "## 疫情防控\n\n疫苗接种有序推进。\n");
        assertEquals(0, StoreCliSupport.run("import", "--db", db.toString(), page.toString()).rc());
        long id;
        try (Library lib = Library.open(db)) {
            id = lib.allArticles().get(0).id();
            lib.saveRevision(id, "疫情防控\n\n疫苗接种稳步推进。", "李编辑", "wording");
        }
        Run r = StoreCliSupport.run("history", "--db", db.toString(), String.valueOf(id));
        assertEquals(0, r.rc(), r.err());
        var lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("article " + id + ": 疫情防控  [page paper, unreviewed]"), lines.get(0));
        assertTrue(lines.get(1).contains("#1") && lines.get(1).contains("import"), lines.get(1));
        assertTrue(lines.get(2).contains("#2") && lines.get(2).contains("李编辑") && lines.get(2).contains("wording")
                && lines.get(2).endsWith("(current)"), lines.get(2));
        Run show = StoreCliSupport.run("history", "--db", db.toString(), "--show", "2", String.valueOf(id));
        assertEquals("疫情防控\n\n疫苗接种稳步推进。\n", show.out());
        Run none = StoreCliSupport.run("history", "--db", db.toString(), "4711");
        assertEquals(Cli.EXIT_USAGE, none.rc());
        assertTrue(none.err().contains("there is no article 4711"), none.err());
    }
}
