package com.jiaodui.text;

import com.jiaodui.text.lm.CharContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code learned-fix}: the same confusion an editor already corrected, in the same kind of context, with the
 * editor's replacement (INFO: shown, accepted one by one in the review; never applied by {@code clean}).
 *
 * <p>"Same kind of context" is one of, as recorded with the correction (up to two characters each side):
 * <ul>
 * <li>the same two characters just before it, or the same two just after it, or the same one on each side
 * (赵钢昌 → 赵锡昌 learnt flags 赵钢昌 again, not 钢铁);</li>
 * <li>the same word: the replacement makes a dictionary word with the neighbour(s) it had (已经) while the
 * wrong form does not (己经), and that neighbour is there again (己 corrected in 他己经走 flags 我们己经完成,
 * not 自己 or 他己任);</li>
 * <li>a replacement of two or more characters that is a word where the wrong form is none.</li>
 * </ul>
 * One neighbour on one side is not enough on its own: 风采 → 风貌 learnt in 精神风采 must not flag 风采 in
 * every other sentence. A scan is one bit test per character of the page (a bit set of the first characters
 * of the wrong forms); the rules are worked out once, on first use, with the engine's word statistics
 * ({@link CharContext#standard()}).
 */
public final class LearnedFixDetector implements Detector {
    /** Characters of context compared on each side at most. */
    static final int CONTEXT = 2;

    private final List<LearnedFix> fixes;
    private volatile Rules rules;

    public LearnedFixDetector(List<LearnedFix> fixes) {
        this.fixes = List.copyOf(fixes);
    }

    /** One way a fix may match: its wrong form, with {@code left} ending just before and {@code right} starting just after. */
    private record Rule(LearnedFix fix, String left, String right) {}

    /** The rules by first character of the wrong form, and a bit set of those characters. */
    private record Rules(long[] firsts, Map<Character, Rule[]> byFirst) {}

    @Override
    public boolean infoOnly() {
        return true;
    }

    private Rules rules() {
        Rules r = rules;
        if (r == null) {
            synchronized (this) {
                r = rules;
                if (r == null) {
                    r = build(fixes, CharContext.standard());
                    rules = r;
                }
            }
        }
        return r;
    }

    private static Rules build(List<LearnedFix> fixes, CharContext words) {
        Map<Character, List<Rule>> by = new HashMap<>();
        long[] firsts = new long[1024];
        for (LearnedFix f : fixes) {
            List<Rule> rs = rulesOf(f, words);
            if (rs.isEmpty()) {
                continue;
            }
            char c = f.from().charAt(0);
            firsts[c >>> 6] |= 1L << c;
            by.computeIfAbsent(c, k -> new ArrayList<>()).addAll(rs);
        }
        Map<Character, Rule[]> out = new HashMap<>();
        by.forEach((c, l) -> out.put(c, l.toArray(new Rule[0])));
        return new Rules(firsts, out);
    }

    /** The contexts in which {@code f} applies again (see the class comment). */
    static List<Rule> rulesOf(LearnedFix f, CharContext words) {
        String from = f.from();
        String to = f.to();
        String l = f.left().length() > CONTEXT ? f.left().substring(f.left().length() - CONTEXT) : f.left();
        String r = f.right().length() > CONTEXT ? f.right().substring(0, CONTEXT) : f.right();
        List<Rule> out = new ArrayList<>();
        if (to.length() >= 2 && known(words, to) && !known(words, from)) {
            out.add(new Rule(f, "", ""));
            return out;
        }
        if (l.length() == CONTEXT) {
            out.add(new Rule(f, l, ""));
        }
        if (r.length() == CONTEXT) {
            out.add(new Rule(f, "", r));
        }
        if (!l.isEmpty() && !r.isEmpty()) {
            out.add(new Rule(f, l.substring(l.length() - 1), r.substring(0, 1)));
        }
        for (int k = 1; k <= l.length(); k++) {
            String ctx = l.substring(l.length() - k);
            if (known(words, ctx + to) && !known(words, ctx + from)) {
                out.add(new Rule(f, ctx, ""));
                break;
            }
        }
        for (int k = 1; k <= r.length(); k++) {
            String ctx = r.substring(0, k);
            if (known(words, to + ctx) && !known(words, from + ctx)) {
                out.add(new Rule(f, "", ctx));
                break;
            }
        }
        return out;
    }

    private static boolean known(CharContext words, String w) {
        char[] cs = w.toCharArray();
        return words.known(cs, 0, cs.length);
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        if (fixes.isEmpty()) {
            return;
        }
        Rules rs = rules();
        long[] firsts = rs.firsts();
        for (Block block : page.blocks()) {
            MappedText t = block.text();
            String s = t.text();
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if ((firsts[c >>> 6] & 1L << c) == 0) {
                    continue;
                }
                for (Rule rule : rs.byFirst().get(c)) {
                    LearnedFix f = rule.fix();
                    String from = f.from();
                    int end = i + from.length();
                    if (!s.startsWith(from, i) || !s.startsWith(rule.left(), i - rule.left().length())
                            || !s.startsWith(rule.right(), end)) {
                        continue;
                    }
                    int[] raw = t.toRaw(i, end);
                    if (raw[1] <= raw[0]) {
                        continue;
                    }
                    String variant = (f.by().isEmpty() ? "" : ".by") + (f.when().isEmpty() ? "" : ".on");
                    out.add(new Flag(FlagKind.LEARNED_FIX, raw[0], raw[1],
                            Msg.of("flag.learned-fix" + variant, from, f.to(), f.by(), f.when()),
                            f.to(), Severity.INFO));
                    i = end - 1; // one flag for a span
                    break;
                }
            }
        }
    }
}
