package com.jiaodui.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Copies one library into another, in either direction between a file and a shared library: pages, their source
 * files and versions, articles with every revision (editor, client, time and note as they were), decisions,
 * drafts, workflow statuses, page assignments and learnt corrections. Idempotent: things are matched by what
 * they are, not by their ids (a source file by its SHA-256, a page by its name, an article by its page, position,
 * title and creation time, a revision by its number, a decision by all its fields), so a second run copies
 * nothing new and a run after more work in the source copies only that work. An article edited in both
 * libraries since the last copy (the target's revisions are not a beginning of the source's) is left as it is in
 * the target and reported. The whole copy is one transaction of the target.
 */
public final class LibraryCopy {
    /** What one copy did. */
    public record Report(int pages, int versions, int articles, int revisions, int decisions, int drafts,
                         int statuses, int assignments, int corrections, List<String> diverged) {
        public int total() {
            return pages + versions + articles + revisions + decisions + drafts + statuses + assignments + corrections;
        }
    }

    private final Db src;
    private final Db dst;
    private int pages;
    private int versions;
    private int articles;
    private int revisions;
    private int decisions;
    private int drafts;
    private int statuses;
    private int assignments;
    private int corrections;
    private final List<String> diverged = new ArrayList<>();

    private LibraryCopy(Db src, Db dst) {
        this.src = src;
        this.dst = dst;
    }

    public static Report copy(Library from, Library to) {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        LibraryCopy c = new LibraryCopy(from.db(), to.db());
        synchronized (to) {
            to.db().write(() -> {
                c.run();
                new SearchIndex(to.db()).flush();
                return null;
            });
        }
        return new Report(c.pages, c.versions, c.articles, c.revisions, c.decisions, c.drafts, c.statuses,
                c.assignments, c.corrections, List.copyOf(c.diverged));
    }

