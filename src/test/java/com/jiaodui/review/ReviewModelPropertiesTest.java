package com.jiaodui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Article;
import com.jiaodui.text.Format;
import com.jiaodui.text.MappedText;
import com.jiaodui.text.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The review model's promises, checked on generated pages, on every sample page and (when the folder is there, as
 * in CI at ../shared/corpus) on every page of the corpus of published articles:
 * <ul>
 *   <li>accepting every flag of the kinds {@code clean} applies gives {@code clean}'s text;</li>
 *   <li>rejecting every flag gives the reflowed page with no fix: every non-space character of the page, in order;</li>
 *   <li>any set of decisions taken in two random orders gives the same text;</li>
 *   <li>accepting then rejecting a flag (or the other way round) gives back the text before;</li>
 *   <li>text outside every decided flag is unchanged (checked by raw origin: every character that differs came
 *       from inside a decided flag's raw span);</li>
 *   <li>no run of 10 characters of the page occurs more often in the result than in the page and the accepted
 *       replacements together (nothing is duplicated).</li>
 * </ul>
 */
class ReviewModelPropertiesTest {
    private static final Analyzer ANALYZER = new Analyzer();

    static final List<String> TOKENS = List.of(
            "的", "一", "是", "在", "不", "了", "有", "和", "人", "这", "中", "大", "为", "上", "国", "我", "以", "要",
            "时", "来", "们", "生", "到", "作", "地", "于", "出", "就", "分", "对", "成", "会", "可", "主", "发", "年",
            "市", "县", "疫", "情", "防", "控", "工", "议", "强", "调", "经", "济", "展", "各", "级", "部", "门",
            "，", "，", "。", "。", "、", "：", "“", "”", "（", "）", "！",
            ",", ".", "(", ")", ":", "?", " ", " ", "\u3000", "\n", "\n", "\n\n", "\n\n",
            "1", "2", "9", "2021", "APP", "\uFFFD", "\uFFFD\uFFFD", "級", "會", "國",
            "③9", "（下转02版）", "本报讯（记者 李 丹 王建军）", "□记者 乔小纳", "新华社发 王鹏 作",
            "各级部门要强调防控工作。", "各级部门要强调防控工作。", "市县疫情防控");

    // ---------------------------------------------------------------- the pages

    static Stream<Path> pagesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted()
                    .forEach(out::add);
        }
        return out.stream();
    }

    static Path shared(String name) {
        for (Path p : List.of(Path.of("..", "shared", name), Path.of("/work/shared", name))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("..", "shared", name);
    }

    @Test
    void everySamplePage() throws Exception {
        List<Path> pages = pagesIn(Path.of("assets", "samples")).toList();
        assertTrue(pages.size() >= 4, "the sample pages");
        for (Path p : pages) {
            checkPage(p.toString(), ANALYZER.analyze(TextDecoder.read(p)), new Random(p.hashCode()));
        }
    }

    @Test
    void everyCorpusPage() throws Exception {
        Path dir = shared("corpus");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no corpus folder at " + dir);
        List<Path> pages = pagesIn(dir).toList();
        assertTrue(!pages.isEmpty());
        for (Path p : pages) {
            checkPage(p.toString(), ANALYZER.analyze(TextDecoder.read(p)), new Random(p.hashCode()));
        }
    }

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.of(TOKENS).list().ofMinSize(20).ofMaxSize(250).map(l -> String.join("", l));
    }

    @Property(tries = 100, seed = "20261201")
    void generatedPages(@ForAll("pages") String page, @ForAll long seed) {
        checkPage(page, ANALYZER.analyze(page, Format.TEXT), new Random(seed));
    }

    // ---------------------------------------------------------------- the properties

    static void checkPage(String name, Analysis an, Random rnd) {
        // the page: accept-all of clean's kinds is clean; reject-all is the reflowed page
        String accepted = Fixes.pageText(an.page(), Fixes.ofKinds(an.flags(), Fixes.CLEAN_KINDS)).text();
        assertEquals(an.cleaned().text(), accepted, name + ": accepting every flag clean applies gives clean's text");
        String none = Fixes.pageText(an.page(), List.of()).text();
        assertEquals(nonSpace(an.raw()), nonSpace(none), name + ": rejecting every flag keeps every character");
        for (Article a : an.articles()) {
            checkArticle(name + " #" + a.index(), an, a, rnd);
        }
    }

    static void checkArticle(String name, Analysis an, Article a, Random rnd) {
        List<ReviewFlag> placed = Fixes.place(an, a);
        String base = a.text().text();
        // accept every flag of clean's kinds: nothing changes (they are in already)
        Buf all = new Buf(base);
        ReviewSession s = all.session(an, a, placed);
        for (ReviewFlag f : s.openFlags()) {
            ReviewFlag c = current(s, f);
            if (c != null && Fixes.CLEAN_KINDS.contains(f.kind())) {
                s.accept(c);
            }
        }
        assertEquals(base, all.text(), name + ": accepting what clean applied changes nothing");

        // a random decision set, in two orders
        List<Integer> chosen = new ArrayList<>();
        Map<Integer, Boolean> verdict = new HashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            if (rnd.nextInt(3) > 0) {
                chosen.add(i);
                verdict.put(i, rnd.nextBoolean());
            }
        }
        String one = decideAll(an, a, placed, chosen, verdict, rnd);
        String two = decideAll(an, a, placed, chosen, verdict, rnd);
        assertEquals(one, two, name + ": the order of decisions does not matter");

        // reject everything: every character of the article's raw blocks, nothing else
        Map<Integer, Boolean> rejectAll = new HashMap<>();
        List<Integer> every = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            every.add(i);
            rejectAll.put(i, false);
        }
        String rejected = decideAll(an, a, placed, every, rejectAll, rnd);
        checkRuns(name, an, rejected, placed, List.of());

        // accept then reject (reject then accept for applied fixes): the text before
        for (int i = 0; i < placed.size(); i++) {
            Buf b = new Buf(base);
            ReviewSession t = b.session(an, a, placed);
            ReviewFlag f = current(t, placed.get(i));
            if (f.applied()) {
                t.reject(f);
                t.accept(current(t, f));
            } else {
                t.accept(f);
                t.reject(current(t, f));
            }
            assertEquals(base, b.text(), name + ": deciding twice gives back the text: " + f);
        }

        // outside the decided flags nothing changes; nothing is duplicated
        Buf b = new Buf(base);
        ReviewSession t = b.session(an, a, placed);
        List<ReviewFlag> decided = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        for (int i : chosen) {
            ReviewFlag f = current(t, placed.get(i));
            if (f == null) {
                continue;
            }
            decided.add(f);
            if (verdict.get(i)) {
                f.pieces().forEach(p -> replacements.add(p.accepted()));
                t.accept(f);
            } else {
                t.reject(f);
            }
        }
        assertEquals(one, b.text());
        MappedText result = mapped(a.text(), t.link(), b.text());
        for (Fixes.Delta d : Fixes.diff(a.text(), result)) {
            // every character that changed came from inside a decided flag (adjacent flags' changes merge)
            boolean inside = covered(a.text(), d.aStart(), d.aEnd(), decided)
                    && inDecidedPieces(t, result, d.bStart(), d.bEnd(), decided);
            assertTrue(inside, name + ": a change outside every decided flag at " + d + ": \""
                    + base.substring(d.aStart(), d.aEnd()) + "\"");
        }
        checkRuns(name, an, b.text(), placed, replacements);
    }

    /** The result as a mapped text: characters kept from the engine's article keep their raw origin, typed ones none. */
    private static MappedText mapped(MappedText origin, OffsetLink link, String text) {
        MappedText.Builder m = MappedText.builder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (link.typed(i)) {
                int o = link.originIndex(i);
                // put where it was typed: at the raw end of the original character before it
                int p = o > 0 ? origin.rawEnd(Math.min(o, origin.length()) - 1) : origin.length() > 0 ? origin.rawStart(0) : 0;
                // decided text: where it was put; it is compared by value and place, like the engine's insertions
                m.append(text.charAt(i), p, p);
            } else {
                int o = link.originIndex(i);
                m.append(text.charAt(i), origin.rawStart(o), origin.rawEnd(o));
            }
        }
        return m.build();
    }

    /** Characters of the result: kept ones from inside a decided flag, decided (inserted) ones inside its pieces. */
    private static boolean inDecidedPieces(ReviewSession t, MappedText result, int from, int to, List<ReviewFlag> decided) {
        for (int i = from; i < to; i++) {
            if (!t.link().typed(i)) {
                if (!covered(result, i, i + 1, decided)) {
                    return false;
                }
                continue;
            }
            boolean in = false;
            for (ReviewFlag f : t.flags()) {
                if (!f.open()) {
                    for (ReviewFlag.Piece p : f.pieces()) {
                        in |= p.start() <= i && i < p.end();
                    }
                }
            }
            if (!in) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(MappedText t, int from, int to, List<ReviewFlag> decided) {
        for (int i = from; i < to; i++) {
            boolean in = false;
            for (ReviewFlag f : decided) {
                // decided text is placed at the raw end of the character before it: a point, one off at a flag's edge
                int slack = t.rawStart(i) == t.rawEnd(i) ? 1 : 0;
                in |= f.rawStart() - slack <= t.rawStart(i) && t.rawEnd(i) <= f.rawEnd() + slack;
            }
            if (!in) {
                return false;
            }
        }
        return true;
    }

    private static int[] rawHull(MappedText t, int from, int to) {
        if (to <= from) {
            int p = from < t.length() ? t.rawStart(from) : t.length() > 0 ? t.rawEnd(t.length() - 1) : 0;
            return new int[] {p, p};
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = from; i < to; i++) {
            lo = Math.min(lo, t.rawStart(i));
            hi = Math.max(hi, t.rawEnd(i));
        }
        return new int[] {lo, hi};
    }

    /** No 10-character run of the page (spaces left out) occurs more often in the result than in page + replacements. */
    private static void checkRuns(String name, Analysis an, String result, List<ReviewFlag> placed, List<String> replacements) {
        String page = nonSpace(an.raw());
        String res = nonSpace(result);
        StringBuilder extra = new StringBuilder();
        for (String r : replacements) {
            extra.append(nonSpace(r)).append('\u0000');
        }
        // the page as printed and the page with every in-line replacement made (級 → 级 may make a run the
        // page already has once more: that is a fix, not a copy)
        Map<String, Integer> inPage = count(page);
        count(nonSpace(inlineFixed(an))).forEach((k, v) -> inPage.merge(k, v, Math::max));
        Map<String, Integer> inExtra = count(extra.toString());
        Map<String, Integer> inResult = count(res);
        for (Map.Entry<String, Integer> e : inResult.entrySet()) {
            Integer p = inPage.get(e.getKey());
            if (p == null) {
                continue; // a run made by a join or a fix, not a copy of the page
            }
            int allowed = p + inExtra.getOrDefault(e.getKey(), 0);
            assertTrue(e.getValue() <= allowed, name + ": \"" + e.getKey() + "\" occurs " + e.getValue()
                    + " times, the page has it " + allowed);
        }
    }

    private static String inlineFixed(Analysis an) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        String raw = an.raw();
        for (com.jiaodui.text.Flag f : an.flags()) {
            if (f.hasFix() && f.start() >= pos && f.end() - f.start() <= 4 && !f.replacement().contains("\n")) {
                b.append(raw, pos, f.start()).append(f.replacement());
                pos = f.end();
            }
        }
        return b.append(raw.substring(pos)).toString();
    }

    private static Map<String, Integer> count(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 10 <= s.length(); i++) {
            String run = s.substring(i, i + 10);
            // runs of one or two characters repeated ("的的的…") overlap themselves: removing a character
            // between two of them makes one more without copying anything; they say nothing about duplication
            if (run.chars().distinct().count() >= 3) {
                m.merge(run, 1, Integer::sum);
            }
        }
        return m;
    }

    private static String decideAll(Analysis an, Article a, List<ReviewFlag> placed, List<Integer> which,
                                    Map<Integer, Boolean> verdict, Random rnd) {
        Buf b = new Buf(a.text().text());
        ReviewSession s = b.session(an, a, placed);
        List<Integer> order = new ArrayList<>(which);
        Collections.shuffle(order, rnd);
        for (int i : order) {
            ReviewFlag f = current(s, placed.get(i));
            if (f == null) {
                continue; // a flag whose decision changes nothing, overwritten by another's piece
            }
            if (verdict.get(i)) {
                s.accept(f);
            } else {
                s.reject(f);
            }
        }
        return b.text();
    }

    /** The session's current version of a placed flag (same kind and raw span; positions move with decisions). */
    static ReviewFlag current(ReviewSession s, ReviewFlag placed) {
        int i = indexOf(s, placed);
        if (i < 0 && placed.changesText()) {
            throw new AssertionError("a flag whose decision changes text was lost: " + placed);
        }
        return i < 0 ? null : s.flags().get(i);
    }

    static int indexOf(ReviewSession s, ReviewFlag placed) {
        List<ReviewFlag> fl = s.flags();
        for (int i = 0; i < fl.size(); i++) {
            ReviewFlag f = fl.get(i);
            if (f.kind() == placed.kind() && f.rawStart() == placed.rawStart() && f.rawEnd() == placed.rawEnd()
                    && f.message().equals(placed.message())) {
                return i;
            }
        }
        return -1;
    }

    static String nonSpace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '#') {
                b.append(c);
            }
        }
        return b.toString();
    }

    static final class Buf implements ReviewSession.TextBuffer {
        final StringBuilder sb;

        Buf(String s) {
            sb = new StringBuilder(s);
        }

        ReviewSession session(Analysis an, Article a, List<ReviewFlag> placed) {
            return new ReviewSession(an.raw(), a, placed, null, List.of(), this, System::nanoTime);
        }

        @Override
        public String text() {
            return sb.toString();
        }

        @Override
        public void replace(int start, int end, String text) {
            sb.replace(start, end, text);
        }
    }
}
