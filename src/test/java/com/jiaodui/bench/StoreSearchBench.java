package com.jiaodui.bench;

import com.jiaodui.store.BenchText;
import com.jiaodui.store.Library;
import com.jiaodui.store.SearchHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Search over 100,000 generated articles (≤ 50 ms per query). The library is generated once into
 * {@code java.io.tmpdir} (about 1 GB, several minutes) and reused by later runs and forks; delete
 * {@code jiaodui-bench-search-*.db} to regenerate. Queries: two-character words from very frequent (工作, in
 * nearly every article) to rare (豫剧), single characters, and longer phrases (trigram index).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StoreSearchBench {
    static final int ARTICLES = 100_000;

    @Param({"工作", "疫情", "学校", "豫剧", "村", "的", "疫情防控", "乡村振兴", "周口 学校"})
    public String query;

    private Library lib;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path db = Path.of(System.getProperty("java.io.tmpdir"), "jiaodui-bench-search-" + ARTICLES + "-v2.db");
        if (Files.exists(db)) {
            lib = Library.open(db);
            if (lib.stats().articles() >= ARTICLES) {
                return;
            }
            lib.close();
            Files.delete(db);
        }
        Path tmp = Path.of(db + ".part");
        Files.deleteIfExists(tmp);
        try (Library gen = Library.open(tmp, Library.Options.defaults().withSynchronousFull(false))) {
            BenchText.fill(gen, ARTICLES, 42);
        }
        Files.move(tmp, db);
        lib = Library.open(db);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        lib.close();
    }

    @Benchmark
    public List<SearchHit> search() {
        return lib.search(query, 20);
    }
}
