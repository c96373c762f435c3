package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.cli.StoreCliSupport.Run;
import com.jiaodui.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsFilesAndFoldersIdempotently() throws Exception {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        StoreCliSupport.sample(pages, "page-a.raw.txt");
        StoreCliSupport.sample(pages, "page-a.clean.txt");
        Path b = StoreCliSupport.sample(dir, "page-b.md");
        Path db = dir.resolve("lib.db");
        Run r = StoreCliSupport.run("import", "--db", db.toString(), pages.toString(), b.toString());
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("page-a.clean.txt: new page \"page-a\" (page 1, version 1, cleaned)"), r.out());
        assertTrue(r.out().contains("page-a.raw.txt: new version 2 (raw) of page \"page-a\" (page 1): articles unchanged"),
                r.out());
        assertTrue(r.out().contains("page-b.md: new page \"page-b\""), r.out());
        assertTrue(r.out().contains("2 new pages, 1 new version, 0 unchanged, 0 skipped, 0 refused"), r.out());
        Run again = StoreCliSupport.run("import", "--db", db.toString(), b.toString());
        assertEquals(0, again.rc());
        assertTrue(again.out().startsWith("page-b.md: unchanged"), again.out());
        assertTrue(again.out().contains("0 new pages, 0 new versions, 1 unchanged, 0 skipped, 0 refused; "
                + "articles: 0 added, 0 updated"), again.out());
        Run pagesOut = StoreCliSupport.run("pages", "--db", db.toString());
        assertEquals(0, pagesOut.rc(), pagesOut.err());
        assertTrue(pagesOut.out().contains("  1  cleaned page-a.clean.txt"), pagesOut.out());
        assertTrue(pagesOut.out().contains("  2  raw     page-a.raw.txt  [raw side]"), pagesOut.out());
        Run json = StoreCliSupport.run("pages", "--db", db.toString(), "--json");
        assertEquals(0, json.rc(), json.err());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals("page-a", tree.get(0).get("page").asText());
        assertEquals("cleaned", tree.get(0).get("versions").get(0).get("role").asText());
        assertTrue(tree.get(0).get("versions").get(1).get("rawSide").asBoolean());
        assertTrue(tree.get(0).get("articles").asInt() > 0);
        try (Library lib = Library.open(db)) {
            assertEquals(2, lib.pages().size());
            assertEquals(2, lib.pages().get(0).versions());
        }
    }

    @Test
    void anUnreadableFileIsOneLineAndTheOthersAreImported() throws Exception {
        Path bin = Files.write(dir.resolve("scan.txt"), new byte[] {0, 0, 1, 2, 3, 0});
        Path b = StoreCliSupport.sample(dir, "page-b.md");
        Path db = dir.resolve("lib.db");
        Run r = StoreCliSupport.run("import", "--db", db.toString(), bin.toString(), b.toString());
        assertEquals(Cli.EXIT_USAGE, r.rc());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("jiaodui: " + bin), r.err());
        assertTrue(r.out().contains("page-b.md: new page"), r.out());
        assertTrue(r.out().contains("1 new page, 0 new versions, 0 unchanged, 0 skipped, 1 refused"), r.out());
    }

    @Test
    void aCorruptLibraryIsOneLineAndUntouched() throws Exception {
        Path db = Files.writeString(dir.resolve("lib.db"), "not a database");
        byte[] before = Files.readAllBytes(db);
        Run r = StoreCliSupport.run("import", "--db", db.toString(), StoreCliSupport.sample(dir, "page-b.md").toString());
        assertEquals(Cli.EXIT_USAGE, r.rc());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(db.toString()) && r.err().contains("not a Jiaodui library"), r.err());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aMissingLibraryDirectoryIsOneLine() throws Exception {
        Path db = dir.resolve("nope/lib.db");
        Run r = StoreCliSupport.run("import", "--db", db.toString(), StoreCliSupport.sample(dir, "page-b.md").toString());
        assertEquals(Cli.EXIT_USAGE, r.rc());
        assertTrue(r.err().contains("does not exist"), r.err());
    }
}
