package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of imports and saves, again and again, leaves a library that
 * passes {@code PRAGMA integrity_check} and holds every revision whose save returned, with its exact text.
 */
class StoreCrashTest {
    private static final int ROUNDS = 20;
    private static final Pattern REV = Pattern.compile("^REV (\\d+) (\\d+) ([0-9a-f]{64}) END$");

    @TempDir
    Path dir;

    record Saved(long revisionId, long articleId, String sha) {}

    @Test
    void killedAgainAndAgainLosesNoReturnedSave() throws Exception {
        Path db = dir.resolve("crash.db");
        Library.open(db).close();
        Random rnd = new Random(20261122);
        List<Saved> saved = new ArrayList<>();
        int imports = 0;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < ROUNDS; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashWorker.class.getName(), db.toString(), dir.toString(), String.valueOf(round))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            // the kill comes at a random time after the worker's first returned save (and so its first import):
            // on a loaded machine a fixed delay after READY often killed workers that had not saved anything yet
            CountDownLatch firstSave = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.equals("READY")) {
                            ready.countDown();
                        } else if (REV.matcher(line).matches()) {
                            firstSave.countDown();
                        }
                        synchronized (lines) {
                            lines.add(line);
                        }
                    }
                } catch (Exception ignored) {
                    // the pipe breaks when the child is killed
                }
            });
            reader.start();
            assertTrue(ready.await(60, TimeUnit.SECONDS), "worker started");
            assertTrue(firstSave.await(60, TimeUnit.SECONDS), "worker saved once");
            Thread.sleep(100 + rnd.nextInt(900));
            p.destroyForcibly(); // SIGKILL
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            synchronized (lines) {
                for (String line : lines) {
                    Matcher m = REV.matcher(line);
                    if (m.matches()) {
                        saved.add(new Saved(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
                    } else if (line.startsWith("IMPORT ") && line.endsWith(" END")) {
                        imports++;
                    }
                }
            }
        }
        System.out.printf("crash test: %d rounds killed, %d saves and %d imports had returned%n", ROUNDS, saved.size(),
                imports);
        assertTrue(saved.size() > ROUNDS, "the workers saved revisions: " + saved.size());
        assertTrue(imports >= ROUNDS, "the workers imported pages: " + imports);
        try (Library lib = Library.open(db)) {
            assertEquals("ok", lib.integrityCheck());
            for (Saved s : saved) {
                Revision r = lib.revision(s.revisionId()).orElse(null);
                assertTrue(r != null, "revision " + s.revisionId() + " whose save returned is in the library");
                assertEquals(s.articleId(), r.articleId());
                assertEquals(s.sha(), CrashWorker.sha(r.text()));
            }
            // the library is fully usable afterwards: every article has its current revision, search works
            for (ArticleSummary a : lib.allArticles()) {
                Revision cur = lib.currentRevision(a.id());
                assertEquals(a.revisionCount(), cur.number());
            }
            assertTrue(lib.search("修改稿", 5).size() > 0);
        }
    }
}
