package com.jiaodui.bench;

import com.jiaodui.text.Detector;
import com.jiaodui.text.Flag;
import com.jiaodui.text.Format;
import com.jiaodui.text.GarbledCharDetector;
import com.jiaodui.text.Page;
import com.jiaodui.text.PageFurnitureDetector;
import com.jiaodui.text.PageReader;
import com.jiaodui.text.PunctuationWidthDetector;
import com.jiaodui.text.SpuriousSpaceDetector;
import com.jiaodui.text.TraditionalCharDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * The five detectors of the text engine over a page of about 10,000 characters (page-a.raw.txt,
 * page-c.raw.txt and the start of page-b.md concatenated, read as a hard-wrapped text page).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class DetectorsBench {
    private final Detector spaces = new SpuriousSpaceDetector();
    private final Detector widths = new PunctuationWidthDetector();
    private final Detector traditional = new TraditionalCharDetector();
    private final Detector garbled = new GarbledCharDetector();
    private final Detector furniture = new PageFurnitureDetector();
    private final List<Detector> all = List.of(spaces, widths, traditional, garbled, furniture);
    private Page page;

    @Setup
    public void setup() {
        String raw = sample("page-a.raw.txt") + "\n\n" + sample("page-c.raw.txt") + "\n\n" + sample("page-b.md");
        int cut = raw.indexOf('\n', 10_000);
        page = PageReader.read(raw.substring(0, cut < 0 ? raw.length() : cut + 1), Format.TEXT);
    }

    static String sample(String name) {
        try (InputStream in = DetectorsBench.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Flag> run(Detector d) {
        List<Flag> out = new ArrayList<>();
        d.detect(page, out);
        return out;
    }

    @Benchmark
    public List<Flag> allFive() {
        List<Flag> out = new ArrayList<>();
        for (Detector d : all) {
            d.detect(page, out);
        }
        return out;
    }

    @Benchmark
    public List<Flag> spuriousSpace() {
        return run(spaces);
    }

    @Benchmark
    public List<Flag> punctuationWidth() {
        return run(widths);
    }

    @Benchmark
    public List<Flag> traditionalChar() {
        return run(traditional);
    }

    @Benchmark
    public List<Flag> garbledChar() {
        return run(garbled);
    }

    @Benchmark
    public List<Flag> pageFurniture() {
        return run(furniture);
    }
}
