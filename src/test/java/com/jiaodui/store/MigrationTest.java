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
            ImportResult r = Imports.importFile(lib, f);
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

    /**
     * A library written by the release before the page model (schema 2, kept as a test resource: the samples, a
     * saved revision with two decisions, a draft, a status) opens with every revision, decision and draft kept,
     * its versions given roles, and its search index rebuilt.
     */
    @Test
    void aLibraryOfTheLastReleaseKeepsEveryRevisionDecisionAndDraft() throws Exception {
        Path db = dir.resolve("library-schema2.db");
        try (var in = MigrationTest.class.getResourceAsStream("/store/library-schema2.db")) {
            Files.copy(in, db);
        }
        try (Library lib = Library.open(db)) {
            Db d = lib.db();
            assertEquals((long) Migrations.latest(), (long) d.read(() -> d.count("PRAGMA user_version")));
            assertEquals(25L, (long) d.read(() -> d.count("SELECT COUNT(*) FROM revision")));
            List<Decision> ds = lib.decisions(3);
            assertEquals(2, ds.size());
            assertEquals("spurious-space", ds.get(0).kind());
            assertEquals(Decision.Verdict.ACCEPTED, ds.get(0).verdict());
            assertEquals(Decision.Verdict.REJECTED, ds.get(1).verdict());
            assertEquals(25L, (long) ds.get(0).revisionId());
            assertEquals("未保存的草稿", lib.draft(1).orElseThrow().text());
            Revision r = lib.currentRevision(3);
            assertEquals(3, r.number()); // raw import, clean import, the editor's save
            org.junit.jupiter.api.Assertions.assertTrue(r.text().endsWith("编辑补记。"));
            assertEquals(ReviewStatus.IN_PROGRESS, lib.article(3).orElseThrow().status());
            List<VersionInfo> a = lib.versions(1);
            assertEquals(List.of("raw", "cleaned"), a.stream().map(VersionInfo::role).toList());
            assertEquals("raw", lib.versions(2).get(0).role());
            org.junit.jupiter.api.Assertions.assertFalse(lib.search("精神风貌", 10).isEmpty());
            org.junit.jupiter.api.Assertions.assertFalse(lib.search("编辑补记", 10).isEmpty());
            assertEquals("ok", lib.integrityCheck());
        }
    }
}
