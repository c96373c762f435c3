package com.jiaodui.bench;

import com.jiaodui.compare.Comparer;
import com.jiaodui.compare.Comparison;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two 10,000-character versions of a page built from the sample pages: B has 40 OCR-style edits (character
 * confusions, inserted and dropped words) and one paragraph moved about 6,000 characters away. {@code edited}: A
 * and B laid out alike; {@code rawVsClean}: A also hard-wrapped at 18 characters with spaces around numbers, as
 * a PDF text layer. The engine (read, normalise, align, diff, group) against diff-match-patch
 * ({@code diffMain} + {@code diffCleanupSemantic}) on the same pair. Sample time: read the p0.50 line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CompareBench {
    static final int SIZE = 10_000;
    static final String CONFUSABLE = "人入已己未末士土日曰大太千干天夭问间准淮";

    @Param({"edited", "rawVsClean"})
    public String pair;

    String a;
    String b;
    final Comparer comparer = new Comparer();

    @Setup
    public void setUp() {
        String[] made = make(pair.equals("rawVsClean"));
        a = made[0];
        b = made[1];
    }

    /** {A, B}, each about 10,000 characters. */
    public static String[] make(boolean wrapA) {
        List<String> paras = new ArrayList<>();
        for (String name : List.of("page-a.clean.txt", "page-b.md", "page-c.raw.txt")) {
            for (String line : read("/samples/" + name).split("\n")) {
                String l = line.strip();
                if (l.length() > 10) {
                    paras.add(l.replace("## ", ""));
                }
            }
        }
        List<String> a = new ArrayList<>();
        int len = 0;
        for (String p : paras) {
            if (len >= SIZE) {
                break;
            }
            String q = len + p.length() > SIZE ? p.substring(0, SIZE - len) : p;
            a.add(q);
            len += q.length();
        }
        Random r = new Random(42);
        List<String> b = new ArrayList<>(a);
        for (int e = 0; e < 40; e++) {
            int k = r.nextInt(b.size());
            String p = b.get(k);
            if (p.length() < 4) {
                continue;
            }
            int at = r.nextInt(p.length() - 2);
            String edited = switch (e % 3) {
                case 0 -> p.substring(0, at) + CONFUSABLE.charAt(r.nextInt(CONFUSABLE.length())) + p.substring(at + 1);
                case 1 -> p.substring(0, at) + "周口市" + p.substring(at);
                default -> p.substring(0, at) + p.substring(at + 2);
            };
            b.set(k, edited);
        }
        // move a long paragraph from the first quarter to the last quarter
        int from = 0;
        for (int i = 1; i < b.size() / 4; i++) {
            if (b.get(i).length() > b.get(from).length()) {
                from = i;
            }
        }
        String moved = b.remove(from);
        b.add(b.size() * 9 / 10, moved);
        String rawA = wrapA ? wrap(a) : String.join("\n\n", a) + "\n";
        return new String[] {rawA, String.join("\n\n", b) + "\n"};
    }

    static String wrap(List<String> paras) {
        StringBuilder sb = new StringBuilder();
        for (String p : paras) {
            int col = 0;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                boolean prevDigit = i > 0 && p.charAt(i - 1) >= '0' && p.charAt(i - 1) <= '9';
                if (digit && !prevDigit && i > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                col++;
                if (col >= 18 && c >= 128 && i + 1 < p.length() && p.charAt(i + 1) >= 128) {
                    sb.append('\n');
                    col = 0;
                }
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    static String read(String resource) {
        try (InputStream in = CompareBench.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public Comparison jiaoduiCompare() {
        return comparer.compare(a, b);
    }

    @Benchmark
    public LinkedList<DiffMatchPatch.Diff> diffMatchPatch() {
        DiffMatchPatch dmp = new DiffMatchPatch();
        LinkedList<DiffMatchPatch.Diff> diffs = dmp.diffMain(a, b);
        dmp.diffCleanupSemantic(diffs);
        return diffs;
    }

    /** Prints the pair's sizes and what each side finds. */
    public static void main(String[] args) {
        for (boolean wrap : new boolean[] {false, true}) {
            String[] p = make(wrap);
            Comparison c = new Comparer().compare(p[0], p[1]);
            long moves = c.differences().stream().filter(d -> d.isMove()).count();
            DiffMatchPatch dmp = new DiffMatchPatch();
            LinkedList<DiffMatchPatch.Diff> diffs = dmp.diffMain(p[0], p[1]);
            dmp.diffCleanupSemantic(diffs);
            long dmpEdits = diffs.stream().filter(d -> d.operation != DiffMatchPatch.Operation.EQUAL).count();
            System.out.println((wrap ? "rawVsClean" : "edited") + ": A " + p[0].length() + " chars, B " + p[1].length()
                    + " chars; jiaodui " + c.differences().size() + " differences (" + moves + " move); dmp "
                    + dmpEdits + " edits");
            System.out.println(Arrays.toString(new int[] {p[0].length(), p[1].length()}));
        }
    }
}
