package com.jiaodui.store;

import com.jiaodui.store.StoreException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one JDBC connection of a library: transactions, parameter binding and error messages. It is also the one
 * small place where SQLite and PostgreSQL differ ({@link Dialect}): how a write transaction starts, how a row is
 * locked for a read-modify-write, and how driver errors read; the SQL of {@link Library} is the same for both.
 */
final class Db implements AutoCloseable {
    /** The two back ends. */
    enum Dialect { SQLITE, POSTGRES }

    final Path file;
    final Dialect dialect;
    /** How messages name the library: its file, or the shared library's URL without credentials. */
    final String where;
    final Connection conn;
    final long busyTimeoutMillis;
    /** Opened read-only ({@link #openReadOnly}): nothing this connection does can change the file. */
    final boolean readOnly;
    private int depth;
    /** When the current write or read began (System.nanoTime), for "waited N s" in a locked message. */
    private long opStart;

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    Db(Path file, Connection conn, long busyTimeoutMillis) {
        this(file, conn, busyTimeoutMillis, false);
    }

    Db(Path file, Connection conn, long busyTimeoutMillis, boolean readOnly) {
        this.file = file;
        this.dialect = Dialect.SQLITE;
        this.where = file == null ? null : file.toString();
        this.conn = conn;
        this.busyTimeoutMillis = busyTimeoutMillis;
        this.readOnly = readOnly;
    }

    /** A connection to a shared library on PostgreSQL ({@code where} is its URL without password). */
    Db(String where, Connection conn) {
        this.file = null;
        this.dialect = Dialect.POSTGRES;
        this.where = where;
        this.conn = conn;
        this.busyTimeoutMillis = 0;
        this.readOnly = false;
    }

    boolean postgres() {
        return dialect == Dialect.POSTGRES;
    }

