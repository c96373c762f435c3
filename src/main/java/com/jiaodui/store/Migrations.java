package com.jiaodui.store;

import java.util.List;

/**
 * The schema, as an ordered list of migrations. {@code PRAGMA user_version} holds the number of migrations
 * applied; opening an older library applies the missing ones in place, each in its own transaction.
 * Add new migrations at the end; never edit a released one.
 *
 * <p>Portability: plain tables use types and syntax PostgreSQL also accepts (INTEGER PRIMARY KEY becomes
 * BIGSERIAL/IDENTITY there, TEXT timestamps in ISO-8601 UTC); the full-text tables are SQLite-only and live
 * in {@link SearchIndex}.
 */
final class Migrations {
    /** "JDUI": marks a file as a Jiaodui library. */
    static final int APPLICATION_ID = 0x4A445549;

    static final List<List<String>> MIGRATIONS = List.of(
            // 1: the library
            List.of(
                    """
                    CREATE TABLE meta (
                      key TEXT PRIMARY KEY,
                      value TEXT NOT NULL)""",
                    """
                    CREATE TABLE source_file (
                      id INTEGER PRIMARY KEY,
                      file_name TEXT NOT NULL,
                      path TEXT,
                      raw TEXT NOT NULL,
                      encoding TEXT NOT NULL,
                      bom INTEGER NOT NULL DEFAULT 0,
                      sha256 TEXT NOT NULL UNIQUE,
                      format TEXT NOT NULL,
                      imported_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE page (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL UNIQUE,
                      created_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE page_version (
                      id INTEGER PRIMARY KEY,
                      page_id INTEGER NOT NULL REFERENCES page(id),
                      number INTEGER NOT NULL,
                      label TEXT NOT NULL,
                      source_id INTEGER NOT NULL REFERENCES source_file(id),
                      created_at TEXT NOT NULL,
                      UNIQUE (page_id, number))""",
                    """
                    CREATE TABLE flag (
                      id INTEGER PRIMARY KEY,
                      version_id INTEGER NOT NULL REFERENCES page_version(id),
                      kind TEXT NOT NULL,
                      start_offset INTEGER NOT NULL,
                      end_offset INTEGER NOT NULL,
                      message TEXT NOT NULL,
                      replacement TEXT,
                      severity TEXT NOT NULL)""",
                    "CREATE INDEX flag_version ON flag(version_id, start_offset)",
                    """
                    CREATE TABLE article (
                      id INTEGER PRIMARY KEY,
                      page_id INTEGER NOT NULL REFERENCES page(id),
                      version_id INTEGER NOT NULL REFERENCES page_version(id),
                      idx INTEGER NOT NULL,
                      kicker TEXT,
                      title TEXT NOT NULL,
                      subtitle TEXT,
                      byline TEXT,
                      raw_start INTEGER NOT NULL DEFAULT -1,
                      raw_end INTEGER NOT NULL DEFAULT -1,
                      status TEXT NOT NULL DEFAULT 'unreviewed'
                        CHECK (status IN ('unreviewed', 'in_progress', 'done')),
                      open_flags INTEGER NOT NULL DEFAULT 0,
                      revision_count INTEGER NOT NULL DEFAULT 0,
                      current_revision_id INTEGER,
                      retired_at TEXT,
                      created_at TEXT NOT NULL,
                      updated_at TEXT NOT NULL)""",
                    "CREATE INDEX article_page ON article(page_id, idx)",
                    """
                    CREATE TABLE revision (
                      id INTEGER PRIMARY KEY,
                      article_id INTEGER NOT NULL REFERENCES article(id),
                      number INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      author TEXT NOT NULL,
                      note TEXT NOT NULL DEFAULT '',
                      restored_from INTEGER REFERENCES revision(id),
                      created_at TEXT NOT NULL,
                      UNIQUE (article_id, number))""",
                    """
                    CREATE TABLE decision (
                      id INTEGER PRIMARY KEY,
                      article_id INTEGER REFERENCES article(id),
                      version_id INTEGER REFERENCES page_version(id),
                      revision_id INTEGER REFERENCES revision(id),
                      kind TEXT NOT NULL,
                      start_offset INTEGER NOT NULL,
                      end_offset INTEGER NOT NULL,
                      original TEXT,
                      replacement TEXT,
                      decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
                      decided_at TEXT NOT NULL,
                      CHECK (article_id IS NOT NULL OR version_id IS NOT NULL))""",
                    "CREATE INDEX decision_article ON decision(article_id)",
                    "CREATE INDEX decision_version ON decision(version_id)",
                    """
                    CREATE TABLE draft (
                      article_id INTEGER PRIMARY KEY REFERENCES article(id),
                      text TEXT NOT NULL,
                      saved_at TEXT NOT NULL)""",
                    SearchIndex.CREATE_TRIGRAM,
                    SearchIndex.CREATE_BIGRAM),
            // 2: articles whose search entry is out of date (a save only marks its article; the index catches up
            // before the next search, so saving stays fast); indexed = 0 for articles not in the index yet
            List.of("""
                    CREATE TABLE search_pending (
                      article_id INTEGER PRIMARY KEY,
                      indexed INTEGER NOT NULL DEFAULT 1)"""),
            // 3: the page model: every version has a role (raw OCR text, a cleaned version, another OCR run), guessed
            // for older versions from their label; flags are no longer stored (they were never read: the review finds
            // them again with the editor's settings); one search index of character bigrams instead of a trigram
            // and a bigram index (the trigram index was most of the file); every article is indexed again
            List.of(
                    "ALTER TABLE page_version ADD COLUMN role TEXT NOT NULL DEFAULT 'raw' "
                            + "CHECK (role IN ('raw', 'cleaned', 'ocr'))",
                    "UPDATE page_version SET role = 'cleaned' WHERE lower(label) IN "
                            + "('clean', 'cleaned', 'fixed', 'corrected', 'edited', 'merged')",
                    "UPDATE page_version SET role = 'ocr' WHERE role = 'raw' AND number > 1 AND lower(label) <> 'raw'",
                    "DROP TABLE flag",
                    "DROP TABLE article_fts",
                    "DROP TABLE article_grams",
                    SearchIndex.CREATE_GRAMS,
                    "DELETE FROM search_pending",
                    "INSERT INTO search_pending(article_id, indexed) SELECT id, 0 FROM article WHERE retired_at IS NULL"),
            // 4: a draft is the whole unsaved state of an article's review: the revision it was made on and the
            // decisions in effect (JSON), so the app keeps drafts in the library file, not in files beside it
            List.of("ALTER TABLE draft ADD COLUMN base_revision INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE draft ADD COLUMN decisions TEXT"),
            // 5: corrections learnt from the editors' saved revisions (a replacement in its context, who, when);
            // disabled ones stay listed but are not used by the analysis
            List.of("""
                    CREATE TABLE learnt_correction (
                      id INTEGER PRIMARY KEY,
                      from_text TEXT NOT NULL,
                      to_text TEXT NOT NULL,
                      left_context TEXT NOT NULL DEFAULT '',
                      right_context TEXT NOT NULL DEFAULT '',
                      author TEXT NOT NULL,
                      created_at TEXT NOT NULL,
                      article_id INTEGER,
                      enabled INTEGER NOT NULL DEFAULT 1,
                      UNIQUE (from_text, to_text, left_context, right_context))"""),
            // 6: the newsroom library (issue 14): the client (host and program) each revision was saved from; the
            // review status of an article in the team's workflow with who set it and when; pages assigned to editors;
            // a generation per search mark, so that a save during an index flush is not lost to it
            List.of("ALTER TABLE revision ADD COLUMN client TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE search_pending ADD COLUMN gen INTEGER NOT NULL DEFAULT 0",
                    Migrations.WORKFLOW_TABLE.formatted("INTEGER"),
                    Migrations.ASSIGNMENT_TABLE.formatted("INTEGER")),
            // 7: where a source file's text sits on the printed page (line and block boxes, pages, word confidences,
            // as text.source.Geometry#encode writes them, opaque to the store) and the PDF its page image is rendered
            // from, so a page read from a PDF or OCR file shows its boxes without the file being read again
            List.of(Migrations.GEOMETRY_TABLE.formatted("INTEGER")));

