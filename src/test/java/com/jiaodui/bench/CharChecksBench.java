package com.jiaodui.bench;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Detector;
import com.jiaodui.text.Flag;
import com.jiaodui.text.Format;
import com.jiaodui.text.LearnedFix;
import com.jiaodui.text.LearnedFixDetector;
import com.jiaodui.text.Page;
import com.jiaodui.text.PageReader;
import com.jiaodui.text.SuspectCharDetector;
import com.jiaodui.text.lm.VisualConfusions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The character checks' share of the whole check of EngineBench's 10,000-character page: the whole
 * {@link Analyzer#analyze} with every default detector and 520 learnt corrections, the same without the two
 * character checks, and each of them alone on the read page. The learnt corrections: 500 look-alike
 * confusions in the page's own contexts that do not occur (the wrong form is not on the page) and 20 that do.
 * Run: {@code mvn -Pbench verify -Dbench.include=CharChecksBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CharChecksBench {
    private String text;
    private Page page;
    private final Detector suspect = new SuspectCharDetector();
    private LearnedFixDetector learned;
    private Analyzer all;
    private Analyzer withoutCharChecks;

    @Setup
    public void setup() throws Exception {
        String c = Files.readString(Path.of("assets/samples/page-c.raw.txt"), StandardCharsets.UTF_8);
        String a = Files.readString(Path.of("assets/samples/page-a.raw.txt"), StandardCharsets.UTF_8);
        text = (c + "\n" + a + "\n" + c).substring(0, 10_000);
        page = PageReader.read(text, Format.TEXT);
        VisualConfusions conf = VisualConfusions.get();
        List<LearnedFix> fixes = new ArrayList<>();
        int firing = 0;
        for (int i = 2; i + 3 < text.length() && fixes.size() < 520; i += 7) {
            char ch = text.charAt(i);
            String alike = conf.of(ch);
            if (alike.isEmpty() || !Character.isIdeographic(ch)) {
                continue;
            }
            String left = text.substring(i - 2, i);
            String right = text.substring(i + 1, i + 3);
            if (firing < 20) { // the page's own character, as if an editor had corrected it elsewhere: fires
                fixes.add(new LearnedFix(String.valueOf(ch), String.valueOf(alike.charAt(0)), left, right, "bench", ""));
                firing++;
            } else {
                fixes.add(new LearnedFix(String.valueOf(alike.charAt(0)), String.valueOf(ch), left, right, "bench", ""));
            }
        }
        learned = new LearnedFixDetector(fixes);
        List<Detector> ds = new ArrayList<>(Analyzer.defaultDetectors());
        ds.add(learned);
        all = new Analyzer(ds);
        List<Detector> without = new ArrayList<>(Analyzer.defaultDetectors());
        without.removeIf(d -> d instanceof SuspectCharDetector);
        withoutCharChecks = new Analyzer(without);
    }

    @Benchmark
    public Analysis analyzeWithCharChecks() {
        Analysis a = all.analyze(text, Format.TEXT);
        a.cleaned();
        return a;
    }

    @Benchmark
    public Analysis analyzeWithoutCharChecks() {
        Analysis a = withoutCharChecks.analyze(text, Format.TEXT);
        a.cleaned();
        return a;
    }

    @Benchmark
    public List<Flag> suspectChar() {
        List<Flag> out = new ArrayList<>();
        suspect.detect(page, out);
        return out;
    }

    @Benchmark
    public List<Flag> learnedFix() {
        List<Flag> out = new ArrayList<>();
        learned.detect(page, out);
        return out;
    }
}
