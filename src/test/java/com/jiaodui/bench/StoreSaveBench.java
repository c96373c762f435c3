package com.jiaodui.bench;

import com.jiaodui.store.ArticleSummary;
import com.jiaodui.store.BenchText;
import com.jiaodui.store.Imports;
import com.jiaodui.store.Library;
import com.jiaodui.store.Revision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving a revision of a ~1,500-character article (≤ 5 ms), in a library seeded with the sample pages plus
 * 1,000 generated articles: one transaction with the revision, the article row, the draft and both search
 * indexes. synchronousFull=true is the default (the write-ahead log is fsynced on every commit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StoreSaveBench {
    @Param({"true", "false"})
    public boolean synchronousFull;

    private Path dir;
    private Library lib;
    private long[] ids;
    private String[] texts;
    private int i;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("jiaodui-save-bench");
        lib = Library.open(dir.resolve("lib.db"), Library.Options.defaults().withSynchronousFull(synchronousFull));
        Imports.seedSamplesIfNew(lib);
        BenchText.fill(lib, 1000, 7);
        ids = lib.allArticles().stream().mapToLong(ArticleSummary::id).toArray();
        BenchText g = new BenchText(11);
        texts = new String[16];
        for (int k = 0; k < texts.length; k++) {
            texts[k] = g.article(g.title(), 1500);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        lib.close();
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public Revision save() {
        i++;
        return lib.saveRevision(ids[i % ids.length], texts[i % texts.length], "editor", "bench");
    }
}
