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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        if (args.length > 0 && args[0].equals("ratio")) {
            ratio(args.length > 1 ? Integer.parseInt(args[1]) : 5, args.length > 2 ? Integer.parseInt(args[2]) : 0);
            return;
        }
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
                    if (line.contains("library shown:")) { // the timing line (after the logger's "INFO: ")
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

    // ---------------------------------------------------------------- time to the first frame, against a minimal window

    /**
     * {@code AppStartupBench ratio [RUNS] [PAGES]}: the time from process start to the first drawn frame
     * ({@link com.jiaodui.app.StartupProbe}) of a minimal JavaFX window ({@link MinimalWindow}) and of Jiaodui,
     * started in turn in the same run, RUNS rounds each (after one warm-up round that is not counted), and the
     * medians side by side with their ratio to the minimal window's. Variants: {@code java -jar target/jiaodui.jar};
     * the same with the class-data-sharing archive {@code target/jiaodui.jsa}; the installed launcher of the app-image
     * {@code target/installer/image/jiaodui/bin/jiaodui}; the last two only when {@code mvn -Pinstaller package}
     * made them. The library is the one a new user gets (the samples), or PAGES generated pages when PAGES &gt; 0.
     */
    static void ratio(int runs, int pages) throws Exception {
        Path home = Files.createTempDirectory("jiaodui-startup");
        Path db = home.resolve("library.db");
        if (pages > 0) {
            Path base = Path.of(System.getProperty("java.io.tmpdir"), "jiaodui-bench-" + pages);
            if (!Files.exists(base.resolve("library.db"))) {
                main(new String[] {Integer.toString(pages), "0"});
            }
            db = base.resolve("library.db");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder cp = new StringBuilder("target/test-classes" + java.io.File.pathSeparator + "target/classes");
        try (Stream<Path> jars = Files.list(Path.of("target", "lib"))) {
            jars.sorted().forEach(j -> cp.append(java.io.File.pathSeparator).append(j));
        }
        String probe = "-Djiaodui.startupProbe=true";
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("minimal JavaFX window", List.of(javaBin, probe, "-cp", cp.toString(), MinimalWindow.class.getName()));
        variants.put("jiaodui: java -jar", List.of(javaBin, probe, "-jar", "target/jiaodui.jar"));
        if (Files.exists(Path.of("target", "jiaodui.jsa"))) {
            variants.put("jiaodui: java -jar + CDS archive", List.of(javaBin, probe,
                    "-XX:SharedArchiveFile=target/jiaodui.jsa", "-jar", "target/jiaodui.jar"));
        }
        Path image = Path.of("target", "installer", "image", "jiaodui");
        if (Files.isExecutable(image.resolve("bin/jiaodui"))) {
            variants.put("minimal window on the bundled runtime", List.of(image.resolve("lib/runtime/bin/java").toString(),
                    probe, "-cp", cp.toString(), MinimalWindow.class.getName()));
            variants.put("jiaodui: installed launcher (bundled runtime + CDS)", List.of(image.resolve("bin/jiaodui").toString()));
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Long>> shown = new LinkedHashMap<>();
        variants.keySet().forEach(k -> {
            times.put(k, new ArrayList<>());
            shown.put(k, new ArrayList<>());
        });
        for (int round = 0; round <= runs; round++) {
            for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                long[] ms = firstFrame(v.getValue(), home, db);
                if (round > 0) {
                    times.get(v.getKey()).add(ms[0]);
                    if (ms[1] >= 0) {
                        shown.get(v.getKey()).add(ms[1]);
                    }
                }
                System.out.printf("%s %-52s %6d ms  library shown %6d ms%n", round == 0 ? "warm-up" : "round " + round,
                        v.getKey(), ms[0], ms[1]);
            }
        }
        double base = median(times.get("minimal JavaFX window"));
        System.out.printf("%nload average %s; medians of %d rounds (time from process start to the first frame; to the"
                + " library's listing drawn in the window):%n", Files.readString(Path.of("/proc/loadavg")).strip(), runs);
        for (Map.Entry<String, List<Long>> t : times.entrySet()) {
            double m = median(t.getValue());
            List<Long> sh = shown.get(t.getKey());
            System.out.printf("  %-52s %6.0f ms  %.2f x  %s%s%n", t.getKey(), m, m / base, t.getValue(), sh.isEmpty() ? ""
                    : String.format("   library shown %6.0f ms  %.2f x  %s", median(sh), median(sh) / base, sh));
        }
    }

    private static long[] firstFrame(List<String> cmd, Path home, Path db) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JIAODUI_DB", db.toString());
        pb.environment().put("JIAODUI_HOME", home.toString());
        if (!cmd.get(0).endsWith("java")) {
            pb.environment().put("JAVA_TOOL_OPTIONS", "-Djiaodui.startupProbe=true"); // a jpackage launcher
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        long ms = -1;
        long ready = -1;
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
                int i = line.indexOf(com.jiaodui.app.StartupProbe.PREFIX);
                if (i >= 0) {
                    String rest = line.substring(i + com.jiaodui.app.StartupProbe.PREFIX.length());
                    ms = Long.parseLong(rest.substring(0, rest.indexOf(' ')));
                }
                int j = line.indexOf(com.jiaodui.app.StartupProbe.READY);
                if (j >= 0) {
                    String rest = line.substring(j + com.jiaodui.app.StartupProbe.READY.length());
                    ready = Long.parseLong(rest.substring(0, rest.indexOf(' ')));
                }
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (ms < 0) {
            throw new IllegalStateException("no first frame from " + cmd + ":\n" + out);
        }
        return new long[] {ms, ready};
    }

    private static double median(List<Long> xs) {
        List<Long> s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
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
