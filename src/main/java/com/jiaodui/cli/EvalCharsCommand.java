package com.jiaodui.cli;

import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.Format;
import com.jiaodui.text.lm.CharContext;
import com.jiaodui.text.lm.VisualConfusions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jiaodui eval-chars}: measures the {@code suspect-char} flags (the section of the evaluation for
 * character errors; the lead can fold it into {@code eval}). Three measures, each through the whole engine
 * ({@link Analyzer#analyze}):
 * <ol>
 * <li>correct published text ({@code ../shared/corpus}): flags per 2,000 characters (target ≤ 1);</li>
 * <li>the same text damaged by OCR-like look-alike substitutions drawn from the visual confusion set
 * (seeded): character-level precision, recall, and how often the suggestion is the original character;</li>
 * <li>real OCR with gold ({@code assets/eval/ocr}): the sample pages set in type and read back by Tesseract
 * ({@code src/test/java/com/jiaodui/tools/OcrPageMaker.java}); the same three figures.</li>
 * </ol>
 * Not part of {@code mvn verify}; run it as {@code java -jar target/jiaodui.jar eval-chars}.
 */
@Command(name = "eval-chars", mixinStandardHelpOptions = true,
        description = {"Evaluate the suspect-char flags: correct corpus (false flags), damaged corpus and",
                "hand-made gold on real OCR (precision, recall, suggestion right)."})
public final class EvalCharsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Correct published text (default ../shared/corpus).")
    Path corpus = Path.of("../shared/corpus");

    @Option(names = "--ocr", paramLabel = "DIR", description = "Real OCR with gold: NAME.gold.txt and NAME.ocr.txt (default assets/eval/ocr).")
    Path ocr = Path.of("assets/eval/ocr");

    @Option(names = "--rate", description = "Chance that a character with look-alikes is damaged (default 0.01).")
    double rate = 0.01;

    @Option(names = "--seeds", description = "Number of damage seeds, averaged (default 5).")
    int seeds = 5;

    @Option(names = "--show", description = "Print every flag on correct text and every miss and false flag.")
    boolean show;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus.resolve("simplified"))) {
            err.println(corpus + ": not a corpus folder (needs simplified/*.txt)");
            return Cli.EXIT_USAGE;
        }
        long t0 = System.nanoTime();
        CharContext.standard();
        long t1 = System.nanoTime();
        VisualConfusions conf = VisualConfusions.get();
        Analyzer analyzer = new Analyzer();
        analyzer.analyze("预热", Format.TEXT); // builds the index
        long t2 = System.nanoTime();
        out.printf(Locale.ROOT, "load: language model + character view %.0f ms, confusion-pair index (built at build time) + analyzer %.0f ms; %d look-alike entries%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, conf.pairs());

        // 1. correct text
        out.println();
        out.println("| correct text | characters | suspect-char flags | per 2,000 characters |");
        out.println("|---|---|---|---|");
        Map<Path, String> simplified = read(corpus.resolve("simplified"));
        for (String sub : List.of("simplified", "traditional")) {
            Map<Path, String> texts = sub.equals("simplified") ? simplified : read(corpus.resolve(sub));
            long chars = 0;
            int flags = 0;
            for (Map.Entry<Path, String> e : texts.entrySet()) {
                chars += e.getValue().length();
                for (Flag f : suspects(analyzer, e.getValue())) {
                    flags++;
                    if (show) {
                        out.println("  false flag " + e.getKey().getFileName() + ": " + context(e.getValue(), f) + "  " + f.message());
                    }
                }
            }
            out.printf(Locale.ROOT, "| %s (%d files) | %d | %d | %.2f |%n", sub, texts.size(), chars, flags,
                    chars == 0 ? 0 : flags * 2000.0 / chars);
        }

        // 2. damaged corpus
        Score damaged = new Score();
        for (int seed = 1; seed <= seeds; seed++) {
            Random rnd = new Random(seed);
            for (Map.Entry<Path, String> e : simplified.entrySet()) {
                char[] text = e.getValue().toCharArray();
                Map<Integer, Character> truth = new HashMap<>();
                int last = -100;
                for (int i = 0; i < text.length; i++) {
                    String alike = conf.of(text[i]);
                    if (alike.isEmpty() || i - last < 5 || rnd.nextDouble() >= rate) {
                        continue;
                    }
                    int k = Math.min(alike.length() - 1, (int) (-Math.log(1 - rnd.nextDouble())));
                    truth.put(i, text[i]);
                    text[i] = alike.charAt(k);
                    last = i;
                }
                String s = new String(text);
                damaged.add(truth, suspects(analyzer, s), s, show && seed == 1 ? out : null, e.getKey());
            }
        }
        out.println();
        out.printf(Locale.ROOT, "damaged corpus: %d seeds, rate %.3f of characters with look-alikes (≈ one damage per %.0f characters)%n",
                seeds, rate, damaged.chars == 0 ? 0 : (double) seeds * simplified.values().stream().mapToInt(String::length).sum() / damaged.truths);

        // 3. real OCR with gold: Tesseract's reading of sample pages set in type (tools/OcrPageMaker)
        Score real = new Score();
        if (Files.isDirectory(ocr)) {
            try (Stream<Path> files = Files.list(ocr)) {
                for (Path g : files.filter(p -> p.toString().endsWith(".gold.txt")).sorted().toList()) {
                    Path o = Path.of(g.toString().replace(".gold.txt", ".ocr.txt"));
                    if (!Files.isRegularFile(o)) {
                        err.println(o + ": missing (the OCR output beside " + g.getFileName() + ")");
                        return Cli.EXIT_USAGE;
                    }
                    String read = Files.readString(o, StandardCharsets.UTF_8);
                    Map<Integer, Character> truth = misreadings(Files.readString(g, StandardCharsets.UTF_8), read);
                    real.add(truth, suspects(analyzer, read), read, show ? out : null, o);
                }
            }
        } else {
            err.println(ocr + ": not found; real-OCR row skipped");
        }
        out.println();
        out.println("| suspect-char | errors | flags | true flags | precision | recall | suggestion right |");
        out.println("|---|---|---|---|---|---|---|");
        damaged.row(out, "damaged corpus (look-alike substitutions)");
        real.row(out, "real OCR (Tesseract 5 chi_sim on typeset samples), gold = the set text");
        out.flush();
        return 0;
    }

    private static final class Score {
        long chars;
        int truths;
        int flags;
        int tp;
        int right;

        void add(Map<Integer, Character> truth, List<Flag> found, String s, PrintWriter show, Path file) {
            chars += s.length();
            truths += truth.size();
            flags += found.size();
            java.util.Set<Integer> hit = new java.util.HashSet<>();
            for (Flag f : found) {
                Character t = truth.get(f.start());
                if (t != null) {
                    tp++;
                    hit.add(f.start());
                    if (f.replacement() != null && f.replacement().equals(String.valueOf(t))) {
                        right++;
                    } else if (show != null) {
                        show.println("  wrong suggestion " + file.getFileName() + ": " + context(s, f) + " want " + t);
                    }
                } else if (show != null) {
                    show.println("  false flag " + file.getFileName() + ": " + context(s, f) + "  " + f.message());
                }
            }
            if (show != null) {
                for (Map.Entry<Integer, Character> t : truth.entrySet()) {
                    if (!hit.contains(t.getKey())) {
                        int p = t.getKey();
                        show.println("  missed " + file.getFileName() + ": " + CheckCommand.oneLine(s.substring(Math.max(0, p - 6), p))
                                + "[" + s.charAt(p) + "→" + t.getValue() + "]" + CheckCommand.oneLine(s.substring(p + 1, Math.min(s.length(), p + 6))));
                    }
                }
            }
        }

        void row(PrintWriter out, String name) {
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", name, truths, flags, tp,
                    flags == 0 ? 1.0 : (double) tp / flags, truths == 0 ? 0 : (double) tp / truths,
                    tp == 0 ? 0 : (double) right / tp);
        }
    }

    /**
     * The OCR's one-for-one misreadings of Han characters, at their offsets in {@code read}: the two texts are
     * aligned without white space (java-diff-utils, Myers); a replaced run of equal length on both sides
     * counts character by character, a Han character read as another Han character being one error.
     */
    static Map<Integer, Character> misreadings(String gold, String read) {
        List<Character> g = new ArrayList<>();
        for (char c : gold.toCharArray()) {
            if (!Character.isWhitespace(c)) {
                g.add(c);
            }
        }
        List<Character> r = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < read.length(); i++) {
            if (!Character.isWhitespace(read.charAt(i))) {
                r.add(read.charAt(i));
                at.add(i);
            }
        }
        Map<Integer, Character> truth = new HashMap<>();
        for (com.github.difflib.patch.AbstractDelta<Character> d : com.github.difflib.DiffUtils.diff(g, r).getDeltas()) {
            List<Character> src = d.getSource().getLines();
            List<Character> tgt = d.getTarget().getLines();
            if (d.getType() != com.github.difflib.patch.DeltaType.CHANGE || src.size() != tgt.size()) {
                continue;
            }
            for (int k = 0; k < src.size(); k++) {
                char want = src.get(k);
                char got = tgt.get(k);
                if (want != got && com.jiaodui.text.Chars.isHan(want) && com.jiaodui.text.Chars.isHan(got)) {
                    truth.put(at.get(d.getTarget().getPosition() + k), want);
                }
            }
        }
        return truth;
    }

    private static List<Flag> suspects(Analyzer analyzer, String text) {
        return suspects(analyzer, text, Format.TEXT);
    }

    private static List<Flag> suspects(Analyzer analyzer, String text, Format format) {
        List<Flag> out = new ArrayList<>();
        for (Flag f : analyzer.analyze(text, format).flags()) {
            if (f.kind() == FlagKind.SUSPECT_CHAR) {
                out.add(f);
            }
        }
        return out;
    }

    private static String context(String s, Flag f) {
        return CheckCommand.oneLine(s.substring(Math.max(0, f.start() - 6), f.start())) + "[" + s.substring(f.start(), f.end())
                + "→" + f.replacement() + "]" + CheckCommand.oneLine(s.substring(f.end(), Math.min(s.length(), f.end() + 6)));
    }

    private static Map<Path, String> read(Path dir) throws IOException {
        Map<Path, String> texts = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return texts;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.put(p, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
