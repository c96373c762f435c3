package com.jiaodui.bench;

import com.jiaodui.store.BenchText;
import com.jiaodui.store.Library;
import com.jiaodui.store.PgServer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Search on a shared library (PostgreSQL) over 100,000 articles of the generated text of {@link StoreSearchBench}
 * (target: ≤ 50 ms per query for 1- and 2-character words): 10,000 are stored and indexed through the store, then
 * replicated on the server to 100,000 (see {@link #replicate}). Not JMH: filling the server
 * takes minutes, and a query's time is its median over 30 runs after 5 warm-up runs (max shown too).
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) com.jiaodui.bench.PgSearchBench [N]}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt});
 * {@code -Djiaodui.pg.url=…} uses an existing server (an empty database).
 */
public final class PgSearchBench {
    static final List<String> QUERIES = List.of("工作", "疫情", "学校", "豫剧", "村", "的", "疫情防控", "乡村振兴", "周口 学校");

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int generated = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String url = PgServer.get().newDatabase("searchbench");
        try (Library lib = Library.openShared(url)) {
            long t0 = System.nanoTime();
            fill(lib, generated, 42);
            lib.search("的", 1); // catches the index up
            System.out.printf(Locale.ROOT, "stored and indexed %d articles in %.0f s%n", lib.stats().articles(),
                    (System.nanoTime() - t0) / 1e9);
            replicate(url, n / generated);
            System.out.printf(Locale.ROOT, "replicated to %d articles%n", lib.stats().articles());
            try (var c = PgServer.get().admin(); var s = c.createStatement()) {
                s.execute("SELECT 1");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            lib.search("的", 1); // catches the index up; ANALYZE below makes the planner see the real table
            analyze(url);
            for (String q : QUERIES) {
                for (int i = 0; i < 5; i++) {
                    lib.search(q, 20);
                }
                double[] ms = new double[30];
                int hits = 0;
                for (int i = 0; i < ms.length; i++) {
                    long s = System.nanoTime();
                    hits = lib.search(q, 20).size();
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "%-10s median %6.1f ms  max %6.1f ms  (%d hits)%n", q, ms[ms.length / 2],
                        ms[ms.length - 1], hits);
            }
        }
        System.exit(0);
    }

    /**
     * The articles of {@link BenchText} (pages of 10, 300-1,000 characters each) stored straight through
     * {@link Library#persist} without the importer's analysis, which would take hours on a loaded machine.
     */
    static void fill(Library lib, int n, long seed) {
        BenchText g = new BenchText(seed);
        for (int done = 0; done < n; ) {
            int upto = Math.min(n, done + 1000);
            int from = done;
            lib.batch(() -> {
                for (int p = from; p < upto; p += 10) {
                    List<com.jiaodui.store.NewArticle> arts = new java.util.ArrayList<>();
                    StringBuilder raw = new StringBuilder();
                    for (int i = p; i < Math.min(upto, p + 10); i++) {
                        String title = g.title();
                        String text = g.article(title, 300 + g.nextInt(700));
                        arts.add(new com.jiaodui.store.NewArticle(i - p, null, title, null, null, raw.length(),
                                raw.length() + text.length(), 0, text));
                        raw.append(text).append("\n\n");
                    }
                    String r = raw.toString();
                    lib.persist(new com.jiaodui.store.NewVersion("gen-" + p, "raw", "raw", "gen-" + p + ".md", null, r,
                            "UTF-8", false, com.jiaodui.text.TextDecoder.sha256(r.getBytes(
                                    java.nio.charset.StandardCharsets.UTF_8)), com.jiaodui.text.Format.MARKDOWN, 0, arts));
                }
            });
            done = upto;
            if (done % 10_000 == 0) {
                System.out.println(done + " articles");
            }
        }
    }

    /**
     * Copies the generated articles, their revisions and their search tokens {@code times - 1} more times on the
     * server (new ids, the same pages), so that the index holds 100,000 articles with the postings of 100,000: a
     * client inserting them one by one takes over an hour on a loaded 2-core machine.
     */
    private static void replicate(String url, int times) {
        var u = com.jiaodui.store.PgUrl.parse(url);
        try (var c = java.sql.DriverManager.getConnection(u.jdbcUrl(), u.properties(System.getenv()));
             var s = c.createStatement()) {
            c.setAutoCommit(false);
            long a = one(s, "SELECT MAX(id) FROM article");
            long r = one(s, "SELECT MAX(id) FROM revision");
            String k = "generate_series(1, " + (times - 1) + ") AS k";
            s.execute("INSERT INTO article(id, page_id, version_id, idx, kicker, title, subtitle, byline, raw_start, "
                    + "raw_end, status, open_flags, revision_count, current_revision_id, retired_at, created_at, updated_at) "
                    + "SELECT id + k * " + a + ", page_id, version_id, idx, kicker, title, subtitle, byline, raw_start, "
                    + "raw_end, status, open_flags, revision_count, current_revision_id + k * " + r + ", retired_at, "
                    + "created_at, updated_at FROM article, " + k + " WHERE id <= " + a);
            s.execute("INSERT INTO revision(id, article_id, number, text, author, note, restored_from, created_at, client) "
                    + "SELECT id + k * " + r + ", article_id + k * " + a + ", number, text, author, note, NULL, created_at, "
                    + "client FROM revision, " + k + " WHERE id <= " + r);
            s.execute("INSERT INTO article_gram(gram, article_id, weight) SELECT gram, article_id + k * " + a
                    + ", weight FROM article_gram, " + k + " WHERE article_id <= " + a);
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long one(java.sql.Statement s, String sql) throws java.sql.SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void analyze(String url) {
        var u = com.jiaodui.store.PgUrl.parse(url);
        try (var c = java.sql.DriverManager.getConnection(u.jdbcUrl(), u.properties(System.getenv()));
             var s = c.createStatement()) {
            s.execute("ANALYZE");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
