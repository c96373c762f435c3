package com.jiaodui.store;

import com.jiaodui.store.Decision.Verdict;
import com.jiaodui.store.StoreException.Reason;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Article;
import com.jiaodui.text.Flag;
import com.jiaodui.text.Format;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;

/**
 * The article library: one SQLite file holding every imported page (its source files exactly as read, its OCR
 * versions and their flags), the articles segmented from them, every revision an editor saved, the decisions
 * on flags, autosaved drafts, and a full-text index.
 *
 * <p>Thread-safe: every method is synchronized on the library (one connection). Call it off the FX thread.
 * Every write runs in one transaction (BEGIN IMMEDIATE … COMMIT): it happens completely or not at all. A write
 * that finds the file locked by another program waits the busy timeout, then throws a {@link StoreException}.
 * Every failure is a {@link StoreException} whose message names the file and says what happened.
 */
public final class Library implements AutoCloseable {
    /** Author of revisions made from imported text. */
    public static final String IMPORT_AUTHOR = "import";
    /** The sample pages a new default library is seeded with (on the class path under /samples/). */
    public static final List<String> SAMPLES =
            List.of("page-a.raw.txt", "page-a.clean.txt", "page-b.md", "page-c.raw.txt");

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
    private final boolean created;
    private final Analyzer analyzer = new Analyzer();