    private static List<Map<String, Object>> rows(Db db, String sql, Object... params) throws SQLException {
        return db.read(() -> db.list(sql, LibraryCopy::row, params));
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof Integer n) {
                v = n.longValue();
            }
            m.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), v);
        }
        return m;
    }

    private static long id(Map<String, Object> r, String col) {
        return ((Number) r.get(col)).longValue();
    }

    private static Long nid(Map<String, Object> r, String col) {
        Object v = r.get(col);
        return v == null ? null : ((Number) v).longValue();
    }

    private void run() throws SQLException {
        Map<Long, Long> versionMap = new HashMap<>();
        Map<Long, Long> revisionMap = new HashMap<>();
        for (Map<String, Object> p : rows(src, "SELECT * FROM page ORDER BY id")) {
            long pageId = dst.one("SELECT id FROM page WHERE name = ?", rs -> rs.getLong(1), p.get("name")).orElse(-1L);
            if (pageId < 0) {
                pageId = dst.insert("INSERT INTO page(name, created_at) VALUES (?, ?)", p.get("name"), p.get("created_at"));
                pages++;
            }
            for (Map<String, Object> v : rows(src, """
                    SELECT v.*, s.file_name, s.path, s.raw, s.encoding, s.bom, s.sha256, s.format, s.imported_at
                    FROM page_version v JOIN source_file s ON s.id = v.source_id WHERE v.page_id = ? ORDER BY v.number""",
                    id(p, "id"))) {
                Long existing = dst.one("""
                        SELECT v.id FROM page_version v JOIN source_file s ON s.id = v.source_id
                        WHERE s.sha256 = ? AND v.page_id = ? ORDER BY v.id LIMIT 1""", rs -> rs.getLong(1),
                        v.get("sha256"), pageId).orElse(null);
                if (existing == null) {
                    long sourceId = dst.one("SELECT id FROM source_file WHERE sha256 = ?", rs -> rs.getLong(1),
                            v.get("sha256")).orElse(-1L);
                    if (sourceId < 0) {
                        sourceId = dst.insert("""
                                INSERT INTO source_file(file_name, path, raw, encoding, bom, sha256, format, imported_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", v.get("file_name"), v.get("path"), v.get("raw"),
                                v.get("encoding"), v.get("bom"), v.get("sha256"), v.get("format"), v.get("imported_at"));
                        // where the text sits on the printed page, kept with the source file (migration 7)
                        for (Map<String, Object> g : rows(src, "SELECT format, image_path, geometry FROM source_geometry "
                                + "WHERE source_id = ?", id(v, "source_id"))) {
                            dst.update("INSERT INTO source_geometry(source_id, format, image_path, geometry) "
                                    + "VALUES (?, ?, ?, ?)", sourceId, g.get("format"), g.get("image_path"), g.get("geometry"));
                        }
                    }
                    int number = (int) dst.count("SELECT COALESCE(MAX(number), 0) + 1 FROM page_version WHERE page_id = ?",
                            pageId);
                    existing = dst.insert("INSERT INTO page_version(page_id, number, label, role, source_id, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", pageId, number, v.get("label"), v.get("role"), sourceId,
                            v.get("created_at"));
                    versions++;
                }
                versionMap.put(id(v, "id"), existing);
            }
            for (Map<String, Object> a : rows(src, "SELECT * FROM article WHERE page_id = ? ORDER BY id", id(p, "id"))) {
                copyArticle(a, pageId, versionMap, revisionMap);
            }
            for (Map<String, Object> as : rows(src, "SELECT * FROM page_assignment WHERE page_id = ?", id(p, "id"))) {
                String at = dst.one("SELECT assigned_at FROM page_assignment WHERE page_id = ?", rs -> rs.getString(1),
                        pageId).orElse(null);
                if (at == null || at.compareTo((String) as.get("assigned_at")) < 0) {
                    dst.update("""
                            INSERT INTO page_assignment(page_id, editor, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
                            ON CONFLICT(page_id) DO UPDATE SET editor = excluded.editor,
                              assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at""",
                            pageId, as.get("editor"), as.get("assigned_by"), as.get("assigned_at"));
                    assignments++;
                }
            }
        }
        // decisions on a version alone (no article)
        for (Map<String, Object> d : rows(src, "SELECT * FROM decision WHERE article_id IS NULL ORDER BY id")) {
            copyDecision(d, null, versionMap.get(nid(d, "version_id")), null);
        }
        for (Map<String, Object> c : rows(src, "SELECT * FROM learnt_correction ORDER BY id")) {
            if (dst.count("SELECT COUNT(*) FROM learnt_correction WHERE from_text = ? AND to_text = ? "
                    + "AND left_context = ? AND right_context = ?", c.get("from_text"), c.get("to_text"),
                    c.get("left_context"), c.get("right_context")) == 0) {
                dst.insert("""
                        INSERT INTO learnt_correction(from_text, to_text, left_context, right_context, author, created_at,
                          article_id, enabled) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)""", c.get("from_text"), c.get("to_text"),
                        c.get("left_context"), c.get("right_context"), c.get("author"), c.get("created_at"),
                        c.get("enabled"));
                corrections++;
            }
        }
    }

    private void copyArticle(Map<String, Object> a, long pageId, Map<Long, Long> versionMap,
                             Map<Long, Long> revisionMap) throws SQLException {
        long srcId = id(a, "id");
        Long versionId = versionMap.get(id(a, "version_id"));
        // the same article: same page, position and title, the same creation time first (an article imported into
        // both libraries separately matches too, and is then left alone as edited on both sides unless identical)
        Long target = dst.one("SELECT id FROM article WHERE page_id = ? AND idx = ? AND title = ? "
                + "ORDER BY CASE WHEN created_at = ? THEN 0 ELSE 1 END, id LIMIT 1",
                rs -> rs.getLong(1), pageId, a.get("idx"), a.get("title"), a.get("created_at")).orElse(null);
        boolean fresh = target == null;
        if (fresh) {
            target = dst.insert("""
                    INSERT INTO article(page_id, version_id, idx, kicker, title, subtitle, byline, raw_start, raw_end,
                      status, open_flags, revision_count, retired_at, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""", pageId, versionId, a.get("idx"),
                    a.get("kicker"), a.get("title"), a.get("subtitle"), a.get("byline"), a.get("raw_start"),
                    a.get("raw_end"), a.get("status"), a.get("open_flags"), a.get("retired_at"), a.get("created_at"),
                    a.get("updated_at"));
            articles++;
        }
        List<Map<String, Object>> srcRevs = rows(src, "SELECT * FROM revision WHERE article_id = ? ORDER BY number", srcId);
        List<Map<String, Object>> dstRevs = rows(dst, "SELECT * FROM revision WHERE article_id = ? ORDER BY number", target);
        boolean prefix = dstRevs.size() <= srcRevs.size();
        for (int i = 0; prefix && i < dstRevs.size(); i++) {
            prefix = Objects.equals(dstRevs.get(i).get("text"), srcRevs.get(i).get("text"))
                    && Objects.equals(dstRevs.get(i).get("author"), srcRevs.get(i).get("author"));
        }
        if (!prefix) {
            diverged.add("article " + srcId + " (" + a.get("title") + "): edited in both libraries, left as it is");
            return;
        }
        Map<Long, Long> byNumber = new HashMap<>();
        for (int i = 0; i < dstRevs.size(); i++) {
            revisionMap.put(id(srcRevs.get(i), "id"), id(dstRevs.get(i), "id"));
        }
        long current = dstRevs.isEmpty() ? -1 : id(dstRevs.get(dstRevs.size() - 1), "id");
        for (int i = dstRevs.size(); i < srcRevs.size(); i++) {
            Map<String, Object> r = srcRevs.get(i);
            Long restored = nid(r, "restored_from") == null ? null : revisionMap.get(nid(r, "restored_from"));
            current = dst.insert("""
                    INSERT INTO revision(article_id, number, text, author, note, restored_from, created_at, client)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", target, r.get("number"), r.get("text"), r.get("author"),
                    r.get("note"), restored, r.get("created_at"), r.get("client"));
            revisionMap.put(id(r, "id"), current);
            revisions++;
        }
        byNumber.clear();
        if (srcRevs.size() > dstRevs.size() || fresh) {
            dst.update("""
                    UPDATE article SET revision_count = ?, current_revision_id = ?, status = ?, open_flags = ?,
                      retired_at = ?, version_id = ?, updated_at = ? WHERE id = ?""", srcRevs.size(), current,
                    a.get("status"), a.get("open_flags"), a.get("retired_at"), versionId, a.get("updated_at"), target);
            new SearchIndex(dst).mark(target, !fresh);
        }
        for (Map<String, Object> d : rows(src, "SELECT * FROM decision WHERE article_id = ? ORDER BY id", srcId)) {
            Long rev = nid(d, "revision_id") == null ? null : revisionMap.get(nid(d, "revision_id"));
            copyDecision(d, target, versionMap.get(nid(d, "version_id")), rev);
        }
        for (Map<String, Object> d : rows(src, "SELECT * FROM draft WHERE article_id = ?", srcId)) {
            String at = dst.one("SELECT saved_at FROM draft WHERE article_id = ?", rs -> rs.getString(1), target)
                    .orElse(null);
            if (at == null || at.compareTo((String) d.get("saved_at")) < 0) {
                dst.update("""
                        INSERT INTO draft(article_id, text, saved_at, base_revision, decisions) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(article_id) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at,
                          base_revision = excluded.base_revision, decisions = excluded.decisions""",
                        target, d.get("text"), d.get("saved_at"), d.get("base_revision"), d.get("decisions"));
                drafts++;
            }
        }
        for (Map<String, Object> w : rows(src, "SELECT * FROM article_workflow WHERE article_id = ?", srcId)) {
            String at = dst.one("SELECT set_at FROM article_workflow WHERE article_id = ?", rs -> rs.getString(1), target)
                    .orElse(null);
            if (at == null || at.compareTo((String) w.get("set_at")) < 0) {
                dst.update("""
                        INSERT INTO article_workflow(article_id, status, set_by, set_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT(article_id) DO UPDATE SET status = excluded.status, set_by = excluded.set_by,
                          set_at = excluded.set_at""", target, w.get("status"), w.get("set_by"), w.get("set_at"));
                statuses++;
            }
        }
    }

    private void copyDecision(Map<String, Object> d, Long article, Long version, Long revision) throws SQLException {
        String same = "SELECT COUNT(*) FROM decision WHERE " + (article == null ? "article_id IS NULL" : "article_id = ?")
                + " AND " + (version == null ? "version_id IS NULL" : "version_id = ?")
                + " AND kind = ? AND start_offset = ? AND end_offset = ? AND decision = ? AND decided_at = ?";
        List<Object> params = new ArrayList<>();
        if (article != null) {
            params.add(article);
        }
        if (version != null) {
            params.add(version);
        }
        params.addAll(List.of(d.get("kind"), d.get("start_offset"), d.get("end_offset"), d.get("decision"),
                d.get("decided_at")));
        if (dst.count(same, params.toArray()) > 0) {
            return;
        }
        dst.insert("""
                INSERT INTO decision(article_id, version_id, revision_id, kind, start_offset, end_offset, original,
                  replacement, decision, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", article, version,
                revision, d.get("kind"), d.get("start_offset"), d.get("end_offset"), d.get("original"),
                d.get("replacement"), d.get("decision"), d.get("decided_at"));
        decisions++;
    }
}
