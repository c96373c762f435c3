package com.jiaodui.bench;

import com.jiaodui.app.pageimage.PageRenderBench;
import com.jiaodui.text.source.SourceDocument;
import com.jiaodui.text.source.Sources;
import com.jiaodui.text.source.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PDF targets of issue 12, on a generated 40-page text PDF (page-c forty times, 4 columns, embedded
 * subset fonts): the whole {@code jiaodui import} process (JVM start to exit) ≤ 10 s; rendering one page at
 * screen size ≤ 300 ms; resident memory of the app with the PDF open and its page image shown ≤ 600 MB.
 * The last needs a display (run under Xvfb) and the packaged jar:
 *
 * <pre>
 * mvn -B -o -q package -DskipTests &amp;&amp; mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * Xvfb :97 -screen 0 1440x900x24 &amp;  DISPLAY=:97 java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) com.jiaodui.bench.PdfBench [memory]
 * </pre>
 */
public final class PdfBench {
    private PdfBench() {}

    public static void main(String[] args) throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "jiaodui-pdf-bench"));
        Path pdf = base.resolve("forty-pages.pdf");
        List<String> c = TestPdfs.lines(TestPdfs.sample("page-c.raw.txt"));
        List<List<String>> forty = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            forty.add(c);
        }
        Files.write(pdf, TestPdfs.pages(forty, 4, null));
        System.out.printf("40-page PDF: %,d bytes%n", Files.size(pdf));

        long t0 = System.nanoTime();
        SourceDocument d = Sources.read(pdf);
        System.out.printf("extract in this JVM (warm-up included): %d ms, %,d characters, %d lines%n",
                (System.nanoTime() - t0) / 1_000_000, d.raw().length(), d.geometry().lines().size());

        boolean memoryOnly = args.length > 0 && args[0].equals("memory");
        if (args.length > 0 && args[0].equals("render")) { // the render part alone
            PageRenderBench.run(pdf);
            return;
        }
        // the whole import process, JVM start to exit
        for (int run = 1; run <= (memoryOnly ? 0 : 3); run++) {
            Path db = base.resolve("library-" + run + ".db");
            Files.deleteIfExists(db);
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "com.jiaodui.Launcher", "import", "--db", db.toString(),
                    pdf.toString()).inheritIO();
            long s = System.nanoTime();
            int rc = pb.start().waitFor();
            System.out.printf("import run %d: %d ms (exit %d)%n", run, (System.nanoTime() - s) / 1_000_000, rc);
        }

        if (!memoryOnly) {
            PageRenderBench.run(pdf);
        }

        Path jar = Path.of("target/jiaodui.jar");
        if (System.getenv("DISPLAY") == null || !Files.exists(jar)) {
            System.out.println("memory: skipped (needs DISPLAY and target/jiaodui.jar)");
            return;
        }
        Path home = Files.createDirectories(base.resolve("home"));
        Files.writeString(home.resolve("settings.properties"), "layout.pageImage=true\n");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djiaodui.db=" + base.resolve("app.db"), "-Djiaodui.home=" + home, "-jar", jar.toString(), pdf.toString())
                .redirectErrorStream(true).redirectOutput(base.resolve("app.log").toFile()).start();
        try {
            for (int s = 5; s <= 90; s += 5) {
                TimeUnit.SECONDS.sleep(5);
                System.out.println("app after " + s + " s: " + rss(app.pid()));
            }
        } finally {
            app.destroy();
            app.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String rss(long pid) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS") || l.startsWith("VmHWM")) {
                sb.append(l.replaceAll("\\s+", " ")).append("  ");
            }
        }
        return sb.toString();
    }
}
