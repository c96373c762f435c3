package com.jiaodui.bench;

import com.jiaodui.store.Imports;
import com.jiaodui.store.Library;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up time and memory of the real app ({@code java -jar target/jiaodui.jar}) on a 1,000-page library:
 * builds the library once (in {@code /tmp/jiaodui-bench-1000}), then starts the jar a few times with a warm disk
 * cache and reports the time until the window shows the library (printed by the app with
 * {@code -Djiaodui.timing=true}), and the resident memory (VmRSS / VmHWM) a few seconds later, with the first
 * article open. Needs a display: run it under Xvfb, e.g.
 *
 * <pre>
 * mvn -B -o -q package -DskipTests &amp;&amp; mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * Xvfb :97 -screen 0 1440x900x24 &amp;  DISPLAY=:97 java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) com.jiaodui.bench.AppStartupBench
 * </pre>
 * (A JMH benchmark does not fit: start-up happens once per JVM.)
 */
public final class AppStartupBench {
    private AppStartupBench() {}

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "jiaodui-bench-" + pages);
        Path db = base.resolve("library.db");
        if (!Files.exists(db)) {
            AppBenchData.manyPages(base.resolve("pages"), pages);
            long t0 = System.nanoTime();
            try (Library lib = Library.open(db, Library.Options.defaults().withCreateDirectories(true));
                 Stream<Path> files = Files.list(base.resolve("pages"))) {
                List<Path> all = files.sorted().toList();
                for (Path f : all) {
                    Imports.importFile(lib, f);
                }
                System.out.printf("built a %d-page library (%d articles) in %.1f s: %s%n", lib.stats().pages(),
                        lib.stats().articles(), (System.nanoTime() - t0) / 1e9, db);
            }
        }
        Path jar = Path.of("target", "jiaodui.jar");
        List<String> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path home = Files.createTempDirectory("jiaodui-home");
            ProcessBuilder pb = new ProcessBuilder("java", "-Djiaodui.timing=true", "-jar", jar.toString());
            pb.environment().put("JIAODUI_DB", db.toString());
            pb.environment().put("JIAODUI_HOME", home.toString());
            pb.redirectErrorStream(true);
            long spawned = System.nanoTime();
            Process p = pb.start();
            String shown = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("library shown")) {
                        shown = line + String.format(" (%d ms after spawning the process, %d ms CPU time so far)",
                                (System.nanoTime() - spawned) / 1_000_000,
                                p.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
                        break;
                    }
                }
                Thread.sleep(4000); // the first article opens; then measure memory
                String mem = memory(p.pid());
                results.add("run " + (run + 1) + ": " + shown + "; " + mem);
                System.out.println(results.get(results.size() - 1));
            } finally {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    static String memory(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return "memory: n/a";
        }
        String rss = "?";
        String hwm = "?";
        for (String l : Files.readAllLines(status)) {
            if (l.startsWith("VmRSS:")) {
                rss = l.substring(6).strip();
            } else if (l.startsWith("VmHWM:")) {
                hwm = l.substring(6).strip();
            }
        }
        return "resident " + rss + " (peak " + hwm + ")";
    }
}