    static final String GEOMETRY_TABLE = """
            CREATE TABLE source_geometry (
              source_id %s PRIMARY KEY REFERENCES source_file(id),
              format TEXT NOT NULL,
              image_path TEXT,
              geometry TEXT NOT NULL)""";

    static final String WORKFLOW_TABLE = """
            CREATE TABLE article_workflow (
              article_id %s PRIMARY KEY REFERENCES article(id),
              status TEXT NOT NULL CHECK (status IN ('open', 'in_review', 'done', 'approved')),
              set_by TEXT NOT NULL,
              set_at TEXT NOT NULL)""";

    static final String ASSIGNMENT_TABLE = """
            CREATE TABLE page_assignment (
              page_id %s PRIMARY KEY REFERENCES page(id),
              editor TEXT NOT NULL,
              assigned_by TEXT NOT NULL,
              assigned_at TEXT NOT NULL)""";

    /**
     * The PostgreSQL schema: the second migration set. A shared library starts at schema {@link #PG_BASE} (the
     * whole schema of that version at once: there are no older PostgreSQL libraries); each later migration is
     * added to both lists, {@link #MIGRATIONS} for SQLite and {@link #PG_AFTER_BASE} here. The tables and columns
     * are the same as SQLite's (SchemaParityTest checks it); types differ only where PostgreSQL has to (identity ids,
     * BIGINT keys); times are ISO-8601 TEXT on both, so that the SQL of {@link Library} is the same. The search
     * index is a plain table of character bigrams (FTS5 is SQLite's).
     */
    static final int PG_BASE = 6;

