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
        assertTrue(r.out().contains("page-a.clean.txt: imported as page \"page-a\""), r.out());
        assertTrue(r.out().contains("page-a.raw.txt: new version 2 of page \"page-a\""), r.out());
        assertTrue(r.out().contains("page-b.md: imported as page \"page-b\""), r.out());
        Run again = StoreCliSupport.run("import", "--db", db.toString(), b.toString());
        assertEquals(0, again.rc());
        assertTrue(again.out().startsWith("page-b.md: unchanged"), again.out());
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
        assertTrue(r.out().contains("page-b.md: imported"), r.out());
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
