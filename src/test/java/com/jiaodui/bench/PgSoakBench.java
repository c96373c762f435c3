package com.jiaodui.bench;

import com.jiaodui.store.ArticleSummary;
import com.jiaodui.store.Imports;
import com.jiaodui.store.Library;
import com.jiaodui.store.PgServer;
import com.jiaodui.store.Revision;
import com.jiaodui.store.RevisionConflictException;
import com.jiaodui.store.StoreException;
import com.jiaodui.text.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The newsroom soak (issue 14), outside {@code mvn verify}: CLIENTS clients (threads, each with its own connection,
 * i.e. its own {@link Library}) save to ARTICLES articles at random for SECONDS seconds against one PostgreSQL
 * server. Each save names the revision it read as its base; an editor "thinks" 0-20 ms between reading and saving,
 * so that saves on a stale base happen. Then it checks: every acknowledged save is in the history with its text,
 * editor and number; every refused save was reported as a conflict; revision numbers are 1..n without gaps or
 * duplicates; the current text of each article is its last acknowledged save (or a save whose answer was lost
 * with the server, see below). With {@code -Djiaodui.soak.kill=true} the server is killed (immediate shutdown,
 * as a crash) halfway and restarted 3 s later: clients get "cannot reach the shared library", keep their text
 * as a local draft and save it again once the server is back; a save whose answer was lost is "unknown" and may
 * or may not be in the history, never twice.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) com.jiaodui.bench.PgSoakBench}
 * ({@code -Djiaodui.pg.fsync=on} to pay for durability like a production server).
 */
