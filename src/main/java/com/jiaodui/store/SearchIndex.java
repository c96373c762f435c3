package com.jiaodui.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Full-text search over the current revision of every article that is not retired (title and text).
 *
 * <p>One contentless FTS5 table keyed by article id, {@code article_grams}: every character bigram of each run of
 * letters/digits (plus the run's last character alone) as unicode61 tokens. A 2-character word is one token
 * lookup, a 1-character query a prefix lookup. The table keeps no token positions ({@code detail = 'column'}, a
 * third of the size), so a longer word is looked up by all its bigrams and then checked in the current text
 * ({@code instr}), as is a term with punctuation (by its letter/digit runs); a term of punctuation only is a scan.
 * (Until schema 3 a second, trigram index answered long terms; it held most of the file's bytes.) Snippets are
 * cut from the current text.
 *
 * <p>On PostgreSQL (a shared library) the same tokens go into a plain table, {@code article_gram}: one row per
 * (token, article) with a weight (10 when the token is in the title, plus 1 when in the body), keyed by token, so
 * that a word is a join of primary-key lookups on its bigrams, newest articles first. Each letter/digit is also a
 * token of its own there, so a 1-character word is one exact lookup too (pg_trgm cannot index words shorter than
 * 3 characters, and a prefix range over bigrams reads far more rows). The set of articles found is the same on
 * both back ends; the order among equally good hits is newest first on both, the ranking itself (bm25 there,
 * token weights here) differs. This class and {@link Db} are the dialect-specific parts of the store.
 */
final class SearchIndex {
    /** Schema 3's only search table (the two below are those of schema 1, kept for its migration). */
    static final String CREATE_GRAMS = "CREATE VIRTUAL TABLE article_grams USING fts5(title, body, "
            + "tokenize = 'unicode61', prefix = '1', content = '', contentless_delete = 1, detail = 'column')";
    static final String CREATE_TRIGRAM = "CREATE VIRTUAL TABLE article_fts USING fts5(title, body, "
            + "tokenize = 'trigram', content = '', contentless_delete = 1)";
    static final String CREATE_BIGRAM = "CREATE VIRTUAL TABLE article_grams USING fts5(title, body, "
            + "tokenize = 'unicode61', prefix = '1', content = '', contentless_delete = 1)";

    /**
     * Ranking looks at the newest this-many matching articles: for a word found in more articles than this, the
     * newest 5,000 of them are ranked (bm25) and the older ones are left out, which keeps every query fast.
     */
    static final int RANK_CANDIDATES = 5_000;

    /** PostgreSQL's search table (see the class comment), created by {@link Migrations#PG_SCHEMA}. */
    static final String PG_CREATE_GRAMS = """
            CREATE TABLE article_gram (
              gram TEXT COLLATE "C" NOT NULL,
              article_id BIGINT NOT NULL,
              weight INTEGER NOT NULL,
              PRIMARY KEY (gram, article_id))""";
    static final String PG_CREATE_GRAMS_INDEX = "CREATE INDEX article_gram_article ON article_gram(article_id)";

    private final Db db;

    SearchIndex(Db db) {
        this.db = db;
    }

    /**
     * Marks an article's entry as out of date; call inside the write transaction that changed it.
     *
     * @param indexed whether the article may already be in the index (false for an article just created)
     */
    void mark(long articleId, boolean indexed) throws SQLException {
        // a mark during a flush bumps the generation, so that the flush (which read the older text) keeps the mark
        db.update("INSERT INTO search_pending(article_id, indexed, gen) VALUES (?, ?, 0) ON CONFLICT(article_id) "
                + "DO UPDATE SET gen = search_pending.gen + 1", articleId, indexed);
    }

    /** Brings the entries of every marked article up to date; call inside a write transaction. */
    int flush() throws SQLException {
        if (db.postgres()) {
            // one flush at a time over all clients (two would insert the same tokens); saves are not held up
            db.exec("SELECT pg_advisory_xact_lock(" + (Migrations.APPLICATION_ID + 1) + ")");
        }
        List<long[]> pending = db.list("SELECT article_id, indexed, gen FROM search_pending ORDER BY article_id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        if (pending.isEmpty()) {
            return 0;
        }
        for (long[] p : pending) {
            long id = p[0];
            var row = db.one("""
                    SELECT a.title, r.text FROM article a JOIN revision r ON r.id = a.current_revision_id
                    WHERE a.id = ? AND a.retired_at IS NULL""",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, id);
            if (p[1] != 0) {
                remove(id); // (deleting from a contentless index costs; new articles skip it)
            }
            if (row.isPresent()) {
                insert(id, row.get()[0], row.get()[1]);
            }
            if (db.postgres()) {
                // other clients may have saved meanwhile: their marks (a newer generation) stay for the next flush
                db.update("DELETE FROM search_pending WHERE article_id = ? AND gen = ?", id, p[2]);
            }
        }
        if (!db.postgres()) {
            db.update("DELETE FROM search_pending"); // one writer at a time: nothing was marked meanwhile
        }
        return pending.size();
    }

    boolean hasPending() throws SQLException {
        return db.count("SELECT COUNT(*) FROM (SELECT 1 FROM search_pending LIMIT 1)") > 0;
    }

    private void insert(long articleId, String title, String text) throws SQLException {
        if (db.postgres()) {
            java.util.Map<String, Integer> weights = new java.util.HashMap<>();
            for (String g : tokens(title)) {
                weights.put(g, 10);
            }
            for (String g : tokens(text)) {
                weights.merge(g, 1, (a, b) -> a == 10 ? 11 : a);
            }
            if (weights.isEmpty()) {
                return;
            }
            String[] grams = weights.keySet().toArray(String[]::new);
            Integer[] w = new Integer[grams.length];
            for (int i = 0; i < grams.length; i++) {
                w[i] = weights.get(grams[i]);
            }
            db.update("INSERT INTO article_gram(gram, article_id, weight) SELECT t.g, ?, t.w "
                    + "FROM unnest(?::text[], ?::int[]) AS t(g, w)", articleId,
                    db.conn.createArrayOf("text", grams), db.conn.createArrayOf("int4", w));
            return;
        }
        db.update("INSERT INTO article_grams(rowid, title, body) VALUES (?, ?, ?)", articleId, grams(title),
                grams(text));
    }

    void remove(long articleId) throws SQLException {
        if (db.postgres()) {
            db.update("DELETE FROM article_gram WHERE article_id = ?", articleId);
            return;
        }
        db.update("DELETE FROM article_grams WHERE rowid = ?", articleId);
    }

    /** PostgreSQL's tokens of a text: its bigrams as {@link #grams} makes them, and every letter/digit alone. */
    static java.util.Set<String> tokens(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String g : grams(text).split(" ")) {
            if (!g.isEmpty()) {
                out.add(g);
                out.add(new String(Character.toChars(g.codePointAt(0))));
            }
        }
        return out;
    }

    /** The tokens to look up for a run of letters/digits on PostgreSQL: itself (1 character) or its bigrams. */
    private static List<String> pgKeys(String run) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            return List.of(run);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }

    List<SearchHit> search(String query, int limit) throws SQLException {
        List<String> terms = terms(query);
        if (terms.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> indexed = new ArrayList<>();
        List<String> scan = new ArrayList<>();
        for (String t : terms) {
            List<String> runs = runs(t);
            indexed.addAll(runs.stream().map(SearchIndex::gramQuery).toList());
            if (runs.size() != 1 || !runs.get(0).equals(t) || t.codePointCount(0, t.length()) > 2) {
                scan.add(t);            // the index holds no positions: its bigrams find candidates, the text decides
            }
        }
        List<Object> params = new ArrayList<>();
        String candidates;
        if (db.postgres()) {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            for (String t : terms) {
                for (String run : runs(t)) {
                    keys.addAll(pgKeys(run));
                }
            }
            if (!keys.isEmpty()) {
                List<String> k = new ArrayList<>(keys);
                StringBuilder c = new StringBuilder("SELECT g0.article_id AS id, -(g0.weight");
                for (int i = 1; i < k.size(); i++) {
                    c.append(" + g").append(i).append(".weight");
                }
                c.append(")::float8 AS rank_value FROM article_gram g0");
                for (int i = 1; i < k.size(); i++) {
                    c.append(" JOIN article_gram g").append(i).append(" ON g").append(i).append(".gram = ? AND g")
                            .append(i).append(".article_id = g0.article_id");
                }
                c.append(" WHERE g0.gram = ? ORDER BY g0.article_id DESC LIMIT ?");
                params.addAll(k.subList(1, k.size()));
                params.add(k.get(0));
                params.add(RANK_CANDIDATES);
                candidates = "SELECT id, rank_value FROM (" + c + ") c ORDER BY rank_value, id DESC LIMIT ?";
                params.add(scan.isEmpty() ? limit : RANK_CANDIDATES);
            } else {
                candidates = "SELECT id, 0.0::float8 AS rank_value FROM article WHERE retired_at IS NULL ORDER BY id DESC";
            }
        } else if (!indexed.isEmpty()) {
            params.add(String.join(" AND ", new LinkedHashSet<>(indexed)));
            params.add(RANK_CANDIDATES);
            candidates = "SELECT id, rank_value FROM (SELECT rowid AS id, bm25(article_grams, 10.0, 1.0) AS rank_value"
                    + " FROM article_grams WHERE article_grams MATCH ? ORDER BY rowid DESC LIMIT ?)"
                    + " ORDER BY rank_value, id DESC";
            // (a LIMIT also keeps SQLite from dropping the ORDER BY of a subquery)
            candidates += " LIMIT ?";
            params.add(scan.isEmpty() ? limit : RANK_CANDIDATES);
        } else {
            candidates = "SELECT id, 0.0 AS rank_value FROM article WHERE retired_at IS NULL ORDER BY id DESC LIMIT -1";
        }
        // CROSS JOIN keeps the ranked candidates as the outer loop: texts are read only for the rows returned
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.page_id, p.name AS page_name, a.title, r.text, f.rank_value
                FROM (""").append(candidates).append("""
                ) f
                CROSS JOIN article a CROSS JOIN page p CROSS JOIN revision r
                WHERE a.id = f.id AND p.id = a.page_id AND r.id = a.current_revision_id AND a.retired_at IS NULL""");
        for (String t : scan) {
            String instr = db.postgres() ? "strpos" : "instr";
            sql.append(" AND (" + instr + "(lower(a.title), ?) > 0 OR " + instr + "(lower(r.text), ?) > 0)");
            params.add(t);
            params.add(t);
        }
        sql.append(" LIMIT ?");
        params.add(limit);
        String first = terms.get(0);
        List<SearchHit> hits = new ArrayList<>(db.list(sql.toString(), rs -> hit(rs.getLong("id"),
                rs.getLong("page_id"), rs.getString("page_name"), rs.getString("title"), rs.getString("text"),
                rs.getDouble("rank_value"), first), params.toArray()));
        hits.sort(java.util.Comparator.comparingDouble(SearchHit::rank).thenComparing(
                java.util.Comparator.comparingLong(SearchHit::articleId).reversed()));
        return hits;
    }

    static List<String> terms(String query) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : query.strip().split("[\\s\\u3000]+")) {
            if (!t.isEmpty()) {
                out.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(out);
    }

    private static String quote(String term) {
        return '"' + term.replace("\"", "\"\"") + '"';
    }

    /** The runs of letters/digits of a term ("学习强国" → [学习强国]; "“学习强国 ”" → [学习强国]). */
    static List<String> runs(String term) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        term.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                run.appendCodePoint(cp);
            } else if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
        });
        if (run.length() > 0) {
            out.add(run.toString());
        }
        return out;
    }

    private static String gramQuery(String term) {
        int[] cps = term.codePoints().toArray();
        if (cps.length == 1) {
            return quote(term) + "*";
        }
        // every bigram of the term (the index keeps no positions, so not a phrase: the text check follows)
        java.util.LinkedHashSet<String> grams = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(quote(new String(cps, i, 2)));
        }
        return String.join(" AND ", grams);
    }

    /** The bigram tokens of a text: each pair of neighbouring letters/digits, and the last character of each run. */
    static String grams(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length() * 3);
        int prev = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (prev >= 0) {
                    out.appendCodePoint(prev).appendCodePoint(cp).append(' ');
                }
                prev = cp;
            } else {
                if (prev >= 0) {
                    out.appendCodePoint(prev).append(' ');
                }
                prev = -1;
            }
        }
        if (prev >= 0) {
            out.appendCodePoint(prev);
        }
        return out.toString();
    }

    static SearchHit hit(long id, long pageId, String pageName, String title, String text, double rank,
                         String term) {
        int off = indexOfIgnoreCase(text, term);
        if (off < 0) {
            String head = oneLine(text.substring(0, Math.min(text.length(), 60)));
            return new SearchHit(id, pageId, pageName, title, head + (text.length() > 60 ? "…" : ""), -1, 0, -1,
                    rank);
        }
        int from = Math.max(0, off - 20);
        int to = Math.min(text.length(), off + term.length() + 40);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String before = (from > 0 ? "…" : "") + oneLine(text.substring(from, off));
        String match = oneLine(text.substring(off, off + term.length()));
        String after = oneLine(text.substring(off + term.length(), to)) + (to < text.length() ? "…" : "");
        return new SearchHit(id, pageId, pageName, title, before + match + after, before.length(), match.length(), off,
                rank);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }

    static int indexOfIgnoreCase(String text, String term) {
        int n = term.length();
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, term, 0, n)) {
                return i;
            }
        }
        return -1;
    }
}
