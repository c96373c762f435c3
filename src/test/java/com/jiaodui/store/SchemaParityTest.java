package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two migration sets give the same tables and columns (the search tables apart, which differ by design). */
class SchemaParityTest {
    @TempDir
    Path dir;

    @Test
    void sqliteAndPostgresHaveTheSameTablesAndColumns() throws Exception {
        assertEquals(Migrations.latest() - Migrations.PG_BASE, Migrations.PG_AFTER_BASE.size(),
                "every migration after the PostgreSQL base needs its PostgreSQL twin");
        Map<String, Set<String>> sqlite = new TreeMap<>();
        try (Library lib = Library.open(dir.resolve("p.db"))) {
            Db d = lib.db();
            for (String t : d.read(() -> d.list("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'article_grams%' AND name NOT LIKE 'sqlite_%'", rs -> rs.getString(1)))) {
                sqlite.put(t, new TreeSet<>(d.read(() -> d.list("SELECT name FROM pragma_table_info(?)",
                        rs -> rs.getString(1), t))));
            }
        }
        Map<String, Set<String>> pg = new TreeMap<>();
        try (Library lib = Library.openShared(PgServer.get().newDatabase("parity"))) {
            Db d = lib.db();
            for (String[] tc : d.read(() -> d.list("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name <> 'article_gram'",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}))) {
                pg.computeIfAbsent(tc[0], k -> new TreeSet<>()).add(tc[1]);
            }
        }
        assertEquals(sqlite, pg);
    }
}