public final class PgSoakBench {
    record Ack(long article, int number, String text, String editor) {}

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("jiaodui.soak.clients", 8);
        int articleCount = Integer.getInteger("jiaodui.soak.articles", 50);
        int seconds = Integer.getInteger("jiaodui.soak.seconds", 60);
        boolean kill = Boolean.getBoolean("jiaodui.soak.kill");
        PgServer server = PgServer.get();
        String url = server.newDatabase("soak");
        List<Long> articles = new ArrayList<>();
        try (Library lib = Library.openShared(url)) {
            long version = Imports.importText(lib, "soak.md", "## 浸泡测试\n\n第一篇文章的文字。\n", Format.MARKDOWN).versionId();
            for (ArticleSummary a : lib.allArticles()) {
                articles.add(a.id());
            }
            while (articles.size() < articleCount) {
                articles.add(lib.createArticle(version, "文章" + articles.size(), "原文" + articles.size(), "import", "").id());
            }
        }
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        Set<String> unknown = ConcurrentHashMap.newKeySet(); // texts whose save got no answer (server killed)
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger unreachable = new AtomicInteger();
        AtomicInteger otherErrors = new AtomicInteger();
        List<Long> latenciesNs = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                Random rnd = new Random(client);
                String editor = "编辑" + client;
                Library lib = open(url);
                int seq = 0;
                String draft = null;
                long draftArticle = -1;
                int draftBase = -1;
                while (System.nanoTime() < end) {
                    long a = draft != null ? draftArticle : articles.get(rnd.nextInt(articles.size()));
                    String text = draft != null ? draft : editor + " 第" + (++seq) + "稿 " + a;
                    try {
                        // a kept draft is saved on the base it was made on (a retry after a lost answer)
                        int base = draft != null ? draftBase : lib.article(a).orElseThrow().revisionCount();
                        draftBase = base;
                        Thread.sleep(rnd.nextInt(21));
                        long s = System.nanoTime();
                        try {
                            Revision r = lib.saveRevision(a, text, editor, "", base);
                            latenciesNs.add(System.nanoTime() - s);
                            if (!acks.contains(new Ack(a, r.number(), text, editor))) {
                                acks.add(new Ack(a, r.number(), text, editor));
                            }
                            unknown.remove(text);
                        } catch (RevisionConflictException e) {
                            latenciesNs.add(System.nanoTime() - s);
                            conflicts.incrementAndGet();
                        }
                        draft = null;
                    } catch (StoreException e) {
                        if (e.reason() == StoreException.Reason.UNREACHABLE) {
                            unreachable.incrementAndGet();
                            if (draft == null) {
                                unknown.add(text); // the answer was lost: it may or may not have been saved
                            }
                            draft = text; // kept locally and saved again once the server is back
                            draftArticle = a;
                            lib.close();
                            lib = open(url);
                        } else {
                            otherErrors.incrementAndGet();
                            System.err.println(e.getMessage());
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                lib.close();
            });
            threads.add(t);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        if (kill) {
            Thread.sleep(seconds * 500L);
            System.out.println("killing the server (immediate shutdown) …");
            server.kill();
            Thread.sleep(3000);
            server.restart();
            System.out.println("server restarted");
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        // verification
        List<String> problems = new ArrayList<>();
        int extra = 0;
        try (Library lib = Library.openShared(url)) {
            Map<Long, List<Ack>> byArticle = new HashMap<>();
            for (Ack k : acks) {
                byArticle.computeIfAbsent(k.article, x -> new ArrayList<>()).add(k);
            }
            for (long a : articles) {
                List<Revision> h = lib.revisions(a);
                Set<String> texts = new HashSet<>();
                for (int i = 0; i < h.size(); i++) {
                    if (h.get(i).number() != i + 1) {
                        problems.add("article " + a + ": revision numbers not 1..n: " + h.get(i).number() + " at " + i);
                    }
                    if (i > 0 && !texts.add(h.get(i).text())) {
                        problems.add("article " + a + ": a save is in the history twice: " + h.get(i).text());
                    }
                }
                List<Ack> mine = byArticle.getOrDefault(a, List.of());
                int lastAck = 0;
                for (Ack k : mine) {
                    if (k.number > h.size() || !h.get(k.number - 1).text().equals(k.text)
                            || !h.get(k.number - 1).author().equals(k.editor)) {
                        problems.add("article " + a + ": acknowledged save " + k + " is not in the history");
                    }
                    lastAck = Math.max(lastAck, k.number);
                }
                Set<String> acked = new HashSet<>();
                mine.forEach(k -> acked.add(k.text));
                for (int i = 1; i < h.size(); i++) {
                    if (!acked.contains(h.get(i).text())) {
                        if (unknown.contains(h.get(i).text())) {
                            extra++;
                        } else {
                            problems.add("article " + a + ": revision " + (i + 1) + " was never acknowledged: "
                                    + h.get(i).text());
                        }
                    }
                }
                String current = lib.currentRevision(a).text();
                boolean lastIsAck = lastAck == h.size();
                if (!(lastIsAck || unknown.contains(current)) || (lastAck == 0 && h.size() > 1 && !unknown.contains(current))) {
                    problems.add("article " + a + ": the current text is not the last acknowledged save");
                }
            }
        }
        List<Long> lat = new ArrayList<>(latenciesNs);
        Collections.sort(lat);
        double p50 = lat.isEmpty() ? 0 : lat.get(lat.size() / 2) / 1e6;
        double p99 = lat.isEmpty() ? 0 : lat.get((int) Math.min(lat.size() - 1, Math.ceil(lat.size() * 0.99) - 1)) / 1e6;
        System.out.printf(Locale.ROOT, "%d clients, %d articles, %.0f s%s: %d saves acknowledged (%.1f/s), %d refused "
                        + "as conflicts, %d unreachable, %d other errors; save latency p50 %.1f ms, p99 %.1f ms; "
                        + "%d saves whose answer was lost are in the history%n", clients, articleCount, elapsed,
                kill ? " (server killed and restarted)" : "", acks.size(), acks.size() / elapsed, conflicts.get(),
                unreachable.get(), otherErrors.get(), p50, p99, extra);
        if (problems.isEmpty()) {
            System.out.println("OK: every acknowledged save is in the history, no revision lost or duplicated, "
                    + "every current text is the last save");
        } else {
            problems.stream().limit(20).forEach(p -> System.out.println("PROBLEM: " + p));
            System.out.println(problems.size() + " problems");
        }
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static Library open(String url) {
        while (true) {
            try {
                return Library.openShared(url);
            } catch (StoreException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    throw new IllegalStateException(ie);
                }
            }
        }
    }
}
