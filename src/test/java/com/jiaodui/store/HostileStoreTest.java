package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.store.StoreException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library under hostile conditions (issue 11): locked with the real wait, damaged with SQLite's reason, full. */
class HostileStoreTest {
    @TempDir
    Path dir;

    Path sample(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, LibraryTest.sample(name));
        return p;
    }

    Path library() throws Exception {
        Path db = dir.resolve("lib.db");
        try (Library lib = Library.open(db)) {
            Imports.importFile(lib, sample("page-b.md"));
        }
        return db;
    }

    @Test
    void aLockedLibrarySaysHowLongItReallyWaited() throws Exception {
        Path db = library();
        long busy = 1200;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try (Library lib = Library.open(db, Library.Options.defaults().withBusyTimeout(busy))) {
                long t0 = System.nanoTime();
                StoreException e = assertThrows(StoreException.class, () -> Imports.importFile(lib, sample("page-c.raw.txt")));
                double waited = (System.nanoTime() - t0) / 1e9;
                assertEquals(Reason.LOCKED, e.reason());
                Matcher m = Pattern.compile("waited ([0-9.]+) s\\)").matcher(e.getMessage());
                assertTrue(m.find(), e.getMessage());
                double said = Double.parseDouble(m.group(1));
                assertTrue(said >= busy / 1000.0 - 0.05 && said <= waited + 0.05,
                        "said " + said + " s, waited " + waited + " s: " + e.getMessage());
            }
            s.execute("ROLLBACK");
        }
    }

    @Test
    void closingALockedLibraryDoesNotWaitAnotherTimeout() throws Exception {
        Path db = library();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            Library lib = Library.open(db, Library.Options.defaults().withBusyTimeout(3000));
            long t0 = System.nanoTime();
            lib.close();
            assertTrue((System.nanoTime() - t0) / 1e6 < 1500, "close waited the busy timeout again");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aDamagedSchemaGivesSqlitesReason() throws Exception {
        Path db = library();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA writable_schema = ON");
            s.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE meta(' WHERE name = 'meta'");
        }
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> Library.open(db).close());
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("malformed database schema (meta)"), e.getMessage());
        assertFalse(e.getMessage().contains("(?)"), e.getMessage());
        StoreException ro = assertThrows(StoreException.class, () -> Library.openReadOnly(db).close());
        assertTrue(ro.getMessage().contains("malformed database schema"), ro.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void sqliteReasonsAreTakenWhole() {
        assertEquals("malformed database schema (x) - near \"(\": syntax error", Db.sqliteReason(
                "[SQLITE_CORRUPT] The database disk image is malformed (malformed database schema (x) - near \"(\": syntax error)"));
        assertEquals("database disk image is malformed",
                Db.sqliteReason("[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)"));
        assertEquals("out of memory", Db.sqliteReason("[SQLITE_NOMEM] out of memory"));
        assertEquals("11.6 s", Db.seconds(11_600));
        assertEquals("5 s", Db.seconds(5000));
    }

    @Test
    void aLibraryAtItsSizeLimitSaysTheDiskIsFull() throws Exception {
        Path db = library();
        try (Library lib = Library.open(db, Library.Options.defaults().withMaxPageCount(1))) {
            StoreException e = assertThrows(StoreException.class, () -> Imports.importFile(lib, sample("page-c.raw.txt")));
            assertEquals(Reason.DISK_FULL, e.reason());
            assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
        } catch (StoreException atOpen) {
            assertEquals(Reason.DISK_FULL, atOpen.reason(), atOpen.getMessage());
        }
        try (Library lib = Library.openReadOnly(db)) {
            assertEquals(1, lib.pages().size(), "nothing half-imported, and it still reads");
        }
    }

    @Test
    void anIoErrorWithNoSpaceLeftIsTheDiskIsFull() {
        StoreException e = Db.error(dir.resolve("x.db"),
                new SQLException("[SQLITE_IOERR_WRITE] disk I/O error (No space left on device)", null, 778), 0);
        assertEquals(Reason.DISK_FULL, e.reason());
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
    }

    @Test
    void readOnlyOpeningRefusesAnOlderSchemaInsteadOfMigrating() throws Exception {
        Path db = library();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 1");
        }
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> Library.openReadOnly(db).close());
        assertTrue(e.getMessage().contains("older release"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void anEmptySqliteDatabaseIsNotALibraryForReading() throws Exception {
        Path db = dir.resolve("empty.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 0");
            s.execute("VACUUM");
        }
        if (Files.size(db) > 0) {
            StoreException e = assertThrows(StoreException.class, () -> Library.openReadOnly(db).close());
            assertEquals(Reason.NOT_A_LIBRARY, e.reason(), e.getMessage());
        }
    }

    @Test
    void exportedNamesLoseBidiControls() {
        assertEquals("evilexe.txt", SafeFileNames.base("evil\u202Eexe.txt"));
        assertEquals("ab", SafeFileNames.base("a\u2066\u200Fb"));
        assertFalse(SafeFileNames.unique("报道\u202E", "txt", new java.util.HashSet<>()).contains("\u202E"));
    }

    @Test
    void indexLinesHoldNoNulOrLineSeparators() {
        assertEquals("a b c d", Exporter.oneLine("a\u0000b\u2028c\u2029\u0085d"));
        assertEquals("x y", Exporter.oneLine("x\t\r\ny"));
    }
}
