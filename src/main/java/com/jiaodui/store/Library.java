package com.jiaodui.store;

import com.jiaodui.store.Decision.Verdict;
import com.jiaodui.store.StoreException.Reason;
import com.jiaodui.text.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The article library: one SQLite file holding every imported page (its source files exactly as read, its
 * versions with their roles), the articles segmented from them, every revision an editor saved, the decisions
 * on flags, autosaved drafts, and a full-text index. Persistence only: it is handed finished records
 * ({@link NewVersion}) by the importer of {@code com.jiaodui.library} and analyses nothing; flags are not stored
 * (the review finds them again with the editor's settings), only each article's open-flag count.
 *
 * <p>Thread-safe: every method is synchronized on the library (one connection). Call it off the FX thread.
 * Every write runs in one transaction (BEGIN IMMEDIATE … COMMIT): it happens completely or not at all. A write
 * that finds the file locked by another program waits the busy timeout, then throws a {@link StoreException}.
 * Every failure is a {@link StoreException} whose message names the file and says what happened.
 */
public final class Library implements AutoCloseable {
    /** Author of revisions made from imported text. */
    public static final String IMPORT_AUTHOR = "import";

    /**
     * How to open a library.
     *
     * @param busyTimeoutMillis  how long a write waits for another program's lock before failing
     * @param createDirectories  create missing parent directories (the default library does; {@code --db} does not)
     * @param synchronousFull    fsync the write-ahead log on every commit (survives power loss, not only crashes)
     * @param maxPageCount       0 for no limit; a small limit simulates a full disk in tests
     */
    public record Options(long busyTimeoutMillis, boolean createDirectories, boolean synchronousFull,
                          long maxPageCount) {
        public static Options defaults() {
            return new Options(5000, false, true, 0);
        }

        public Options withBusyTimeout(long millis) {
            return new Options(millis, createDirectories, synchronousFull, maxPageCount);
        }

        public Options withCreateDirectories(boolean create) {
            return new Options(busyTimeoutMillis, create, synchronousFull, maxPageCount);
        }

        public Options withSynchronousFull(boolean full) {
            return new Options(busyTimeoutMillis, createDirectories, full, maxPageCount);
        }

        public Options withMaxPageCount(long pages) {
            return new Options(busyTimeoutMillis, createDirectories, synchronousFull, pages);
        }
    }

    /** Totals for a status bar: articles by status and open flags over the whole library. */
    public record Stats(int pages, int articles, int unreviewed, int inProgress, int done, int openFlags) {
        /** Share of articles marked done, 0..1. */
        public double progress() {
            return articles == 0 ? 0 : (double) done / articles;
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Db db;
    private final SearchIndex index;
    private final LearntCorrections learnt;
    private final boolean created;
    /** Where revisions saved through this library come from (host and program), recorded with each. */
    private volatile String client; // null: defaultClient("jiaodui"), looked up at the first save

    private Library(Db db, boolean created) {
        this.db = db;
        this.index = new SearchIndex(db);
        this.learnt = new LearntCorrections(db);
        this.created = created;
    }

    // ------------------------------------------------------------------------------------------------ opening

    /** Opens (or creates) the library at {@code file} with the default options; its directory must exist. */
    public static Library open(Path file) {
        return open(file, Options.defaults());
    }

    public static Library open(Path file, Options options) {
        Path path = file.toAbsolutePath().normalize();
        boolean exists = Files.exists(path);
        if (exists) {
            checkExistingFile(path);
        } else {
            prepareDirectory(path, options.createDirectories());
        }
        Connection conn;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.busyTimeoutMillis()));
            config.enforceForeignKeys(true);
            conn = config.createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw cannotOpen(path, exists, e, options);
        }
        Db db = new Db(path, conn, options.busyTimeoutMillis());
        try {
            int userVersion = (int) db.count("PRAGMA user_version");
            int appId = (int) db.count("PRAGMA application_id");
            long objects = db.count("SELECT COUNT(*) FROM sqlite_master");
            if (appId != Migrations.APPLICATION_ID && (appId != 0 || objects > 0)) {
                throw new StoreException(path, Reason.NOT_A_LIBRARY,
                        "is an SQLite database but not a Jiaodui library; it was left untouched");
            }
            if (userVersion > Migrations.latest()) {
                throw new StoreException(path, Reason.TOO_NEW, "was written by a newer release of Jiaodui (schema "
                        + userVersion + ", this release knows " + Migrations.latest() + "); update Jiaodui to open it");
            }
            db.exec("PRAGMA journal_mode = WAL");
            db.exec("PRAGMA synchronous = " + (options.synchronousFull() ? "FULL" : "NORMAL"));
            if (options.maxPageCount() > 0) {
                db.exec("PRAGMA max_page_count = " + options.maxPageCount());
            }
            boolean created = userVersion == 0;
            Migrations.migrate(db, userVersion);
            return new Library(db, created);
        } catch (SQLException e) {
            closeQuietly(conn);
            throw exists ? Db.error(path, e, options.busyTimeoutMillis()) : cannotOpen(path, false, e, options);
        } catch (RuntimeException e) {
            closeQuietly(conn);
            throw e;
        }
    }

    /**
     * Opens (creating its schema in an empty database) the shared library at {@code url},
     * {@code postgresql://host:port/database?user=NAME}; the password comes from PGPASSWORD or ~/.pgpass.
     * A server that cannot be reached is a {@link StoreException} of reason UNREACHABLE.
     */
    public static Library openShared(String url) {
        return openShared(url, PgUrl.environment());
    }

    public static Library openShared(String url, Map<String, String> env) {
        PgUrl u = PgUrl.parse(url);
        Connection conn;
        try {
            conn = new org.postgresql.Driver().connect(u.jdbcUrl(), u.properties(env));
            if (conn == null) {
                throw new SQLException("the PostgreSQL driver does not accept " + u.jdbcUrl());
            }
        } catch (SQLException e) {
            throw Db.pgError(u.display(), e);
        }
        Db db = new Db(u.display(), conn);
        try {
            boolean created = Migrations.pgVersion(db) == 0;
            Migrations.migrate(db, 0);
            return new Library(db, created);
        } catch (SQLException e) {
            closeQuietly(conn);
            throw Db.pgError(u.display(), e);
        } catch (RuntimeException e) {
            closeQuietly(conn);
            throw e;
        }
    }

    /**
     * Opens an existing library for reading only (search, export, history): nothing is created, changed or
     * migrated, and it works in a read-only directory and on a full disk. See {@link Db#openReadOnly}.
     */
    public static Library openReadOnly(Path file) {
        return new Library(Db.openReadOnly(file.toAbsolutePath().normalize(), Options.defaults().busyTimeoutMillis()), false);
    }

    private static StoreException cannotOpen(Path path, boolean exists, SQLException e, Options options) {
        int code = e.getErrorCode() & 0xFF;
        if (!exists && (code == 14 || code == 8 || code == 10)) {
            return new StoreException(path, Reason.READ_ONLY, "cannot create the library: the directory "
                    + path.getParent() + " is not writable", e);
        }
        return Db.error(path, e, options.busyTimeoutMillis());
    }

    private static void checkExistingFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new StoreException(path, Reason.NOT_A_LIBRARY, "is a directory, not a library file");
        }
        Db.requireRegularFile(path);
        byte[] head = new byte[SQLITE_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(path, Reason.IO, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (n == 0) {
            return; // an empty file becomes a new library
        }
        if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException(path, Reason.NOT_A_LIBRARY,
                    "is not a Jiaodui library (not an SQLite database); it was left untouched");
        }
    }

    private static void prepareDirectory(Path path, boolean create) {
        Path dir = path.getParent();
        if (dir == null) {
            return;
        }
        if (!Files.exists(dir)) {
            if (!create) {
                throw new StoreException(path, Reason.MISSING_DIRECTORY,
                        "cannot create the library: the directory " + dir + " does not exist");
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException(path, Reason.READ_ONLY, "cannot create the directory " + dir + " ("
                        + e.getClass().getSimpleName() + ")", e);
            }
        } else if (!Files.isDirectory(dir)) {
            throw new StoreException(path, Reason.MISSING_DIRECTORY,
                    "cannot create the library: " + dir + " is not a directory");
        } else if (!Files.isWritable(dir)) {
            throw new StoreException(path, Reason.READ_ONLY,
                    "cannot create the library: the directory " + dir + " is not writable");
        }
    }

    private static void closeQuietly(Connection conn) {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }

    /**
     * Where the library lives unless {@code --db} says otherwise: {@code $JIAODUI_DB} when set; else
     * {@code $XDG_DATA_HOME/jiaodui/library.db} (default {@code ~/.local/share}) on Linux and other Unix,
     * {@code %APPDATA%\Jiaodui\library.db} on Windows, {@code ~/Library/Application Support/Jiaodui/library.db}
     * on macOS.
     */
    public static Path defaultPath() {
        return defaultPath(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path defaultPath(Map<String, String> env, String osName, String userHome) {
        String explicit = env.get("JIAODUI_DB");
        if (explicit != null && !explicit.isBlank()) {
            return Paths.get(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Paths.get(appData)
                    : Paths.get(userHome, "AppData", "Roaming");
            return base.resolve("Jiaodui").resolve("library.db");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Paths.get(userHome, "Library", "Application Support", "Jiaodui", "library.db");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Paths.get(xdg).isAbsolute() ? Paths.get(xdg)
                : Paths.get(userHome, ".local", "share");
        return base.resolve("jiaodui").resolve("library.db");
    }

    /** For tests in this package. */
    Db db() {
        return db;
    }

    /** The library file; null for a shared library (see {@link #location()}). */
    public Path file() {
        return db.file;
    }

    /** How messages name this library: its file, or the shared library's URL (never with a password). */
    public String location() {
        return db.where;
    }

    /** Whether this is a shared library on a PostgreSQL server. */
    public boolean isShared() {
        return db.postgres();
    }

    /** Sets the client recorded with the revisions saved from now on (e.g. "host jiaodui-cli"). */
    public void setClient(String client) {
        this.client = client == null || client.isBlank() ? null : client.strip();
    }

    /** "HOST PROGRAM": the machine's name and the program that saves. */
    public static String defaultClient(String program) {
        return HostName.NAME + " " + program;
    }

    /** The machine's name, looked up once (a name lookup can take a while: not on every open). */
    private static final class HostName {
        static final String NAME = lookUp();

        private static String lookUp() {
            String host = System.getenv("HOSTNAME");
            if (host != null && !host.isBlank()) {
                return host;
            }
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException | RuntimeException e) {
                return "localhost";
            }
        }
    }

    /** True when this open created the library (it was missing or empty). */
    public boolean isNew() {
        return created;
    }

    /** Whether the sample pages were never offered to this library (it was never seeded and holds no page). */
    public synchronized boolean needsSeeding() {
        return db.read(() -> db.one("SELECT value FROM meta WHERE key = 'seeded'", rs -> rs.getString(1)).isEmpty()
                && db.count("SELECT COUNT(*) FROM page") == 0);
    }

    /** Notes that the library was seeded (it is not seeded again, even when its pages are removed). */
    public synchronized void markSeeded() {
        db.write(() -> db.update("INSERT INTO meta(key, value) VALUES ('seeded', ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value", Db.time(Db.now())));
    }

    // ------------------------------------------------------------------------------------------------ import

    /** The SHA-256 of every source file in the library (an importer skips known files before analysing them). */
    public synchronized Set<String> knownHashes() {
        return db.read(() -> new HashSet<>(db.list("SELECT sha256 FROM source_file", rs -> rs.getString(1))));
    }

    /** The versions of the page called {@code pageName}, oldest first (empty when there is no such page). */
    public synchronized List<VersionInfo> versionsOfPage(String pageName) {
        return db.read(() -> db.list(VERSION_INFO + " JOIN page p ON p.id = v.page_id WHERE p.name = ? ORDER BY v.number",
                Library::versionInfo, pageName));
    }

    /**
     * Stores a finished page version: its source file, the version with its role, and (when
     * {@link NewVersion#articles()} is not null) the page's articles as segmented from it. Nothing is analysed here:
     * the importer hands finished records. Idempotent: a file whose SHA-256 is already in the library changes
     * nothing (outcome UNCHANGED). Articles are reconciled with the page's current ones: an article an editor worked
     * on (status, own revision, decision or draft) is kept as it is; an untouched one with the same title gets the
     * new text as a new revision when its text differs; untouched ones without a counterpart are retired.
     * Runs in one transaction (or inside the caller's {@link #batch}); the search index catches up at its end.
     */
    public synchronized ImportResult persist(NewVersion v) {
        Objects.requireNonNull(v, "version");
        boolean outermost = !db.inTransaction();
        return db.write(() -> {
            ImportResult r = persistIn(v);
            if (outermost) {
                index.flush();
            }
            return r;
        });
    }

    private ImportResult persistIn(NewVersion v) throws SQLException {
        Optional<long[]> existing = db.one("""
                SELECT v.id, v.page_id, v.number FROM source_file s JOIN page_version v ON v.source_id = s.id
                WHERE s.sha256 = ? ORDER BY v.id LIMIT 1""",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, v.sha256());
        if (existing.isPresent()) {
            long[] e = existing.get();
            var info = db.one("""
                    SELECT p.name, v.role FROM page p JOIN page_version v ON v.page_id = p.id WHERE v.id = ?""",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, e[0]).orElse(new String[] {"", "raw"});
            return new ImportResult(v.fileName(), ImportResult.Outcome.UNCHANGED, e[1], info[0], e[0], (int) e[2],
                    info[1], 0, 0, 0, 0, 0);
        }
        Instant now = Db.now();
        Optional<Long> pageIdOpt = db.one("SELECT id FROM page WHERE name = ?", rs -> rs.getLong(1), v.pageName());
        boolean newPage = pageIdOpt.isEmpty();
        long pageId = newPage ? db.insert("INSERT INTO page(name, created_at) VALUES (?, ?)", v.pageName(), now)
                : pageIdOpt.get();
        long sourceId = db.insert("""
                INSERT INTO source_file(file_name, path, raw, encoding, bom, sha256, format, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                v.fileName(), v.path(), v.raw(), v.encoding(), v.bom(), v.sha256(), v.format().name(), now);
        if (v.geometry() != null) {
            db.update("INSERT INTO source_geometry(source_id, format, image_path, geometry) VALUES (?, ?, ?, ?)",
                    sourceId, v.geometry().format(), v.geometry().imagePath(), v.geometry().geometry());
        }
        int number = (int) db.count("SELECT COALESCE(MAX(number), 0) + 1 FROM page_version WHERE page_id = ?", pageId);
        long versionId = db.insert("INSERT INTO page_version(page_id, number, label, role, source_id, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", pageId, number, v.label(), v.role(), sourceId, now);
        int added = 0;
        int updated = 0;
        int kept = 0;
        int retired = 0;
        if (v.articles() != null) {
            String note = "imported from " + v.fileName() + " (version " + number + ", " + v.role() + ")";
            List<OldArticle> olds = newPage ? List.of() : db.list("""
                    SELECT a.id, a.idx, a.title,
                      (a.status <> 'unreviewed'
                       OR EXISTS (SELECT 1 FROM revision r WHERE r.article_id = a.id AND r.author <> ?)
                       OR EXISTS (SELECT 1 FROM decision d WHERE d.article_id = a.id)
                       OR EXISTS (SELECT 1 FROM draft d WHERE d.article_id = a.id)) AS edited,
                      r.text AS text
                    FROM article a JOIN revision r ON r.id = a.current_revision_id
                    WHERE a.page_id = ? AND a.retired_at IS NULL ORDER BY a.idx, a.id""",
                    rs -> new OldArticle(rs.getLong("id"), rs.getInt("idx"), rs.getString("title"),
                            rs.getInt("edited") != 0, rs.getString("text")), IMPORT_AUTHOR, pageId);
            boolean[] matched = new boolean[olds.size()];
            for (NewArticle a : v.articles()) {
                int m = match(olds, matched, a);
                if (m < 0) {
                    insertArticle(pageId, versionId, a.index(), a.kicker(), a.title(), a.subtitle(), a.byline(),
                            a.rawStart(), a.rawEnd(), a.openFlags(), a.text(), IMPORT_AUTHOR, note, now);
                    added++;
                    continue;
                }
                matched[m] = true;
                OldArticle old = olds.get(m);
                if (old.edited) {
                    kept++;
                    continue;
                }
                db.update("""
                        UPDATE article SET version_id = ?, idx = ?, kicker = ?, title = ?, subtitle = ?, byline = ?,
                          raw_start = ?, raw_end = ?, open_flags = ?, updated_at = ? WHERE id = ?""",
                        versionId, a.index(), a.kicker(), a.title(), a.subtitle(), a.byline(), a.rawStart(),
                        a.rawEnd(), a.openFlags(), now, old.id);
                if (!old.text.equals(a.text())) {
                    insertRevision(old.id, a.text(), IMPORT_AUTHOR, note, null, now);
                    updated++; // only an article whose text changed counts as updated
                } else if (!titleKey(old.title).equals(titleKey(a.title())) || old.index != a.index()) {
                    index.mark(old.id, true);
                }
            }
            for (int i = 0; i < olds.size(); i++) {
                if (matched[i]) {
                    continue;
                }
                OldArticle old = olds.get(i);
                if (old.edited) {
                    kept++;
                } else {
                    db.update("UPDATE article SET retired_at = ?, updated_at = ? WHERE id = ?", now, now, old.id);
                    index.mark(old.id, true);
                    retired++;
                }
            }
        }
        return new ImportResult(v.fileName(), newPage ? ImportResult.Outcome.NEW_PAGE : ImportResult.Outcome.NEW_VERSION,
                pageId, v.pageName(), versionId, number, v.role(), added, updated, kept, retired, v.flags());
    }

    private record OldArticle(long id, int index, String title, boolean edited, String text) {}

    /** Same title (white space ignored); untitled articles match an untitled one at the same position. */
    private static int match(List<OldArticle> olds, boolean[] matched, NewArticle a) {
        String key = titleKey(a.title());
        for (int i = 0; i < olds.size(); i++) {
            if (matched[i]) {
                continue;
            }
            OldArticle o = olds.get(i);
            String k = titleKey(o.title);
            if (key.isEmpty() ? k.isEmpty() && o.index == a.index() : key.equals(k)) {
                return i;
            }
        }
        return -1;
    }

    private static String titleKey(String title) {
        return title == null ? "" : title.replaceAll("[\\s\\u3000]+", "");
    }

    private long insertArticle(long pageId, long versionId, int idx, String kicker, String title, String subtitle,
                               String byline, int rawStart, int rawEnd, int openFlags, String text, String author,
                               String note, Instant now) throws SQLException {
        long id = db.insert("""
                INSERT INTO article(page_id, version_id, idx, kicker, title, subtitle, byline, raw_start, raw_end,
                  open_flags, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                pageId, versionId, idx, kicker, title == null ? "" : title, subtitle, byline, rawStart, rawEnd,
                openFlags, now, now);
        index.mark(id, false);
        insertRevision(id, text, author, note, null, now);
        return id;
    }

    /**
     * Creates an article on a page version with {@code text} as its first revision, e.g. a merged text saved as
     * a new article. It goes after the page's last article.
     */
    public synchronized ArticleRecord createArticle(long versionId, String title, String text, String author,
                                                    String note) {
        Objects.requireNonNull(text, "text");
        boolean outermost = !db.inTransaction();
        long id = db.write(() -> {
            long pageId = db.one("SELECT page_id FROM page_version WHERE id = ?", rs -> rs.getLong(1), versionId)
                    .orElseThrow(() -> notFound("page version", versionId));
            int idx = (int) db.count("SELECT COALESCE(MAX(idx), -1) + 1 FROM article WHERE page_id = ?", pageId);
            long created = insertArticle(pageId, versionId, idx, null, title, null, null, -1, -1, 0, text,
                    author(author), note(note), Db.now());
            if (outermost) {
                index.flush(); // inside batch(): once, at its end
            }
            return created;
        });
        return article(id).orElseThrow();
    }

    /** Runs {@code work} (calls on this library) in one transaction: all of it is saved, or none. */
    public synchronized void batch(Runnable work) {
        db.write(() -> {
            work.run();
            index.flush();
            return null;
        });
    }

    // ------------------------------------------------------------------------------------------------ pages

    private static final String PAGE_SUMMARY = """
            SELECT p.id, p.name, p.created_at,
              (SELECT COUNT(*) FROM page_version v WHERE v.page_id = p.id) AS versions,
              (SELECT MAX(v.id) FROM page_version v WHERE v.page_id = p.id) AS latest,
              COUNT(a.id) AS articles,
              COALESCE(SUM(CASE WHEN a.status = 'unreviewed' THEN 1 ELSE 0 END), 0) AS unreviewed,
              COALESCE(SUM(CASE WHEN a.status = 'in_progress' THEN 1 ELSE 0 END), 0) AS in_progress,
              COALESCE(SUM(CASE WHEN a.status = 'done' THEN 1 ELSE 0 END), 0) AS done,
              COALESCE(SUM(a.open_flags), 0) AS open_flags
            FROM page p LEFT JOIN article a ON a.page_id = p.id AND a.retired_at IS NULL
            %s
            GROUP BY p.id, p.name, p.created_at
            ORDER BY p.name, p.id""";

    private static PageSummary pageSummary(ResultSet rs) throws SQLException {
        return new PageSummary(rs.getLong("id"), rs.getString("name"), rs.getInt("versions"), rs.getLong("latest"),
                rs.getInt("articles"), rs.getInt("unreviewed"), rs.getInt("in_progress"), rs.getInt("done"),
                rs.getInt("open_flags"), Db.instant(rs, "created_at"));
    }

    /** Every page, by name, with counts. */
    public synchronized List<PageSummary> pages() {
        return db.read(() -> db.list(String.format(PAGE_SUMMARY, ""), Library::pageSummary));
    }

    public synchronized Optional<PageSummary> page(long pageId) {
        return db.read(() -> db.one(String.format(PAGE_SUMMARY, "WHERE p.id = ?"), Library::pageSummary, pageId));
    }

    /** Totals over the whole library. */
    public synchronized Stats stats() {
        return db.read(() -> db.one("""
                SELECT (SELECT COUNT(*) FROM page) AS pages, COUNT(*) AS articles,
                  COALESCE(SUM(CASE WHEN status = 'unreviewed' THEN 1 ELSE 0 END), 0) AS unreviewed,
                  COALESCE(SUM(CASE WHEN status = 'in_progress' THEN 1 ELSE 0 END), 0) AS in_progress,
                  COALESCE(SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END), 0) AS done,
                  COALESCE(SUM(open_flags), 0) AS open_flags
                FROM article WHERE retired_at IS NULL""",
                rs -> new Stats(rs.getInt("pages"), rs.getInt("articles"), rs.getInt("unreviewed"),
                        rs.getInt("in_progress"), rs.getInt("done"), rs.getInt("open_flags"))).orElseThrow());
    }

    private static final String VERSION_INFO = """
            SELECT v.id, v.page_id, v.number, v.label, v.role, v.created_at, s.file_name, s.path, s.format, s.encoding,
              s.sha256, length(s.raw) AS chars,
              (SELECT COUNT(*) FROM article a WHERE a.version_id = v.id AND a.retired_at IS NULL) AS articles
            FROM page_version v JOIN source_file s ON s.id = v.source_id""";

    private static VersionInfo versionInfo(ResultSet rs) throws SQLException {
        return new VersionInfo(rs.getLong("id"), rs.getLong("page_id"), rs.getInt("number"), rs.getString("label"),
                rs.getString("role"), rs.getString("file_name"), rs.getString("path"),
                Format.valueOf(rs.getString("format")), rs.getString("encoding"), rs.getString("sha256"),
                rs.getInt("chars"), rs.getInt("articles"), Db.instant(rs, "created_at"));
    }

    /** Changes the role of a version ("raw", "cleaned" or "ocr"); the articles are left as they are. */
    public synchronized void setRole(long versionId, String role) {
        db.write(() -> expectOne(db.update("UPDATE page_version SET role = ? WHERE id = ?", role, versionId),
                "page version", versionId));
    }

    /** The versions of a page, oldest first. */
    public synchronized List<VersionInfo> versions(long pageId) {
        return db.read(() -> db.list(VERSION_INFO + " WHERE v.page_id = ? ORDER BY v.number", Library::versionInfo,
                pageId));
    }

    /** Every version of every page, by page and number. */
    public synchronized List<VersionInfo> allVersions() {
        return db.read(() -> db.list(VERSION_INFO + " ORDER BY v.page_id, v.number", Library::versionInfo));
    }

    public synchronized Optional<VersionInfo> version(long versionId) {
        return db.read(() -> db.one(VERSION_INFO + " WHERE v.id = ?", Library::versionInfo, versionId));
    }

    /** The raw text of a version exactly as read from its file. */
    public synchronized String sourceText(long versionId) {
        return source(versionId).raw();
    }

    /** The source file of a version. */
    public synchronized SourceFile source(long versionId) {
        return db.read(() -> db.one("""
                SELECT s.* FROM source_file s JOIN page_version v ON v.source_id = s.id WHERE v.id = ?""",
                rs -> new SourceFile(rs.getLong("id"), rs.getString("file_name"), rs.getString("path"),
                        rs.getString("raw"), rs.getString("encoding"), rs.getInt("bom") != 0, rs.getString("sha256"),
                        Format.valueOf(rs.getString("format")), Db.instant(rs, "imported_at")), versionId))
                .orElseThrow(() -> notFound("page version", versionId));
    }

    /** Where a version's text sits on the printed page, when it was read from a PDF or OCR file (migration 6). */
    public synchronized Optional<StoredGeometry> geometry(long versionId) {
        return db.read(() -> db.one("""
                SELECT g.format, g.image_path, g.geometry FROM source_geometry g
                JOIN page_version v ON v.source_id = g.source_id WHERE v.id = ?""",
                rs -> new StoredGeometry(rs.getString(1), rs.getString(2), rs.getString(3)), versionId));
    }

    // ------------------------------------------------------------------------------------------------ articles

    private static final String ARTICLE_SUMMARY = """
            SELECT id, page_id, version_id, idx, title, status, open_flags, revision_count, updated_at FROM article""";

    private static ArticleSummary articleSummary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getLong("page_id"), rs.getLong("version_id"),
                rs.getInt("idx"), rs.getString("title"), ReviewStatus.fromId(rs.getString("status")),
                rs.getInt("open_flags"), rs.getInt("revision_count"), Db.instant(rs, "updated_at"));
    }

    /** The articles of a page in page order (retired ones left out). */
    public synchronized List<ArticleSummary> articles(long pageId) {
        return db.read(() -> db.list(ARTICLE_SUMMARY + " WHERE page_id = ? AND retired_at IS NULL ORDER BY idx, id",
                Library::articleSummary, pageId));
    }

    /** Every article of the library (retired ones left out), by page name and position. */
    public synchronized List<ArticleSummary> allArticles() {
        return db.read(() -> db.list("""
                SELECT a.id, a.page_id, a.version_id, a.idx, a.title, a.status, a.open_flags, a.revision_count,
                  a.updated_at
                FROM article a JOIN page p ON p.id = a.page_id WHERE a.retired_at IS NULL
                ORDER BY p.name, p.id, a.idx, a.id""", Library::articleSummary));
    }

    public synchronized Optional<ArticleRecord> article(long articleId) {
        return db.read(() -> db.one("SELECT * FROM article WHERE id = ?", rs -> new ArticleRecord(rs.getLong("id"),
                rs.getLong("page_id"), rs.getLong("version_id"), rs.getInt("idx"), rs.getString("kicker"),
                rs.getString("title"), rs.getString("subtitle"), rs.getString("byline"), rs.getInt("raw_start"),
                rs.getInt("raw_end"), ReviewStatus.fromId(rs.getString("status")), rs.getInt("open_flags"),
                rs.getInt("revision_count"), rs.getString("retired_at") != null, Db.instant(rs, "created_at"),
                Db.instant(rs, "updated_at")), articleId));
    }

    public synchronized void setStatus(long articleId, ReviewStatus status) {
        db.write(() -> expectOne(db.update("UPDATE article SET status = ?, updated_at = ? WHERE id = ?", status.id(),
                Db.now(), articleId), "article", articleId));
    }

    /** Stores the number of open flags the app counts for an article (shown in the library view). */
    public synchronized void setOpenFlags(long articleId, int openFlags) {
        db.write(() -> expectOne(db.update("UPDATE article SET open_flags = ? WHERE id = ?", Math.max(0, openFlags),
                articleId), "article", articleId));
    }

    // ------------------------------------------------------------------------------------------------ revisions

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("number"), rs.getString("text"),
                rs.getString("author"), rs.getString("note"), Db.instant(rs, "created_at"),
                Db.nullableLong(rs, "restored_from"), rs.getString("client"));
    }

    /** The current (latest) revision of an article. */
    public synchronized Revision currentRevision(long articleId) {
        return db.read(() -> db.one("""
                SELECT r.* FROM revision r JOIN article a ON a.current_revision_id = r.id WHERE a.id = ?""",
                Library::revision, articleId)).orElseThrow(() -> notFound("article", articleId));
    }

    /** Every revision of an article, oldest (number 1) first. */
    public synchronized List<Revision> revisions(long articleId) {
        return db.read(() -> db.list("SELECT * FROM revision WHERE article_id = ? ORDER BY number",
                Library::revision, articleId));
    }

    public synchronized Optional<Revision> revision(long revisionId) {
        return db.read(() -> db.one("SELECT * FROM revision WHERE id = ?", Library::revision, revisionId));
    }

    /**
     * Saves {@code text} as the article's new current revision (always a new revision, even for unchanged
     * text) and clears its draft. When this returns, the revision is on disk.
     */
    public synchronized Revision saveRevision(long articleId, String text, String author, String note) {
        Objects.requireNonNull(text, "text");
        return db.write(() -> {
            requireArticle(articleId);
            return insertRevision(articleId, text, author(author), note(note), null, Db.now());
        });
    }

    /**
     * Saves {@code text} as the article's new current revision provided {@code baseNumber} (the revision number the
     * editor's text was made on) is still the current one; else nothing is saved and a
     * {@link RevisionConflictException} names the current revision. The check and the insert are one transaction
     * holding the article's row (SELECT … FOR UPDATE on PostgreSQL, SQLite's write lock): of two saves on the same
     * base exactly one succeeds, never a silent overwrite.
     */
    public synchronized Revision saveRevision(long articleId, String text, String author, String note,
                                              int baseNumber) {
        Objects.requireNonNull(text, "text");
        return db.write(() -> {
            int current = (int) db.one("SELECT revision_count FROM article WHERE id = ?" + db.forUpdate(),
                    rs -> rs.getLong(1), articleId).orElseThrow(() -> notFound("article", articleId)).longValue();
            if (current != baseNumber) {
                Revision cur = db.one("""
                        SELECT r.* FROM revision r JOIN article a ON a.current_revision_id = r.id WHERE a.id = ?""",
                        Library::revision, articleId).orElseThrow();
                if (cur.number() == baseNumber + 1 && cur.text().equals(text) && cur.author().equals(author(author))) {
                    return cur; // this very save, retried after its answer was lost (the server went away): done
                }
                throw new RevisionConflictException(db.where + ": article " + articleId + " was saved by "
                        + cur.author() + " at " + cur.createdAt() + " (revision " + cur.number()
                        + ") after revision " + baseNumber + ", which this text was based on; nothing was saved, "
                        + "merge the texts and save on revision " + cur.number(), baseNumber, cur);
            }
            return insertRevision(articleId, text, author(author), note(note), null, Db.now());
        });
    }

    /** Makes an older revision current again by saving its text as a new revision ("restored revision N"). */
    public synchronized Revision restore(long articleId, long revisionId, String author) {
        return db.write(() -> {
            Revision old = db.one("SELECT * FROM revision WHERE id = ? AND article_id = ?", Library::revision,
                    revisionId, articleId).orElseThrow(() -> db.fail(Reason.NOT_FOUND,
                    "article " + articleId + " has no revision " + revisionId));
            return insertRevision(articleId, old.text(), author(author), "restored revision " + old.number(),
                    old.id(), Db.now());
        });
    }

    public Revision restore(long articleId, long revisionId) {
        return restore(articleId, revisionId, "editor");
    }

    private Revision insertRevision(long articleId, String text, String author, String note, Long restoredFrom,
                                    Instant now) throws SQLException {
        // (the row lock keeps two clients of a shared library from taking the same number)
        int number = (int) db.count("SELECT revision_count FROM article WHERE id = ?" + db.forUpdate(), articleId) + 1;
        String from = client != null ? client : defaultClient("jiaodui");
        long id = db.insert("""
                INSERT INTO revision(article_id, number, text, author, note, restored_from, created_at, client)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", articleId, number, text, author, note, restoredFrom, now, from);
        db.update("UPDATE article SET revision_count = ?, current_revision_id = ?, updated_at = ? WHERE id = ?",
                number, id, now, articleId);
        db.update("DELETE FROM draft WHERE article_id = ?", articleId);
        index.mark(articleId, true);
        return new Revision(id, articleId, number, text, author, note, now, restoredFrom, from);
    }

    // ------------------------------------------------------------------------------------------------ learnt corrections

    /** A replacement to remember: {@code from} → {@code to} between {@code left} and {@code right}. */
    public record NewCorrection(String from, String to, String left, String right) {}

    /** Records the corrections an editor made in one save (one transaction); ones already stored are kept once. */
    public synchronized void recordCorrections(List<NewCorrection> corrections, String author, Long articleId) {
        if (corrections.isEmpty()) {
            return;
        }
        db.write(() -> {
            Instant now = Db.now();
            for (NewCorrection c : corrections) {
                learnt.add(c.from(), c.to(), c.left() == null ? "" : c.left(), c.right() == null ? "" : c.right(),
                        author(author), now, articleId);
            }
            return null;
        });
    }

    /** Every learnt correction, oldest first; only the enabled ones when {@code enabledOnly}. */
    public synchronized List<LearntCorrection> learntCorrections(boolean enabledOnly) {
        return db.read(() -> learnt.list(enabledOnly));
    }

    /** Enables or disables a learnt correction; false when there is none with that id. */
    public synchronized boolean setCorrectionEnabled(long id, boolean enabled) {
        return db.write(() -> learnt.setEnabled(id, enabled));
    }

    /** Forgets a learnt correction; false when there is none with that id. */
    public synchronized boolean removeCorrection(long id) {
        return db.write(() -> learnt.remove(id));
    }

    // ------------------------------------------------------------------------------------------------ decisions

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong("id"), Db.nullableLong(rs, "article_id"), Db.nullableLong(rs, "version_id"),
                Db.nullableLong(rs, "revision_id"), rs.getString("kind"), rs.getInt("start_offset"),
                rs.getInt("end_offset"), rs.getString("original"), rs.getString("replacement"),
                Verdict.fromId(rs.getString("decision")), Db.instant(rs, "decided_at"));
    }

    /**
     * Records an editor's decision on a flag of an article.
     *
     * @param revisionId the revision whose text {@code start}/{@code end} index, or null when they index the raw
     *                   text of the article's version
     */
    public synchronized Decision recordDecision(long articleId, Long revisionId, String kind, int start, int end,
                                                String original, String replacement, Verdict verdict) {
        return db.write(() -> {
            long versionId = db.one("SELECT version_id FROM article WHERE id = ?", rs -> rs.getLong(1), articleId)
                    .orElseThrow(() -> notFound("article", articleId));
            return insertDecision(articleId, versionId, revisionId, kind, start, end, original, replacement, verdict);
        });
    }

    /** Records a decision on a flag of a page version (not tied to an article). */
    public synchronized Decision recordVersionDecision(long versionId, String kind, int start, int end,
                                                       String original, String replacement, Verdict verdict) {
        return db.write(() -> insertDecision(null, versionId, null, kind, start, end, original, replacement, verdict));
    }

    private Decision insertDecision(Long articleId, Long versionId, Long revisionId, String kind, int start, int end,
                                    String original, String replacement, Verdict verdict) throws SQLException {
        Instant now = Db.now();
        long id = db.insert("""
                INSERT INTO decision(article_id, version_id, revision_id, kind, start_offset, end_offset, original,
                  replacement, decision, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                articleId, versionId, revisionId, kind, start, end, original, replacement, verdict.id(), now);
        return new Decision(id, articleId, versionId, revisionId, kind, start, end, original, replacement, verdict,
                now);
    }

    /** The decisions on an article's flags, in the order they were made. */
    public synchronized List<Decision> decisions(long articleId) {
        return db.read(() -> db.list("SELECT * FROM decision WHERE article_id = ? ORDER BY id", Library::decision,
                articleId));
    }

    /** The decisions recorded on a page version (with or without an article), in order. */
    public synchronized List<Decision> versionDecisions(long versionId) {
        return db.read(() -> db.list("SELECT * FROM decision WHERE version_id = ? ORDER BY id", Library::decision,
                versionId));
    }

    /** Removes a decision (undo). */
    public synchronized void deleteDecision(long decisionId) {
        db.write(() -> expectOne(db.update("DELETE FROM decision WHERE id = ?", decisionId), "decision", decisionId));
    }

    // ------------------------------------------------------------------------------------------------ drafts

    /** Autosaves the unsaved text of an article (replacing its previous draft). */
    public synchronized Draft saveDraft(long articleId, String text) {
        Instant now = Db.now();
        db.write(() -> {
            requireArticle(articleId);
            return db.update("""
                    INSERT INTO draft(article_id, text, saved_at) VALUES (?, ?, ?)
                    ON CONFLICT(article_id) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at""",
                    articleId, text, now);
        });
        return new Draft(articleId, text, now);
    }

    /** Autosaves the whole unsaved state of an article's review: text, base revision and decisions (JSON). */
    public synchronized Draft saveDraft(long articleId, String text, long baseRevision, String decisions) {
        Instant now = Db.now();
        db.write(() -> {
            requireArticle(articleId);
            return db.update("""
                    INSERT INTO draft(article_id, text, saved_at, base_revision, decisions) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(article_id) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at,
                      base_revision = excluded.base_revision, decisions = excluded.decisions""",
                    articleId, text, now, baseRevision, decisions);
        });
        return new Draft(articleId, text, now, baseRevision, decisions);
    }

    public synchronized Optional<Draft> draft(long articleId) {
        return db.read(() -> db.one("SELECT * FROM draft WHERE article_id = ?", Library::draftRow, articleId));
    }

    /** Every draft, oldest article first. */
    public synchronized List<Draft> drafts() {
        return db.read(() -> db.list("SELECT * FROM draft ORDER BY article_id", Library::draftRow));
    }

    private static Draft draftRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Draft(rs.getLong("article_id"), rs.getString("text"), Db.instant(rs, "saved_at"),
                rs.getLong("base_revision"), rs.getString("decisions"));
    }

    public synchronized void clearDraft(long articleId) {
        db.write(() -> db.update("DELETE FROM draft WHERE article_id = ?", articleId));
    }

    // ------------------------------------------------------------------------------------------------ search

    /**
     * Full-text search over the current text and title of every article. Terms separated by spaces must all
     * occur. Best first.
     */
    public synchronized List<SearchHit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        catchUpSearchIndex();
        return db.read(() -> index.search(query, limit));
    }

    /**
     * Brings the search index up to date with the revisions saved since the last search (saving only marks the
     * article, so that a save stays fast). Search does this itself; the app may call it when idle. When another
     * program holds the library's write lock, it waits at most a moment and leaves the catching up for later.
     *
     * @return how many articles were re-indexed
     */
    public synchronized int catchUpSearchIndex() {
        if (!db.read(index::hasPending)) {
            return 0;
        }
        if (db.postgres()) {
            return db.write(index::flush);
        }
        try {
            db.exec("PRAGMA busy_timeout = " + Math.min(250, db.busyTimeoutMillis));
            return db.write(index::flush);
        } catch (SQLException | StoreException e) {
            if (e instanceof StoreException se && se.reason() != Reason.LOCKED && se.reason() != Reason.READ_ONLY) {
                throw se;
            }
            return 0; // searched a moment later, with the index as it is
        } finally {
            try {
                db.exec("PRAGMA busy_timeout = " + db.busyTimeoutMillis);
            } catch (SQLException ignored) {
                // the connection is gone; the next call reports it
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ team workflow

    /** Sets an article's workflow status, recording who set it and when. */
    public synchronized WorkflowStatus.State setWorkflow(long articleId, WorkflowStatus status, String by) {
        Objects.requireNonNull(status, "status");
        Instant now = Db.now();
        String who = author(by);
        db.write(() -> {
            requireArticle(articleId);
            return db.update("""
                    INSERT INTO article_workflow(article_id, status, set_by, set_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(article_id) DO UPDATE SET status = excluded.status, set_by = excluded.set_by,
                      set_at = excluded.set_at""", articleId, status.id(), who, now);
        });
        return new WorkflowStatus.State(articleId, status, who, now);
    }

    /** An article's workflow status (open, set by nobody, when it was never set). */
    public synchronized WorkflowStatus.State workflow(long articleId) {
        return db.read(() -> {
            requireArticle(articleId);
            return db.one("SELECT * FROM article_workflow WHERE article_id = ?", Library::workflowRow, articleId)
                    .orElse(new WorkflowStatus.State(articleId, WorkflowStatus.OPEN, null, null));
        });
    }

    /** The workflow status of every article (not retired), by page name and position. */
    public synchronized List<WorkflowStatus.State> workflows() {
        return db.read(() -> db.list("""
                SELECT a.id AS article_id, COALESCE(w.status, 'open') AS status, w.set_by, w.set_at
                FROM article a JOIN page p ON p.id = a.page_id LEFT JOIN article_workflow w ON w.article_id = a.id
                WHERE a.retired_at IS NULL ORDER BY p.name, p.id, a.idx, a.id""", Library::workflowRow));
    }

    private static WorkflowStatus.State workflowRow(ResultSet rs) throws SQLException {
        return new WorkflowStatus.State(rs.getLong("article_id"), WorkflowStatus.parse(rs.getString("status")),
                rs.getString("set_by"), Db.instant(rs, "set_at"));
    }

    /** Assigns a page to an editor (null or blank: no longer assigned), recording who did and when. */
    public synchronized void assign(long pageId, String editor, String by) {
        Instant now = Db.now();
        db.write(() -> {
            if (db.count("SELECT COUNT(*) FROM page WHERE id = ?", pageId) == 0) {
                throw notFound("page", pageId);
            }
            if (editor == null || editor.isBlank()) {
                return db.update("DELETE FROM page_assignment WHERE page_id = ?", pageId);
            }
            return db.update("""
                    INSERT INTO page_assignment(page_id, editor, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(page_id) DO UPDATE SET editor = excluded.editor, assigned_by = excluded.assigned_by,
                      assigned_at = excluded.assigned_at""", pageId, editor.strip(), author(by), now);
        });
    }

    /** Every assigned page, by page name. */
    public synchronized List<WorkflowStatus.Assignment> assignments() {
        return db.read(() -> db.list("""
                SELECT a.page_id, p.name, a.editor, a.assigned_by, a.assigned_at
                FROM page_assignment a JOIN page p ON p.id = a.page_id ORDER BY p.name, p.id""",
                rs -> new WorkflowStatus.Assignment(rs.getLong("page_id"), rs.getString("name"), rs.getString("editor"),
                        rs.getString("assigned_by"), Db.instant(rs, "assigned_at"))));
    }

    // ------------------------------------------------------------------------------------------------ misc

    /** Runs SQLite's integrity check; "ok" when the file is sound. */
    public synchronized String integrityCheck() {
        if (db.postgres()) {
            return "ok"; // the server keeps its own files sound
        }
        return db.read(() -> String.join("\n", db.list("PRAGMA integrity_check", rs -> rs.getString(1))));
    }

    private void requireArticle(long articleId) throws SQLException {
        if (db.count("SELECT COUNT(*) FROM article WHERE id = ?", articleId) == 0) {
            throw notFound("article", articleId);
        }
    }

    private Object expectOne(int rows, String what, long id) {
        if (rows == 0) {
            throw notFound(what, id);
        }
        return null;
    }

    private StoreException notFound(String what, long id) {
        return db.fail(Reason.NOT_FOUND, "there is no " + what + " " + id + " in the library");
    }

    private static String author(String author) {
        return author == null || author.isBlank() ? "editor" : author.strip();
    }

    private static String note(String note) {
        return note == null ? "" : note;
    }

    @Override
    public synchronized void close() {
        try {
            catchUpSearchIndex();
        } catch (StoreException ignored) {
            // the marks stay; the next search catches up
        }
        try {
            if (!db.readOnly && !db.postgres()) {
                // optimize may want the write lock: never wait another busy timeout for it on the way out
                db.exec("PRAGMA busy_timeout = 100");
                db.exec("PRAGMA optimize");
            }
        } catch (SQLException ignored) {
            // best effort
        }
        db.close();
    }

    static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
