package com.jiaodui.store;

import com.jiaodui.store.StoreException.Reason;
import java.nio.file.Path;
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

/** The one JDBC connection of a library: transactions, parameter binding and error messages. */
final class Db implements AutoCloseable {
    final Path file;
    final Connection conn;
    final long busyTimeoutMillis;
    private int depth;

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    Db(Path file, Connection conn, long busyTimeoutMillis) {
        this.file = file;
        this.conn = conn;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    /** Runs {@code work} in one write transaction (BEGIN IMMEDIATE), nested calls join the outer one. */
    <T> T write(Work<T> work) {
        if (depth > 0) {
            return call(work);
        }
        try {
            exec("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw error(e);
        }
        depth++;
        boolean ok = false;
        try {
            T result = work.run();
            exec("COMMIT");
            ok = true;
            return result;
        } catch (SQLException e) {
            throw error(e);
        } finally {
            depth--;
            if (!ok) {
                rollbackQuietly();
            }
        }
    }

    boolean inTransaction() {
        return depth > 0;
    }

    /** Runs read-only work (in the enclosing transaction, if any). */
    <T> T read(Work<T> work) {
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
        return error(file, e, busyTimeoutMillis);
    }

    /** Maps an SQLite error to one sentence for the user. */
    static StoreException error(Path file, SQLException e, long busyTimeoutMillis) {
        int code = e.getErrorCode() & 0xFF;
        String msg = String.valueOf(e.getMessage());
        return switch (code) {
            case 5, 6 -> new StoreException(file, Reason.LOCKED, "the library is locked by another program (waited "
                    + seconds(busyTimeoutMillis) + "); nothing was saved, try again when it is closed", e);
            case 13 -> new StoreException(file, Reason.DISK_FULL,
                    "the disk is full (or the library reached its size limit); nothing was saved", e);
            case 11, 26 -> new StoreException(file, Reason.CORRUPT,
                    "the library file is damaged (" + sqliteReason(msg) + "); it was left untouched, restore it from a backup", e);
            case 8 -> new StoreException(file, Reason.READ_ONLY,
                    "the library cannot be written (read-only file or directory); nothing was saved", e);
            case 14 -> new StoreException(file, Reason.IO, "the library cannot be opened (" + sqliteReason(msg) + ")", e);
            case 10 -> new StoreException(file, Reason.IO, "input/output error (" + sqliteReason(msg) + "); nothing was saved", e);
            default -> new StoreException(file, Reason.OTHER, "database error: " + sqliteReason(msg), e);
        };
    }

    private static String sqliteReason(String msg) {
        // "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)"
        int p = msg.lastIndexOf('(');
        if (p >= 0 && msg.endsWith(")")) {
            return msg.substring(p + 1, msg.length() - 1);
        }
        return msg;
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
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
