package com.jiaodui.bench;

import com.jiaodui.app.JiaoduiApp;
import com.jiaodui.app.review.ReviewView;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Flag;
import com.jiaodui.text.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Parent;
import org.fxmisc.richtext.StyleClassedTextArea;
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
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review view with a 500,000-character article (headless JavaFX, software rendering): one typed character
 * (edit + session bookkeeping + layout), a jump scroll, a smooth scroll step, re-applying all flag highlights —
 * all on the FX thread, so each must stay well under a frame (16 ms) — and the re-analysis that runs off it.
 *
 * <pre>mvn -B -o -Pbench verify -Dbench.include=AppEditBench</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dtestfx.headless=true", "-Dtestfx.robot=glass", "-Dheadless.geometry=1600x1000-32", "-Xmx1g",
        "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AppEditBench {
    /** Article size; {@code -p chars=5000} compares with a short article. */
    @org.openjdk.jmh.annotations.Param("500000")
    public int chars;
    private Path dir;
    private JiaoduiApp app;
    private StyleClassedTextArea area;
    private ReviewView view;
    private Parent root;
    private String text;
    private final Random random = new Random(7);
    private final Analyzer analyzer = new Analyzer();
    private long innerNanos;
    private long innerOps;
    private long innerMax;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the FX thread: on a machine shared with other builds, wall time mostly measures the others. */
    private static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private void inner(long t0) {
        long d = now() - t0;
        innerNanos += d;
        innerOps++;
        innerMax = Math.max(innerMax, d);
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("jiaodui-bench");
        Path page = dir.resolve("huge.md");
        Files.writeString(page, AppBenchData.hugeArticlePage(chars, 1), StandardCharsets.UTF_8);
        System.setProperty("jiaodui.db", dir.resolve("library.db").toString());
        System.setProperty("jiaodui.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        long t0 = System.nanoTime();
        app = (JiaoduiApp) FxToolkit.setupApplication(() -> new JiaoduiApp(List.of(page.toString())));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.window() != null
                && app.window().reviewViewModel().session() != null
                && app.window().reviewView().articleArea().getLength() > chars * 9 / 10);
        view = app.window().reviewView();
        area = view.articleArea();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> app.window().reviewViewModel().analysisRunsProperty().get() > 0);
        System.out.printf("%nopened a %,d-character article with %d flags in %d ms (import, analysis, editor)%n",
                area.getLength(), app.window().reviewViewModel().flags().size(), (System.nanoTime() - t0) / 1_000_000);
        // opening it again from the library (no import): away to a sample article and back
        var vm = app.window().reviewViewModel();
        long huge = vm.articleId();
        long other = app.window().libraryViewModel().ordered().stream().filter(a -> a.id() != huge).findFirst()
                .orElseThrow().id();
        WaitForAsyncUtils.asyncFx(() -> app.window().openArticle(other)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.session() != null && vm.articleId() == other);
        long t1 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> app.window().openArticle(huge)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.session() != null && vm.articleId() == huge);
        long shown = System.nanoTime() - t1;
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> area.getLength() > chars * 9 / 10));
        System.out.printf("re-opened it from the library in %d ms (read, page analysis, editor; cached page analysis "
                + "after the first open)%n", shown / 1_000_000);
        root = area.getScene().getRoot();
        text = fx(() -> area.getText());
        fx(() -> {
            area.requestFocus();
            area.moveTo(area.getLength() / 2);
            area.requestFollowCaret();
            root.layout();
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (innerOps > 0) {
            System.out.printf("%nFX-thread CPU time per op (edit/scroll + CSS + layout, without the renderer): "
                    + "mean %.2f ms, max %.2f ms over %d ops%n", innerNanos / 1e6 / innerOps, innerMax / 1e6, innerOps);
        }
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    /** Typing one character in the middle of the article: edit, flags and link bookkeeping, caret follow, layout. */
    @Benchmark
    public int typeOneCharacter() throws Exception {
        return fx(() -> {
            long t0 = now();
            int at = area.getCaretPosition();
            area.insertText(at, "字");
            area.requestFollowCaret();
            root.applyCss();
            root.layout();
            inner(t0);
            return area.getCaretPosition();
        });
    }

    /** Jumping to a random place (scroll bar drag, Ctrl+End...): layout of the new viewport. */
    @Benchmark
    public int scrollJump() throws Exception {
        return fx(() -> {
            long t0 = now();
            int par = random.nextInt(area.getParagraphs().size());
            area.showParagraphAtTop(par);
            root.applyCss();
            root.layout();
            inner(t0);
            return par;
        });
    }

    /** One wheel/page step of smooth scrolling. */
    @Benchmark
    public double scrollStep() throws Exception {
        return fx(() -> {
            long t0 = now();
            area.scrollYBy(random.nextBoolean() ? 300 : -300);
            root.applyCss();
            root.layout();
            inner(t0);
            return area.getEstimatedScrollY();
        });
    }

    /** Re-applying every flag highlight to the whole article (after a re-analysis or a decision). */
    @Benchmark
    public int highlightAll() throws Exception {
        return fx(() -> {
            long t0 = now();
            view.highlight();
            root.layout();
            inner(t0);
            return area.getLength();
        });
    }

    /** The re-analysis after a pause in typing (runs off the FX thread). */
    @Benchmark
    public List<Flag> reanalyseOffThread() {
        return analyzer.analyze(text, Format.TEXT).flags();
    }
}
