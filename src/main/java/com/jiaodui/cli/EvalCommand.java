package com.jiaodui.cli;

import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Evaluation;
import com.jiaodui.text.PageDamager;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval CORPUS [--samples DIR]}: the engine's accuracy on real published text and on pages damaged
 * from it (text.Evaluation, text.PageDamager); a Markdown table. Not part of the build: run it yourself.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the engine: false flags and clean's changes on published articles (CORPUS,",
                "folders of correctly paragraphed .txt articles; a folder named 'traditional' holds",
                "traditional-script ones), recall and clean's character error rate on pages damaged from",
                "them (--seeds per article, every third hard-wrapped), and flag counts on --samples."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", arity = "1", description = "Folder of published articles (.txt, walked recursively).", descriptionKey = "param.corpus")
    Path corpus;

    @Option(names = "--seeds", defaultValue = "6", description = "Damaged pages per article (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--samples", description = "Folder of sample pages to count flags on (e.g. ../shared/samples).")
    Path samples;

    @Option(names = {"-v", "--verbose"}, description = "List every false flag and every missed defect.")
    boolean verbose;

    @Option(names = "--dump", description = "Also write every damaged page (NAME.damaged.txt) and the text clean should give (NAME.expected.txt) here.")
    Path dump;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            err.println(corpus + ": not a folder of articles");
            return Cli.EXIT_USAGE;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        Analyzer analyzer = new Analyzer();
        Evaluation eval = new Evaluation(analyzer);
        Evaluation.Published pub = new Evaluation.Published();
        Evaluation.DamagedResult dam = new Evaluation.DamagedResult();
        List<String> texts = new ArrayList<>();
        List<String> foreignSimplified = new ArrayList<>();
        List<String> foreignTraditional = new ArrayList<>();
        for (Path f : files) {
            String t = Files.readString(f, StandardCharsets.UTF_8);
            texts.add(t);
            for (String p : t.split("\n\\s*\n")) {
                if (p.strip().length() >= 30 && p.strip().endsWith("。")) {
                    (isTraditional(f) ? foreignTraditional : foreignSimplified).add(p.strip() + "\u0000" + f);
                }
            }
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            eval.published(corpus.relativize(files.get(i)).toString(), texts.get(i), pub);
        }
        // a page of two articles, as a newspaper prints them: each article and the next of the same script
        Evaluation.Published pairs = new Evaluation.Published();
        for (int i = 0; i < files.size(); i++) {
            boolean trad = isTraditional(files.get(i));
            for (int k = 1; k < files.size(); k++) {
                int j = (i + k) % files.size();
                if (isTraditional(files.get(j)) == trad) {
                    eval.published(corpus.relativize(files.get(i)) + " + " + corpus.relativize(files.get(j)),
                            texts.get(i).strip() + "\n\n" + texts.get(j).strip() + "\n", pairs);
                    break;
                }
            }
        }
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            boolean trad = isTraditional(f);
            List<String> foreign = new ArrayList<>();
            for (String p : trad ? foreignTraditional : foreignSimplified) {
                int z = p.indexOf('\u0000');
                if (!p.substring(z + 1).equals(f.toString())) {
                    foreign.add(p.substring(0, z));
                }
            }
            for (int seed = 1; seed <= seeds; seed++) {
                PageDamager.Damaged d = PageDamager.damage(texts.get(i), foreign, seed * 7919L + i, !trad, seed % 3 == 0);
                eval.damaged(corpus.relativize(f) + "#" + seed + (d.hardWrapped() ? "w" : ""), d, dam);
                if (dump != null) {
                    Files.createDirectories(dump);
                    String base = f.getFileName().toString().replace(".txt", "") + "-" + seed;
                    Files.writeString(dump.resolve(base + ".damaged.txt"), d.raw(), StandardCharsets.UTF_8);
                    Files.writeString(dump.resolve(base + ".expected.txt"), d.expected(), StandardCharsets.UTF_8);
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.println("## Published text (" + corpus + "): " + pub.articles + " articles, " + pub.chars + " characters");
        out.println();
        out.println("| measure | value | must hold |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| false broken joins per article | %.2f (%d) | ≤ 0.3 |%n", (double) pub.falseJoins / pub.articles, pub.falseJoins);
        out.printf(Locale.ROOT, "| most false broken joins on one article | %d %s | ≤ 1 |%n", pub.maxFalseJoins, pub.worst);
        out.printf(Locale.ROOT, "| false broken joins per 10,000 characters | %.2f | |%n", pub.falseJoins * 10000.0 / pub.chars);
        out.printf(Locale.ROOT, "| false duplicate flags (applied) | %d | 0 |%n", pub.falseDuplicates);
        out.printf(Locale.ROOT, "| duplicate flags as info (deliberate repeats) | %d | |%n", pub.infoDuplicates);
        out.printf(Locale.ROOT, "| articles clean leaves unchanged | %.1f%% (%d/%d) | ≥ 95%% |%n", 100.0 * pub.unchanged / pub.articles, pub.unchanged, pub.articles);
        out.printf(Locale.ROOT, "| characters clean changes | %.3f%% | ≤ 0.05%% |%n", 100.0 * pub.changedChars / pub.chars);
        out.println("| flags by kind | " + pub.flagsByKind + " | |");
        out.println();
        out.println("### Published pages of two articles: " + pairs.articles + " (each article and the next of its script, one blank line between)");
        out.println();
        out.println("| measure | value | must hold |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| false broken joins per page | %.2f (%d; most on one page %d) | ≤ 0.3 |%n", (double) pairs.falseJoins / Math.max(1, pairs.articles), pairs.falseJoins, pairs.maxFalseJoins);
        out.printf(Locale.ROOT, "| false duplicate flags (applied) | %d | 0 |%n", pairs.falseDuplicates);
        out.printf(Locale.ROOT, "| pages clean leaves unchanged | %.1f%% (%d/%d) | ≥ 95%% |%n", 100.0 * pairs.unchanged / Math.max(1, pairs.articles), pairs.unchanged, pairs.articles);
        out.printf(Locale.ROOT, "| characters clean changes | %.3f%% | ≤ 0.05%% |%n", 100.0 * pairs.changedChars / Math.max(1, pairs.chars));
        out.println();
        out.println("## Damaged pages: " + dam.pages + " (" + seeds + " per article, every third hard-wrapped), " + dam.chars + " characters");
        out.println();
        out.println("| defect | found / made | recall |");
        out.println("|---|---|---|");
        int[] breaks = new int[2];
        int[] dups = new int[2];
        for (Map.Entry<PageDamager.Defect, int[]> e : dam.found.entrySet()) {
            int[] c = e.getValue();
            out.printf(Locale.ROOT, "| %s | %d / %d | %.3f |%n", e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'), c[0], c[1], c[1] == 0 ? 1.0 : (double) c[0] / c[1]);
            int[] sum = e.getKey().isBreak() ? breaks : e.getKey().isDuplicate() ? dups : null;
            if (sum != null) {
                sum[0] += c[0];
                sum[1] += c[1];
            }
        }
        out.printf(Locale.ROOT, "| **all broken joins** | %d / %d | %.3f (≥ 0.98) |%n", breaks[0], breaks[1], breaks[1] == 0 ? 1.0 : (double) breaks[0] / breaks[1]);
        out.printf(Locale.ROOT, "| **all duplicates** | %d / %d | %.3f (≥ 0.98) |%n", dups[0], dups[1], dups[1] == 0 ? 1.0 : (double) dups[0] / dups[1]);
        out.println();
        out.println("| measure | value | must hold |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| false broken joins per page | %.2f (%d; most on one page %d) | ≤ 0.5 |%n", (double) dam.falseJoins / dam.pages, dam.falseJoins, dam.maxFalseJoins);
        out.printf(Locale.ROOT, "| joins of wrapped lines of one paragraph the reader split (right, not counted above) | %d | |%n", dam.lineJoins);
        out.printf(Locale.ROOT, "| false duplicate flags | %d | |%n", dam.falseDuplicates);
        out.printf(Locale.ROOT, "| false traditional-char flags | %d | |%n", dam.falseTraditional);
        out.printf(Locale.ROOT, "| pages where clean run again changes the text | %d | 0 |%n", dam.notIdempotent);
        out.printf(Locale.ROOT, "| pages where accepting clean's flags in the review misses clean's text | %d | 0 |%n", dam.reviewDiffers);
        out.printf(Locale.ROOT, "| clean's character error rate vs. the undamaged page | %.3f%% overall, %.3f%% mean, %.3f%% worst (%s) | ≤ 0.3%% |%n",
                100.0 * dam.errors / Math.max(1, dam.expectedChars), 100.0 * dam.cerSum / Math.max(1, dam.pages), 100.0 * dam.cerMax, dam.cerWorst);
        out.println();
        if (samples != null) {
            out.println("## Samples (" + samples + "): flags by kind");
            out.println();
            out.println("| page | flags |");
            out.println("|---|---|");
            try (Stream<Path> s = Files.list(samples)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                        .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList()) {
                    String raw = Files.readString(p, StandardCharsets.UTF_8);
                    Map<String, Integer> k = new java.util.TreeMap<>();
                    analyzer.analyze(raw, p.toString().endsWith(".md") ? com.jiaodui.text.Format.MARKDOWN : com.jiaodui.text.Format.TEXT)
                            .flags().forEach(f -> k.merge(f.kind().id(), 1, Integer::sum));
                    out.println("| " + p.getFileName() + " | " + k + " |");
                }
            }
            out.println();
        }
        out.printf(Locale.ROOT, "(%.1f s)%n", secs);
        if (verbose) {
            out.println();
            out.println("### False flags on published text");
            pub.falseFlags.forEach(s -> out.println("- " + s));
            out.println();
            out.println("### False flags on published pages of two articles");
            pairs.falseFlags.forEach(s -> out.println("- " + s));
            out.println();
            out.println("### Missed defects and false flags on damaged pages");
            dam.misses.forEach(s -> out.println("- " + s));
        }
        out.flush();
        return 0;
    }

    private static boolean isTraditional(Path f) {
        for (Path p : f) {
            if (p.toString().equals("traditional")) {
                return true;
            }
        }
        return false;
    }
}
