package com.jiaodui.bench;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * check + clean of a 10,000-character page (target ≤ 1 ms median). The page is the raw front page
 * (page-c, hard-wrapped) and page-a's raw text layer, cut to exactly 10,000 characters.
 * Run: {@code mvn -Pbench verify -Dbench.include=EngineBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBench {
    private final Analyzer analyzer = new Analyzer();
    private String page;

    @Setup
    public void setup() throws Exception {
        String c = Files.readString(Path.of("assets/samples/page-c.raw.txt"), StandardCharsets.UTF_8);
        String a = Files.readString(Path.of("assets/samples/page-a.raw.txt"), StandardCharsets.UTF_8);
        String both = c + "\n" + a + "\n" + c;
        page = both.substring(0, 10_000);
    }

    @Benchmark
    public Analysis checkAndClean() {
        Analysis a = analyzer.analyze(page, Format.TEXT);
        a.cleaned();
        return a;
    }
}
