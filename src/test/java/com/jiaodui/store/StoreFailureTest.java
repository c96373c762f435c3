package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.store.StoreException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locked, corrupt, foreign, read-only, missing and full libraries: one clear message, nothing half-written. */
class StoreFailureTest {
    @TempDir
    Path dir;

    Path sample(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, LibraryTest.sample(name));
        return p;
    }

    @Test
    void aWriteToALockedLibraryWaitsThenFailsClearlyAndWritesNothing() throws Exception {
        Path db = dir.resolve("locked.db");
        long busy = 300;
        try (Library lib = Library.open(db, Library.Options.defaults().withBusyTimeout(busy))) {
            ImportResult r = Imports.importFile(lib, sample("page-b.md"));
            long article = lib.articles(r.pageId()).get(0).id();
            int revisions = lib.revisions(article).size();
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                long t0 = System.nanoTime();
                StoreException e = assertThrows(StoreException.class,
                        () -> lib.saveRevision(article, "新文本", "李编辑", ""));
                long waitedMs = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(Reason.LOCKED, e.reason());
                assertTrue(e.getMessage().startsWith(db.toAbsolutePath().toString() + ": "), e.getMessage());
                assertTrue(e.getMessage().contains("locked by another program"), e.getMessage());
                assertTrue(waitedMs >= busy - 50, "the write waited the busy timeout, not " + waitedMs + " ms");

                StoreException e2 = assertThrows(StoreException.class, () -> Imports.importFile(lib, sample("page-c.raw.txt")));
                assertEquals(Reason.LOCKED, e2.reason());
                assertThrows(StoreException.class, () -> lib.saveDraft(article, "草稿"));
                s.execute("ROLLBACK");
            }
            assertEquals(revisions, lib.revisions(article).size(), "no revision half-written");
            assertEquals(1, lib.pages().size(), "the page-c import left nothing");
            assertTrue(lib.draft(article).isEmpty());
            assertEquals("ok", lib.integrityCheck());
            // and once the other program is gone, the same write succeeds
            assertEquals(revisions + 1, lib.saveRevision(article, "新文本", "李编辑", "").number());
        }
    }

    @Test
    void aTextFileNamedDbIsRefusedAndLeftByteIdentical() throws Exception {
        Path db = dir.resolve("notes.db");
        Files.writeString(db, "这不是数据库，只是一段文字。\n");
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> Library.open(db));
        assertEquals(Reason.NOT_A_LIBRARY, e.reason());
        assertTrue(e.getMessage().startsWith(db.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("left untouched"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void randomBytesAreRefusedAndLeftByteIdentical() throws Exception {
        Path db = dir.resolve("random.db");
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Files.write(db, bytes);
        StoreException e = assertThrows(StoreException.class, () -> Library.open(db));
        assertEquals(Reason.NOT_A_LIBRARY, e.reason());
        assertArrayEquals(bytes, Files.readAllBytes(db));
    }

    @Test
    void aDamagedLibraryIsReportedAndNeverOverwritten() throws Exception {
        Path db = dir.resolve("damaged.db");
        try (Library lib = Library.open(db)) {
            Imports.importFile(lib, sample("page-a.raw.txt"));
        }
        byte[] bytes = Files.readAllBytes(db);
        Random rnd = new Random(11);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) rnd.nextInt();
        }
        Files.write(db, bytes);
        StoreException e = assertThrows(StoreException.class, () -> {
            try (Library lib = Library.open(db)) {
                lib.pages();
                Imports.importFile(lib, sample("page-b.md"));
            }
        });
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(db.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(db));
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefused() throws Exception {
        Path db = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
        }
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> Library.open(db));
        assertEquals(Reason.NOT_A_LIBRARY, e.reason());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aLibraryFromANewerReleaseIsRefused() throws Exception {
        Path db = dir.resolve("newer.db");
        Library.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.latest() + 1));
        }
        StoreException e = assertThrows(StoreException.class, () -> Library.open(db));
        assertEquals(Reason.TOO_NEW, e.reason());
        assertTrue(e.getMessage().contains("newer release"), e.getMessage());
    }

    @Test
    void aMissingDirectoryIsAClearMessageAndIsNotCreated() {
        Path db = dir.resolve("no/such/dir/lib.db");
        StoreException e = assertThrows(StoreException.class, () -> Library.open(db));
        assertEquals(Reason.MISSING_DIRECTORY, e.reason());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().startsWith(db.toString()), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no")));
        // the default library creates its directory
        try (Library lib = Library.open(db, Library.Options.defaults().withCreateDirectories(true))) {
            assertTrue(lib.isNew());
        }
    }

    @Test
    void aDirectoryWhereNoFileCanBeCreatedIsAClearMessage() {
        Path proc = Path.of("/proc");
        Assumptions.assumeTrue(Files.isDirectory(proc), "needs /proc (Linux)");
        Path db = proc.resolve("jiaodui-test.db");
        StoreException e = assertThrows(StoreException.class, () -> Library.open(db));
        assertEquals(Reason.READ_ONLY, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("not writable"), e.getMessage());
    }

    @Test
    void aReadOnlyDirectoryIsAClearMessage() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "running as root: permissions are not enforced");
            StoreException e = assertThrows(StoreException.class, () -> Library.open(ro.resolve("lib.db")));
            assertEquals(Reason.READ_ONLY, e.reason());
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDiskIsAClearMessageAndNothingIsHalfWritten() throws Exception {
        Path db = dir.resolve("full.db");
        Library.open(db).close();
        long pages;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            var rs = s.executeQuery("PRAGMA page_count");
            rs.next();
            pages = rs.getLong(1);
        }
        try (Library lib = Library.open(db, Library.Options.defaults().withMaxPageCount(pages + 2))) {
            StoreException e = assertThrows(StoreException.class, () -> Imports.importFile(lib, sample("page-c.raw.txt")));
            assertEquals(Reason.DISK_FULL, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was saved"), e.getMessage());
            assertTrue(lib.pages().isEmpty(), "the failed import left no page");
            assertEquals("ok", lib.integrityCheck());
        }
        try (Library lib = Library.open(db)) {
            assertTrue(lib.pages().isEmpty());
            assertEquals(ImportResult.Outcome.NEW_PAGE, Imports.importFile(lib, sample("page-c.raw.txt")).outcome());
        }
    }
}