    private Library(Db db, boolean created) {
        this.db = db;
        this.index = new SearchIndex(db);
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
     * Opens the default library ({@link #defaultPath()}), creating it and its directory on first use and
     * seeding a new one with the sample pages.
     */
    public static Library openDefault() {
        Library lib = open(defaultPath(), Options.defaults().withCreateDirectories(true));
        try {
            lib.seedSamplesIfNew();
        } catch (RuntimeException e) {
            lib.close();
            throw e;
        }
        return lib;
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

    /** The library file. */
    public Path file() {
        return db.file;
    }

    /** True when this open created the library (it was missing or empty). */
    public boolean isNew() {
        return created;
    }

    /**
     * Imports the sample pages from the class path when the library has never been seeded and holds no page.
     * Returns what was imported (empty when nothing was done).
     */
    public synchronized List<ImportResult> seedSamplesIfNew() {
        boolean seeded = db.read(() -> db.one("SELECT value FROM meta WHERE key = 'seeded'", rs -> rs.getString(1))
                .isPresent() || db.count("SELECT COUNT(*) FROM page") > 0);
        if (seeded) {
            return List.of();
        }
        List<ImportResult> out = new ArrayList<>();
        db.write(() -> {
            for (String name : SAMPLES) {
                byte[] bytes;
                try (InputStream in = Library.class.getResourceAsStream("/samples/" + name)) {
                    if (in == null) {
                        continue;
                    }
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    continue;
                }
                try {
                    out.add(importSource(TextDecoder.decode(Path.of(name), bytes), null));
                } catch (UnreadablePageException e) {
                    // a broken sample is not worth failing the start for
                }
            }
            db.update("INSERT INTO meta(key, value) VALUES ('seeded', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    Db.time(Db.now()));
            index.flush();
            return null;
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------------ import

    /**
     * Imports a page file: reads it ({@link TextDecoder}), analyses it ({@link Analyzer}) and stores the file,
     * its version of the page, the flags and the articles. Idempotent: a file whose SHA-256 is already in the
     * library changes nothing. A changed file of a known page adds a version; see {@link ImportResult} and the
     * README for what happens to the page's articles (an article an editor worked on is never changed).
     *
     * @throws StoreException when the file cannot be read as a page (reason BAD_INPUT, message "FILE: why") or the
     *                        library cannot be written
     */
    public ImportResult importFile(Path file) {
        SourceText source;
        try {
            source = com.jiaodui.text.source.Sources.readText(file); // any page file: text, PDF, OCR output
        } catch (UnreadablePageException e) {
            throw new StoreException(file, Reason.BAD_INPUT, e.reason(), e);
        }
        return importSource(source);
    }

    /** importFiles stores at most this many files in one transaction … */
    private static final int GROUP_FILES = 25;
    /** … and closes the transaction after this long (the write lock is not held longer). */
    private static final long GROUP_NANOS = 200_000_000L;

    /** Told about each file of {@link #importFiles}: exactly one of {@code result} and {@code error} is non-null. */
    @FunctionalInterface
    public interface ImportListener {
        void imported(int done, int total, Path file, ImportResult result, StoreException error);
    }

    /**
     * Imports many files (e.g. a folder) in order, reading and analysing a few ahead on other threads. Files are
     * stored in small groups, each group (up to 25 files or 0.2 s of work) in one transaction together with its
     * search index entries: a group is saved completely or not at all, and the listener hears about a file only
     * once its group is on disk. A file that cannot be read is reported and skipped; a failure of the library
     * itself (locked, full, damaged) stops the import and is thrown (the files already reported stay imported).
     *
     * @param cancelled polled before each file; files already reported stay imported
     * @return the results of the files imported, in order
     */
    public List<ImportResult> importFiles(List<Path> files, ImportListener listener,
                                          java.util.function.BooleanSupplier cancelled) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jiaodui-import");
            t.setDaemon(true);
            return t;
        });
        Set<String> knownHashes = new HashSet<>();
        synchronized (this) {
            try {
                knownHashes.addAll(db.list("SELECT sha256 FROM source_file", rs -> rs.getString(1)));
            } catch (SQLException e) {
                // the first write reports the library's trouble
            }
        }
        try {
            List<java.util.concurrent.Future<Object>> ahead = new ArrayList<>();
            int window = threads * 3;
            List<ImportResult> out = new ArrayList<>();
            int[] next = {0};
            boolean[] stop = {false};
            while (next[0] < files.size() && !stop[0]) {
                List<Object[]> events = new ArrayList<>(); // {index, ImportResult or StoreException}
                synchronized (this) {
                    db.write(() -> {
                        long t0 = System.nanoTime();
                        while (next[0] < files.size() && events.size() < GROUP_FILES
                                && System.nanoTime() - t0 < GROUP_NANOS) {
                            int i = next[0];
                            while (ahead.size() < i + window && ahead.size() < files.size()) {
                                ahead.add(pool.submit(readAndAnalyse(files.get(ahead.size()), knownHashes)));
                            }
                            if (cancelled.getAsBoolean()) {
                                stop[0] = true;
                                break;
                            }
                            Object done;
                            try {
                                done = ahead.get(i).get();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                stop[0] = true;
                                break;
                            } catch (java.util.concurrent.ExecutionException e) {
                                done = new StoreException(files.get(i), Reason.BAD_INPUT,
                                        "cannot be read (" + e.getCause() + ")");
                            }
                            ahead.set(i, null); // let the text go
                            next[0]++;
                            if (done instanceof StoreException e) {
                                events.add(new Object[] {i, e});
                            } else {
                                Object[] pair = (Object[]) done;
                                events.add(new Object[] {i,
                                        importAnalysed((SourceText) pair[0], orAnalyse((Analysis) pair[1],
                                                (SourceText) pair[0]), null, null)});
                            }
                        }
                        index.flush();
                        return null;
                    });
                }
                for (Object[] ev : events) {
                    int i = (Integer) ev[0];
                    if (ev[1] instanceof ImportResult r) {
                        out.add(r);
                        listener.imported(i + 1, files.size(), files.get(i), r, null);
                    } else {
                        listener.imported(i + 1, files.size(), files.get(i), null, (StoreException) ev[1]);
                    }
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private java.util.concurrent.Callable<Object> readAndAnalyse(Path f, Set<String> knownHashes) {
        return () -> {
            try {
                SourceText src = com.jiaodui.text.source.Sources.readText(f);
                return new Object[] {src, knownHashes.contains(src.sha256()) ? null : analyzer.analyze(src)};
            } catch (UnreadablePageException e) {
                return new StoreException(f, Reason.BAD_INPUT, e.reason(), e);
            } catch (RuntimeException e) {
                return new StoreException(f, Reason.BAD_INPUT, "cannot be analysed (" + e + ")", e);
            }
        };
    }

    /** Imports an already decoded page (its {@code path} names the file; the page name comes from it). */
    public ImportResult importSource(SourceText source) {
        Analysis analysis = known(source) ? null : analyzer.analyze(source); // analysed outside the write lock
        synchronized (this) {
            return db.write(() -> indexed(importAnalysed(source, orAnalyse(analysis, source), null, null)));
        }
    }

    /**
     * Imports text that did not come from a file (pasted, generated) as if it were a file called
     * {@code fileName}: the page name and version label come from that name; the SHA-256 is that of the UTF-8 text.
     */
    public ImportResult importText(String fileName, String text, Format format) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceText source = new SourceText(Path.of(fileName), text, "UTF-8", false, TextDecoder.sha256(bytes));
        Analysis analysis = known(source) ? null : analyzer.analyze(text, format);
        synchronized (this) {
            return db.write(() -> indexed(importAnalysed(source,
                    () -> analysis != null ? analysis : analyzer.analyze(text, format), null, null)));
        }
    }

    /** Brings the search index up to date inside the current transaction, then returns {@code result}. */
    private <T> T indexed(T result) throws SQLException {
        index.flush();
        return result;
    }

    /**
     * Adds a page version from text, e.g. a merged text made in the compare view. Treated exactly like importing
     * a file named {@code fileName} that belongs to page {@code pageId} (articles as in {@link #importFile}).
     *
     * @param label what the version is, e.g. "merged"
     */
    public ImportResult addVersion(long pageId, String label, String fileName, String text, Format format) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceText source = new SourceText(Path.of(fileName), text, "UTF-8", false, TextDecoder.sha256(bytes));
        Analysis analysis = known(source) ? null : analyzer.analyze(text, format);
        synchronized (this) {
            String pageName = page(pageId).orElseThrow(() -> notFound("page", pageId)).name();
            return db.write(() -> indexed(importAnalysed(source,
                    () -> analysis != null ? analysis : analyzer.analyze(text, format), pageName, label)));
        }
    }

    private ImportResult importSource(SourceText source, String pageName) throws SQLException {
        return importAnalysed(source, () -> analyzer.analyze(source), pageName, null);
    }

    /** Whether a file with these bytes is already in the library. */
    private boolean known(SourceText source) {
        synchronized (this) {
            try {
                return db.count("SELECT COUNT(*) FROM source_file WHERE sha256 = ?", source.sha256()) > 0;
            } catch (SQLException e) {
                return false; // the write that follows reports the library's trouble
            }
        }
    }

    private Supplier<Analysis> orAnalyse(Analysis analysis, SourceText source) {
        return () -> analysis != null ? analysis : analyzer.analyze(source);
    }

    /**
     * Stores a decoded page unless its bytes are already in the library. {@code analysis} is asked for only
     * when the page is new: re-importing a folder costs a hash lookup per file, not an analysis.
     */
    private ImportResult importAnalysed(SourceText source, Supplier<Analysis> analysisOf, String pageNameOrNull,
                                        String labelOrNull) throws SQLException {
        String fileName = source.name();
        Optional<long[]> existing = db.one("""
                SELECT v.id, v.page_id, v.number FROM source_file s JOIN page_version v ON v.source_id = s.id
                WHERE s.sha256 = ? ORDER BY v.id LIMIT 1""",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, source.sha256());
        if (existing.isPresent()) {
            long[] e = existing.get();
            String name = db.one("SELECT name FROM page WHERE id = ?", rs -> rs.getString(1), e[1]).orElse("");
            return new ImportResult(fileName, ImportResult.Outcome.UNCHANGED, e[1], name, e[0], (int) e[2], 0, 0, 0, 0,
                    0);
        }
        Analysis analysis = analysisOf.get();
        Instant now = Db.now();
        String pageName = pageNameOrNull != null ? pageNameOrNull : PageNames.pageName(fileName);
        String label = labelOrNull != null ? labelOrNull : PageNames.versionLabel(fileName);
        Optional<Long> pageIdOpt = db.one("SELECT id FROM page WHERE name = ?", rs -> rs.getLong(1), pageName);
        boolean newPage = pageIdOpt.isEmpty();
        long pageId = newPage ? db.insert("INSERT INTO page(name, created_at) VALUES (?, ?)", pageName, now)
                : pageIdOpt.get();
        long sourceId = db.insert("""
                INSERT INTO source_file(file_name, path, raw, encoding, bom, sha256, format, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                fileName, source.path() == null ? null : source.path().toAbsolutePath().toString(), source.raw(),
                source.encoding(), source.bom(), source.sha256(), source.format().name(), now);
        int number = (int) db.count("SELECT COALESCE(MAX(number), 0) + 1 FROM page_version WHERE page_id = ?", pageId);
        long versionId = db.insert("INSERT INTO page_version(page_id, number, label, source_id, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", pageId, number, label, sourceId, now);
        List<Flag> flags = analysis.flags();
        try (PreparedStatement ps = db.conn.prepareStatement("""
                INSERT INTO flag(version_id, kind, start_offset, end_offset, message, replacement, severity)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Flag f : flags) {
                Db.bind(ps, versionId, f.kind().id(), f.start(), f.end(), f.message(), f.replacement(),
                        f.severity().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        String note = "imported from " + fileName + " (version " + number + ")";
        int added = 0;
        int updated = 0;
        int kept = 0;
        int retired = 0;
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
        for (Article a : analysis.articles()) {
            int open = openFlags(flags, a.rawStart(), a.rawEnd());
            String text = a.text().text();
            int m = match(olds, matched, a);
            if (m < 0) {
                insertArticle(pageId, versionId, a.index(), a.kicker(), a.title(), a.subtitle(), a.byline(),
                        a.rawStart(), a.rawEnd(), open, text, IMPORT_AUTHOR, note, now);
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
                    versionId, a.index(), a.kicker(), a.title(), a.subtitle(), a.byline(), a.rawStart(), a.rawEnd(),
                    open, now, old.id);
            if (!old.text.equals(text)) {
                insertRevision(old.id, text, IMPORT_AUTHOR, note, null, now);
            } else {
                index.mark(old.id, true);
            }
            updated++;
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
        return new ImportResult(fileName, newPage ? ImportResult.Outcome.IMPORTED : ImportResult.Outcome.NEW_VERSION,
                pageId, pageName, versionId, number, added, updated, kept, retired, flags.size());
    }

    private record OldArticle(long id, int index, String title, boolean edited, String text) {}

    /** Same title (white space ignored); untitled articles match an untitled one at the same position. */
    private static int match(List<OldArticle> olds, boolean[] matched, Article a) {
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

    private static int openFlags(List<Flag> flags, int start, int end) {
        int n = 0;
        for (Flag f : flags) {
            if (f.start() >= start && f.start() < end || f.start() == end && f.end() == end && start == end) {
                n++;
            }
        }
        return n;
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
            SELECT v.id, v.page_id, v.number, v.label, v.created_at, s.file_name, s.format, s.encoding, s.sha256,
              (SELECT COUNT(*) FROM flag f WHERE f.version_id = v.id) AS flags
            FROM page_version v JOIN source_file s ON s.id = v.source_id""";

    private static VersionInfo versionInfo(ResultSet rs) throws SQLException {
        return new VersionInfo(rs.getLong("id"), rs.getLong("page_id"), rs.getInt("number"), rs.getString("label"),
                rs.getString("file_name"), Format.valueOf(rs.getString("format")), rs.getString("encoding"),
                rs.getString("sha256"), rs.getInt("flags"), Db.instant(rs, "created_at"));
    }

    /** The versions of a page, oldest first. */
    public synchronized List<VersionInfo> versions(long pageId) {
        return db.read(() -> db.list(VERSION_INFO + " WHERE v.page_id = ? ORDER BY v.number", Library::versionInfo,
                pageId));
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

    /** The flags the analysis found in a version, by position. */
    public synchronized List<StoredFlag> flags(long versionId) {
        return db.read(() -> db.list("""
                SELECT * FROM flag WHERE version_id = ? ORDER BY start_offset, end_offset, id""",
                rs -> new StoredFlag(rs.getLong("id"), rs.getLong("version_id"), rs.getString("kind"),
                        rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("message"),
                        rs.getString("replacement"), rs.getString("severity")), versionId));
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
                Db.nullableLong(rs, "restored_from"));
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

    /** Makes an older revision current again by saving its text as a new revision ("restored revision N"). */
    public synchronized Revision restore(long articleId, long revisionId, String author) {
        return db.write(() -> {
            Revision old = db.one("SELECT * FROM revision WHERE id = ? AND article_id = ?", Library::revision,
                    revisionId, articleId).orElseThrow(() -> new StoreException(db.file, Reason.NOT_FOUND,
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
        int number = (int) db.count("SELECT revision_count FROM article WHERE id = ?", articleId) + 1;
        long id = db.insert("""
                INSERT INTO revision(article_id, number, text, author, note, restored_from, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", articleId, number, text, author, note, restoredFrom, now);
        db.update("UPDATE article SET revision_count = ?, current_revision_id = ?, updated_at = ? WHERE id = ?",
                number, id, now, articleId);
        db.update("DELETE FROM draft WHERE article_id = ?", articleId);
        index.mark(articleId, true);
        return new Revision(id, articleId, number, text, author, note, now, restoredFrom);
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

    // ------------------------------------------------------------------------------------------------ misc

    /** Runs SQLite's integrity check; "ok" when the file is sound. */
    public synchronized String integrityCheck() {
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
        return new StoreException(db.file, Reason.NOT_FOUND, "there is no " + what + " " + id + " in the library");
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
            if (!db.readOnly) {
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
