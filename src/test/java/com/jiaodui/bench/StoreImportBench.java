package com.jiaodui.bench;

import com.jiaodui.store.Imports;
import com.jiaodui.store.Library;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing 1,000 page files into an empty library the way a folder is imported ({@code library.Importer}, as
 * the CLI and the app do; the target, ≤ 12 s, is for the whole {@code jiaodui import} process, see the README): each is one of the real sample pages with a line of its
 * own appended (so every file is a new page with its own hash); read and analysed a few files ahead on other
 * threads, stored in groups of up to 25 files per transaction with their search entries. One invocation = 1,000 imports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class StoreImportBench {
    static final int PAGES = 1000;

    private Path dir;
    private List<Path> files;
    private Library lib;
    private int round;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("jiaodui-import-bench");
        Path pages = Files.createDirectory(dir.resolve("pages"));
        String[] samples = {"page-a.raw.txt", "page-a.clean.txt", "page-b.md", "page-c.raw.txt"};
        byte[][] bytes = new byte[samples.length][];
        for (int k = 0; k < samples.length; k++) {
            try (InputStream in = StoreImportBench.class.getResourceAsStream("/samples/" + samples[k])) {
                bytes[k] = in.readAllBytes();
            }
        }
        files = new ArrayList<>();
        for (int n = 0; n < PAGES; n++) {
            int k = n % samples.length;
            Path f = pages.resolve(String.format("%04d-%s", n, samples[k]));
            byte[] tail = ("\n\n（第" + n + "版）\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bytes[k].length + tail.length];
            System.arraycopy(bytes[k], 0, all, 0, bytes[k].length);
            System.arraycopy(tail, 0, all, bytes[k].length, tail.length);
            Files.write(f, all);
            files.add(f);
        }
    }

    @Setup(Level.Iteration)
    public void newLibrary() {
        lib = Library.open(dir.resolve("lib-" + (round++) + ".db"));
    }

    @TearDown(Level.Iteration)
    public void closeLibrary() {
        lib.close();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public int importThousandPages() {
        return Imports.importFiles(lib, files, (done, total, file, result, error) -> {
            if (error != null) {
                throw error;
            }
        }, () -> false).size();
    }
}
