package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later release's migration upgrades an existing library in place and keeps every revision. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aNewMigrationUpgradesInPlaceAndKeepsTheData() throws Exception {
        Path db = dir.resolve("old.db");
        long article;
        String text;
        try (Library lib = Library.open(db)) {
            Path f = Files.write(dir.resolve("page-b.md"), LibraryTest.sample("page-b.md"));
            ImportResult r = lib.importFile(f);
            article = lib.articles(r.pageId()).get(0).id();
            text = lib.saveRevision(article, "编辑稿", "李编辑", "").text();
        }
        List<List<String>> next = new ArrayList<>(Migrations.MIGRATIONS);
        next.add(List.of("ALTER TABLE article ADD COLUMN priority INTEGER NOT NULL DEFAULT 0",
                "CREATE INDEX article_priority ON article(priority)"));
        try (Library lib = Library.open(db)) {
            Db d = lib.db();
            Migrations.migrate(d, Migrations.latest(), next);
            assertEquals((long) next.size(), (long) d.read(() -> d.count("PRAGMA user_version")));
            assertEquals(0L, (long) d.read(() -> d.count("SELECT priority FROM article WHERE id = ?", article)));
            Migrations.migrate(d, Migrations.latest(), next); // idempotent: already applied
            assertEquals(text, lib.currentRevision(article).text());
            assertEquals("ok", lib.integrityCheck());
        }
    }
}
