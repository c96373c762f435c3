package com.jiaodui.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The table of learnt corrections (migration 5): persistence only, used through {@link Library}. The same
 * (from, to, left, right) is kept once; recording it again re-enables it and keeps the first author and time.
 */
final class LearntCorrections {
    private final Db db;

    LearntCorrections(Db db) {
        this.db = db;
    }

    /** Adds one correction unless the same one is stored; returns its id. Call inside a write. */
    long add(String from, String to, String left, String right, String author, Instant when, Long articleId)
            throws SQLException {
        var existing = db.one("SELECT id FROM learnt_correction WHERE from_text = ? AND to_text = ? "
                + "AND left_context = ? AND right_context = ?", rs -> rs.getLong(1), from, to, left, right);
        if (existing.isPresent()) {
            return existing.get();
        }
        return db.insert("""
                INSERT INTO learnt_correction(from_text, to_text, left_context, right_context, author, created_at,
                  article_id, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, 1)""",
                from, to, left, right, author, when, articleId);
    }

    List<LearntCorrection> list(boolean enabledOnly) throws SQLException {
        if (!db.postgres() && db.count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'learnt_correction'") == 0) {
            return List.of(); // an older library opened read-only (not migrated): nothing learnt yet
        }
        return db.list("SELECT * FROM learnt_correction" + (enabledOnly ? " WHERE enabled = 1" : "")
                + " ORDER BY id", LearntCorrections::row);
    }

    boolean setEnabled(long id, boolean enabled) throws SQLException {
        return db.update("UPDATE learnt_correction SET enabled = ? WHERE id = ?", enabled, id) > 0;
    }

    boolean remove(long id) throws SQLException {
        return db.update("DELETE FROM learnt_correction WHERE id = ?", id) > 0;
    }

    private static LearntCorrection row(ResultSet rs) throws SQLException {
        return new LearntCorrection(rs.getLong("id"), rs.getString("from_text"), rs.getString("to_text"),
                rs.getString("left_context"), rs.getString("right_context"), rs.getString("author"),
                Db.instant(rs, "created_at"), Db.nullableLong(rs, "article_id"), rs.getInt("enabled") != 0);
    }
}
