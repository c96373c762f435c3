package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.cli.StoreCliSupport.Run;
import com.jiaodui.library.LearntFixes;
import com.jiaodui.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --db} flags the library's learnt corrections; {@code learnt} lists, exports and edits them. */
class LearntCliTest {
    @TempDir
    Path dir;

    @Test
    void checkWithTheLibraryFlagsLearntCorrections() throws Exception {
        Path db = dir.resolve("lib.db");
        Path pageA = StoreCliSupport.sample(dir, "page-a.raw.txt");
        assertEquals(0, StoreCliSupport.run("import", "--db", db.toString(), pageA.toString()).rc());
        try (Library lib = Library.open(db)) {
            long id = lib.allArticles().stream().filter(a -> lib.currentRevision(a.id()).text().contains("精神风采"))
                    .findFirst().orElseThrow().id();
            String before = lib.currentRevision(id).text();
            String after = before.replace("精神风采", "精神风貌");
            lib.saveRevision(id, after, "李编辑", "");
            assertEquals(1, LearntFixes.record(lib, id, before, after, "李编辑"));
        }
        Path other = Files.writeString(dir.resolve("other.txt"), "会上展现了新时代的精神风采。\n他采访了自己的同事。\n");

        Run plain = StoreCliSupport.run("check", "--json", other.toString());
        assertEquals(0, plain.rc(), plain.err());
        assertFalse(plain.out().contains("learned-fix"), plain.out());

        Run learnt = StoreCliSupport.run("check", "--db", db.toString(), "--json", other.toString());
        assertEquals(0, learnt.rc(), learnt.err());
        assertEquals(1, learnt.out().split("\"learned-fix\"", -1).length - 1, learnt.out());
        assertTrue(learnt.out().contains("\"replacement\" : \"貌\""), learnt.out());
        assertTrue(learnt.out().contains("李编辑"), learnt.out());

        Run list = StoreCliSupport.run("learnt", "--db", db.toString());
        assertEquals(0, list.rc(), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(1, lines.size(), list.out());
        assertTrue(lines.get(0).contains("神风【采】") && lines.get(0).contains("→ 貌") && lines.get(0).contains("李编辑"),
                lines.get(0));
        String id = lines.get(0).strip().split("\\s+")[0];

        Run disable = StoreCliSupport.run("learnt", "--db", db.toString(), "--disable", id, "--json");
        assertEquals(0, disable.rc(), disable.err());
        assertTrue(disable.out().contains("\"enabled\" : false"), disable.out());
        assertFalse(StoreCliSupport.run("check", "--db", db.toString(), other.toString()).out().contains("learned-fix"));

        assertEquals(0, StoreCliSupport.run("learnt", "--db", db.toString(), "--remove", id).rc());
        assertEquals("[ ]", StoreCliSupport.run("learnt", "--db", db.toString(), "--json").out().strip());
        Run none = StoreCliSupport.run("learnt", "--db", db.toString(), "--remove", "4711");
        assertEquals(Cli.EXIT_USAGE, none.rc());
        assertTrue(none.err().contains("there is no learnt correction 4711"), none.err());

        Run missing = StoreCliSupport.run("check", "--db", dir.resolve("nope.db").toString(), other.toString());
        assertEquals(Cli.EXIT_USAGE, missing.rc());
        assertTrue(missing.err().contains("nope.db"), missing.err());
    }
}