    /** " FOR UPDATE" on PostgreSQL (row lock for a read-modify-write); SQLite's BEGIN IMMEDIATE already serialises. */
    String forUpdate() {
        return postgres() ? " FOR UPDATE" : "";
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * Opens an existing library for reading only (search, export, history): SQLite's read-only mode, so that no
     * command that only reads creates, changes or grows a file. It works where the library cannot be written — a
     * read-only file or directory, a full disk: when SQLite cannot set up its shared-memory file there (WAL mode
     * needs one), the file is opened as immutable, provided no write-ahead log holds data the file lacks.
     * Refuses, naming the reason, a missing file, a folder, an empty (0-byte) file, a file that is not a
     * Jiaodui library, and a library of another schema version.
     */
    static Db openReadOnly(Path path, long busyTimeoutMillis) {
        if (!Files.exists(path)) {
            throw new StoreException(path, Reason.NOT_FOUND, "no such library");
        }
        if (Files.isDirectory(path)) {
            throw new StoreException(path, Reason.NOT_A_LIBRARY, "is a directory, not a library file");
        }
        requireRegularFile(path);
        byte[] head = new byte[SQLITE_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(path, Reason.IO, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (n == 0) {
            throw new StoreException(path, Reason.NOT_A_LIBRARY,
                    "is empty (0 bytes), not a library; it was left untouched (import into it to make it one)");
        }
        if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException(path, Reason.NOT_A_LIBRARY,
                    "is not a Jiaodui library (not an SQLite database); it was left untouched");
        }
        SQLException first;
        if (!Files.exists(Path.of(path + "-wal")) && !Files.exists(Path.of(path + "-shm"))) {
            // no connection has it open now (an open WAL library always has both): read the file as it is, so that
            // a read creates no -wal/-shm files beside it
            try {
                return probe(path, connect(immutable(path), busyTimeoutMillis), busyTimeoutMillis);
            } catch (SQLException e) {
                throw error(path, e, busyTimeoutMillis);
            }
        }
        try {
            return probe(path, connect("jdbc:sqlite:" + path, busyTimeoutMillis), busyTimeoutMillis);
        } catch (SQLException e) {
            first = e;
        }
        int code = first.getErrorCode() & 0xFF;
        Path wal = Path.of(path + "-wal");
        boolean logWithData;
        try {
            logWithData = Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            logWithData = true;
        }
        if ((code == 14 || code == 10 || code == 8 || code == 13) && !logWithData) {
            // no -shm can be made here (read-only directory, full disk) and nothing is pending in a log: the file
            // alone is the library, and nobody can be writing it without that log
            try {
                return probe(path, connect(immutable(path), busyTimeoutMillis), busyTimeoutMillis);
            } catch (SQLException e) {
                throw error(path, e, busyTimeoutMillis);
            }
        }
        throw error(path, first, busyTimeoutMillis);
    }

    private static String immutable(Path path) {
        return "jdbc:sqlite:" + path.toUri().toString().replaceFirst("^file:/+", "file:///") + "?immutable=1";
    }

    /**
     * Refuses a FIFO, device or socket given as the library before anything opens it (opening a FIFO would hang,
     * reading a device would never end).
     */
    static void requireRegularFile(Path path) {
        if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
            String kind = com.jiaodui.text.FileKinds.kind(path);
            throw new StoreException(path, Reason.NOT_A_LIBRARY, "is " + kind + ", not a library file; it was left untouched");
        }
    }

    private static Connection connect(String url, long busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeoutMillis));
        return config.createConnection(url);
    }

    /** Checks that the connection reads a Jiaodui library of this release's schema; closes it when not. */
    private static Db probe(Path path, Connection conn, long busyTimeoutMillis) throws SQLException {
        Db db = new Db(path, conn, busyTimeoutMillis, true);
        boolean ok = false;
        try {
            int appId = (int) db.count("PRAGMA application_id");
            long objects = db.count("SELECT COUNT(*) FROM sqlite_master");
            int userVersion = (int) db.count("PRAGMA user_version");
            if (appId != Migrations.APPLICATION_ID && (appId != 0 || objects > 0)) {
                throw new StoreException(path, Reason.NOT_A_LIBRARY,
                        "is an SQLite database but not a Jiaodui library; it was left untouched");
            }
            if (appId == 0 && objects == 0) {
                throw new StoreException(path, Reason.NOT_A_LIBRARY, "is an empty database, not a library yet; "
                        + "it was left untouched (import into it to make it one)");
            }
            if (userVersion > Migrations.latest()) {
                throw new StoreException(path, Reason.TOO_NEW, "was written by a newer release of Jiaodui (schema "
                        + userVersion + ", this release knows " + Migrations.latest() + "); update Jiaodui to open it");
            }
            if (userVersion < Migrations.latest()) {
                throw new StoreException(path, Reason.TOO_NEW, "was written by an older release of Jiaodui (schema "
                        + userVersion + " of " + Migrations.latest() + "); import into it once to upgrade it, "
                        + "then it can be read");
            }
            ok = true;
            return db;
        } finally {
            if (!ok) {
                try {
                    conn.close();
                } catch (SQLException ignored) {
                    // already failing
                }
            }
        }
    }

    /** Runs {@code work} in one write transaction (BEGIN IMMEDIATE), nested calls join the outer one. */
    <T> T write(Work<T> work) {
        if (depth > 0) {
            return call(work);
        }
        opStart = System.nanoTime();
        try {
            if (postgres()) {
                conn.setAutoCommit(false);
            } else {
                exec("BEGIN IMMEDIATE");
            }
        } catch (SQLException e) {
            throw error(e);
        }
        depth++;
        boolean ok = false;
        try {
            T result = work.run();
            if (postgres()) {
                conn.commit();
            } else {
                exec("COMMIT");
            }
            ok = true;
            return result;
        } catch (SQLException e) {
            throw error(e);
        } finally {
            depth--;
            if (!ok) {
                rollbackQuietly();
            }
            if (postgres()) {
                try {
                    conn.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is gone; the next call reports it
                }
            }
        }
    }

    boolean inTransaction() {
        return depth > 0;
    }

    /** Runs read-only work (in the enclosing transaction, if any). */
    <T> T read(Work<T> work) {
        if (depth == 0) {
            opStart = System.nanoTime();
        }
        return call(work);
    }

    private <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw error(e);
        }
    }

    private void rollbackQuietly() {
        if (postgres()) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the connection is gone: the server rolls the transaction back itself
            }
            return;
        }
        try (Statement s = conn.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction open (BEGIN failed) or the connection is gone; nothing was committed either way
        }
    }

    void exec(String sql) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute(sql);
        }
    }

    PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        try {
            bind(ps, params);
        } catch (SQLException | RuntimeException e) {
            ps.close(); // the caller's try-with-resources has not got it yet
            throw e;
        }
        return ps;
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                ps.setString(i + 1, time(t));
            } else if (p instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        }
    }

    /** INSERT … RETURNING id (SQLite ≥ 3.35 and PostgreSQL both have it). */
    long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql + " RETURNING id", params); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("insert returned no id");
            }
            return rs.getLong(1);
        }
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
        }
    }

    long count(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : Instant.parse(s);
    }

    static Long nullableLong(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    StoreException error(SQLException e) {
        if (postgres()) {
            return pgError(where, e);
        }
        long waited = opStart == 0 ? busyTimeoutMillis : (System.nanoTime() - opStart) / 1_000_000;
        return error(file, e, waited);
    }

    /** A failure about this library (its file, or the shared library's URL). */
    StoreException fail(Reason reason, String detail) {
        return postgres() ? new StoreException(null, reason, where + ": " + detail) : new StoreException(file, reason, detail);
    }

    /** Maps a PostgreSQL error (by SQLSTATE) to one sentence for the user. */
    static StoreException pgError(String where, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        String w = where + ": ";
        String lower = msg.toLowerCase(Locale.ROOT);
        if (state.startsWith("28") || (state.equals("08004") && (lower.contains("password")
                || lower.contains("authentication")))) {
            return new StoreException(null, Reason.UNREACHABLE, w + "the server refused the login (" + msg
                    + "); the password comes from PGPASSWORD or ~/.pgpass", e);
        }
        if (state.startsWith("08") || e instanceof java.sql.SQLTransientConnectionException
                || e instanceof java.sql.SQLRecoverableException || state.startsWith("57P")) {
            return new StoreException(null, Reason.UNREACHABLE, w + "cannot reach the shared library (" + msg
                    + "); nothing was saved there", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(null, Reason.NOT_FOUND, w + "no such database on the server (" + msg + ")", e);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StoreException(null, Reason.LOCKED, w + "another editor's change got in the way (" + msg
                    + "); nothing was saved, try again", e);
        }
        if (state.equals("53100")) {
            return new StoreException(null, Reason.DISK_FULL, w + "the server's disk is full; nothing was saved", e);
        }
        if (state.equals("25006")) {
            return new StoreException(null, Reason.READ_ONLY, w + "the server is read-only; nothing was saved", e);
        }
        return new StoreException(null, Reason.OTHER, w + "database error: " + msg, e);
    }

    /**
     * Maps an SQLite error to one sentence for the user.
     *
     * @param waitedMillis how long the failed operation waited (said in a "locked" message)
     */
    static StoreException error(Path file, SQLException e, long waitedMillis) {
        int code = e.getErrorCode() & 0xFF;
        String msg = String.valueOf(e.getMessage());
        if (code == 10 && diskFull(file, msg)) {
            code = 13; // SQLite reports a write that found no space as an I/O error
        }
        if ((code == 14 || code == 10) && file != null && Files.exists(file) && !writable(file)) {
            code = 8; // "unable to open database file" for a library that exists: it cannot be written here
        }
        return switch (code) {
            case 5, 6 -> new StoreException(file, Reason.LOCKED, "the library is locked by another program (waited "
                    + seconds(waitedMillis) + "); nothing was saved, try again when it is closed", e);
            case 13 -> new StoreException(file, Reason.DISK_FULL,
                    "the disk is full (or the library reached its size limit); nothing was saved", e);
            case 11, 26 -> new StoreException(file, Reason.CORRUPT,
                    "the library file is damaged (" + sqliteReason(msg) + "); it was left untouched, restore it from a backup", e);
            case 8 -> new StoreException(file, Reason.READ_ONLY,
                    "the library cannot be written (read-only file, directory or disk); nothing was saved", e);
            case 14 -> new StoreException(file, Reason.IO, "the library cannot be opened (" + sqliteReason(msg) + ")", e);
            case 10 -> new StoreException(file, Reason.IO, "input/output error (" + sqliteReason(msg) + "); nothing was saved", e);
            default -> new StoreException(file, Reason.OTHER, "database error: " + sqliteReason(msg), e);
        };
    }

    private static boolean writable(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return Files.isWritable(file) && (dir == null || Files.isWritable(dir));
    }

    /** Whether an I/O error came from a full disk: ENOSPC in the message, or (almost) no space left beside the file. */
    static boolean diskFull(Path file, String msg) {
        String m = msg.toLowerCase(Locale.ROOT);
        if (m.contains("no space") || m.contains("sqlite_full") || m.contains("disk is full")) {
            return true;
        }
        try {
            Path dir = file == null ? null : file.toAbsolutePath().getParent();
            return dir != null && Files.getFileStore(dir).getUsableSpace() < 256 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * SQLite's own reason from a driver message: "[SQLITE_CORRUPT] The database disk image is malformed (malformed
     * database schema (x) - near "(": syntax error)" gives everything inside the outermost parentheses.
     */
    static String sqliteReason(String msg) {
        int from = msg.startsWith("[") && msg.indexOf(']') > 0 ? msg.indexOf(']') + 1 : 0;
        int p = msg.indexOf('(', from);
        if (p >= 0 && msg.endsWith(")") && p + 1 < msg.length() - 1) {
            return msg.substring(p + 1, msg.length() - 1).strip();
        }
        String s = msg.substring(from).strip();
        return s.isEmpty() ? msg : s;
    }

    /** "5 s", "11.6 s", "300 ms". */
    static String seconds(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw error(e);
        }
    }
}