    private static final String ID = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";

    static final List<String> PG_SCHEMA = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE source_file (
              id %s,
              file_name TEXT NOT NULL,
              path TEXT,
              raw TEXT NOT NULL,
              encoding TEXT NOT NULL,
              bom INTEGER NOT NULL DEFAULT 0,
              sha256 TEXT NOT NULL UNIQUE,
              format TEXT NOT NULL,
              imported_at TEXT NOT NULL)""".formatted(ID),
            "CREATE TABLE page (id %s, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)".formatted(ID),
            """
            CREATE TABLE page_version (
              id %s,
              page_id BIGINT NOT NULL REFERENCES page(id),
              number INTEGER NOT NULL,
              label TEXT NOT NULL,
              source_id BIGINT NOT NULL REFERENCES source_file(id),
              created_at TEXT NOT NULL,
              role TEXT NOT NULL DEFAULT 'raw' CHECK (role IN ('raw', 'cleaned', 'ocr')),
              UNIQUE (page_id, number))""".formatted(ID),
            """
            CREATE TABLE article (
              id %s,
              page_id BIGINT NOT NULL REFERENCES page(id),
              version_id BIGINT NOT NULL REFERENCES page_version(id),
              idx INTEGER NOT NULL,
              kicker TEXT,
              title TEXT NOT NULL,
              subtitle TEXT,
              byline TEXT,
              raw_start INTEGER NOT NULL DEFAULT -1,
              raw_end INTEGER NOT NULL DEFAULT -1,
              status TEXT NOT NULL DEFAULT 'unreviewed' CHECK (status IN ('unreviewed', 'in_progress', 'done')),
              open_flags INTEGER NOT NULL DEFAULT 0,
              revision_count INTEGER NOT NULL DEFAULT 0,
              current_revision_id BIGINT,
              retired_at TEXT,
              created_at TEXT NOT NULL,
              updated_at TEXT NOT NULL)""".formatted(ID),
            "CREATE INDEX article_page ON article(page_id, idx)",
            """
            CREATE TABLE revision (
              id %s,
              article_id BIGINT NOT NULL REFERENCES article(id),
              number INTEGER NOT NULL,
              text TEXT NOT NULL,
              author TEXT NOT NULL,
              note TEXT NOT NULL DEFAULT '',
              restored_from BIGINT REFERENCES revision(id),
              created_at TEXT NOT NULL,
              client TEXT NOT NULL DEFAULT '',
              UNIQUE (article_id, number))""".formatted(ID),
            """
            CREATE TABLE decision (
              id %s,
              article_id BIGINT REFERENCES article(id),
              version_id BIGINT REFERENCES page_version(id),
              revision_id BIGINT REFERENCES revision(id),
              kind TEXT NOT NULL,
              start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL,
              original TEXT,
              replacement TEXT,
              decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
              decided_at TEXT NOT NULL,
              CHECK (article_id IS NOT NULL OR version_id IS NOT NULL))""".formatted(ID),
            "CREATE INDEX decision_article ON decision(article_id)",
            "CREATE INDEX decision_version ON decision(version_id)",
            """
            CREATE TABLE draft (
              article_id BIGINT PRIMARY KEY REFERENCES article(id),
              text TEXT NOT NULL,
              saved_at TEXT NOT NULL,
              base_revision INTEGER NOT NULL DEFAULT 0,
              decisions TEXT)""",
            """
            CREATE TABLE search_pending (
              article_id BIGINT PRIMARY KEY,
              indexed INTEGER NOT NULL DEFAULT 1,
              gen INTEGER NOT NULL DEFAULT 0)""",
            """
            CREATE TABLE learnt_correction (
              id %s,
              from_text TEXT NOT NULL,
              to_text TEXT NOT NULL,
              left_context TEXT NOT NULL DEFAULT '',
              right_context TEXT NOT NULL DEFAULT '',
              author TEXT NOT NULL,
              created_at TEXT NOT NULL,
              article_id BIGINT,
              enabled INTEGER NOT NULL DEFAULT 1,
              UNIQUE (from_text, to_text, left_context, right_context))""".formatted(ID),
            WORKFLOW_TABLE.formatted("BIGINT"),
            ASSIGNMENT_TABLE.formatted("BIGINT"),
            SearchIndex.PG_CREATE_GRAMS,
            SearchIndex.PG_CREATE_GRAMS_INDEX);

    /** PostgreSQL migrations after {@link #PG_BASE}: entry 0 is migration PG_BASE + 1, as in {@link #MIGRATIONS}. */
    static final List<List<String>> PG_AFTER_BASE = List.of(
            List.of(GEOMETRY_TABLE.formatted("BIGINT"))); // 7

    private Migrations() {}

    static int latest() {
        return MIGRATIONS.size();
    }

    /** Applies every migration after {@code from}; each runs in its own transaction with its user_version bump. */
    static void migrate(Db db, int from) {
        if (db.postgres()) {
            migratePostgres(db);
            return;
        }
        migrate(db, from, MIGRATIONS);
    }

    /** The schema version of a shared library: meta 'schema', 0 for an empty database. */
    static int pgVersion(Db db) throws java.sql.SQLException {
        if (db.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_name = 'meta'") == 0) {
            return 0;
        }
        return db.one("SELECT value FROM meta WHERE key = 'schema'", rs -> Integer.parseInt(rs.getString(1))).orElse(0);
    }

    /**
     * Creates or upgrades a shared library; every step in one transaction under an advisory lock, so that clients
     * opening a new library at the same time create it once.
     */
    static void migratePostgres(Db db) {
        db.write(() -> {
            db.exec("SELECT pg_advisory_xact_lock(" + APPLICATION_ID + ")");
            int v = pgVersion(db);
            if (v == 0) {
                if (db.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()") > 0) {
                    throw db.fail(StoreException.Reason.NOT_A_LIBRARY,
                            "the database holds other tables, not a Jiaodui library; it was left untouched");
                }
                for (String sql : PG_SCHEMA) {
                    db.exec(sql);
                }
                db.update("INSERT INTO meta(key, value) VALUES ('application', 'jiaodui')");
                db.update("INSERT INTO meta(key, value) VALUES ('schema', ?)", String.valueOf(PG_BASE));
                v = PG_BASE;
            }
            if (v > latest()) {
                throw db.fail(StoreException.Reason.TOO_NEW, "was written by a newer release of Jiaodui (schema " + v
                        + ", this release knows " + latest() + "); update Jiaodui to open it");
            }
            for (int next = v + 1; next <= latest(); next++) {
                for (String sql : PG_AFTER_BASE.get(next - PG_BASE - 1)) {
                    db.exec(sql);
                }
                db.update("UPDATE meta SET value = ? WHERE key = 'schema'", String.valueOf(next));
            }
            return null;
        });
    }

    static void migrate(Db db, int from, List<List<String>> migrations) {
        for (int v = from + 1; v <= migrations.size(); v++) {
            List<String> statements = migrations.get(v - 1);
            int version = v;
            db.write(() -> {
                int current = (int) db.count("PRAGMA user_version");
                if (current >= version) {
                    return null; // another process migrated meanwhile
                }
                for (String sql : statements) {
                    db.exec(sql);
                }
                if (version == 1) {
                    db.exec("PRAGMA application_id = " + APPLICATION_ID);
                }
                db.exec("PRAGMA user_version = " + version);
                return null;
            });
        }
    }
}
