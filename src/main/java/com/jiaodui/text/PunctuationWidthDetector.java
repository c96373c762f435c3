package com.jiaodui.text;

import java.util.List;

/**
 * {@code punctuation-width}: half-width , ; : ? ! ( ) in Chinese text ("本报讯(记者 高洪驰)1月21日,市委…").
 *
 * <p>A mark is in Chinese text when the nearest non-space character on either side is Han or full-width
 * punctuation (spaces, garbled characters and other half-width marks are looked through, so the decision
 * is the same on the cleaned text); a bracket pair when its content holds Chinese. Never touched: digits on both sides (1,000 · 17:34 · 3:1), a mark inside a URL or e-mail
 * address, Latin text ("COVID-19, SARS"), brackets around Latin or digits only ("(1)"), Markdown
 * ({@code ![alt]}, {@code [text](url)}). Decimals (28.24万) and ranges (0-24时) use marks this detector
 * does not look at.
 *
 * <p>Fixes: , ; : ? ! in a Chinese sentence always become full-width. Brackets follow the {@link HouseStyle}
 * (default: the page's own consistent style, else full-width); on a half-width-bracket page a stray
 * full-width bracket is flagged the other way. One WARNING flag per mark.
 */
public final class PunctuationWidthDetector implements Detector {
    private static final String HALF = ",;:?!()";
    private static final String FULL = "，；：？！（）";

    private final HouseStyle style;

    public PunctuationWidthDetector() {
        this(HouseStyle.FOLLOW_PAGE);
    }

    public PunctuationWidthDetector(HouseStyle style) {
        this.style = style;
    }

    @Override
    public boolean inline() {
        return true;
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        List<Block> blocks = page.blocks();
        // counts: half sentence marks, full sentence marks, half brackets, full brackets (in Chinese text)
        int[] counts = new int[4];
        // per block: 1 where a mark stands in Chinese text, computed once
        byte[][] chinese = new byte[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) {
            chinese[b] = scanBlock(blocks, b, counts);
        }
        boolean halfStyle = style.halfWidthBrackets(counts[2], counts[3], counts[0], counts[1]);
        for (int b = 0; b < blocks.size(); b++) {
            if (chinese[b] != null) {
                flagBlock(blocks.get(b).text(), chinese[b], halfStyle, out);
            }
        }
    }

    /** Marks the punctuation of one block that stands in Chinese text and counts the page's widths. */
    private static byte[] scanBlock(List<Block> blocks, int b, int[] counts) {
        String s = blocks.get(b).string();
        byte[] ctx = null;
        int[] partner = null;
        char before = DetectorChars.contextBefore(blocks, b);
        char after = DetectorChars.contextAfter(blocks, b);
        // a jump marker ("（上接第一版）") is page furniture set by the layout: its brackets follow the page's
        // style but do not make it
        int marker = JumpMarkers.openingMarkerEnd(s);
        int[] uncounted = marker > 0 ? new int[4] : counts;
        for (int i = 0; i < s.length(); i++) {
            int[] tally = i < marker ? uncounted : counts;
            char c = s.charAt(i);
            if (c >= 0x4E00 && c < 0xFF00) {
                continue; // Han: the bulk of the text
            }
            int h = halfIndex(c);
            int f = h < 0 ? fullIndex(c) : -1;
            if (h < 0 && f < 0) {
                continue;
            }
            boolean bracket = h >= 5 || f >= 5;
            if (bracket && partner == null) {
                partner = pairBrackets(s);
            }
            if (f >= 0) {
                if (!bracket) {
                    tally[1]++;
                } else if (bracketInChinese(s, i, partner, before, after)) {
                    tally[3]++;
                    ctx = mark(ctx, s, i);
                }
                continue;
            }
            boolean zh = bracket ? bracketInChinese(s, i, partner, before, after)
                    : sentenceMarkInChinese(s, i, before, after);
            if (zh) {
                ctx = mark(ctx, s, i);
                tally[bracket ? 2 : 0]++;
            }
        }
        return ctx;
    }

    /** Flags the marks of one block whose width is wrong for the page's style. */
    private static void flagBlock(MappedText t, byte[] ctx, boolean halfStyle, List<Flag> out) {
        for (int i = 0; i < ctx.length; i++) {
            if (ctx[i] == 0 || t.rawEnd(i) <= t.rawStart(i)) {
                continue;
            }
            char c = t.charAt(i);
            int h = halfIndex(c);
            if (h >= 0 && (h < 5 || !halfStyle)) {
                char to = FULL.charAt(h);
                out.add(new Flag(FlagKind.PUNCTUATION_WIDTH, t.rawStart(i), t.rawEnd(i),
                        Msg.of("flag.punctuation-width.half", String.valueOf(c), String.valueOf(to)), String.valueOf(to), Severity.WARNING));
            } else if (h < 0 && halfStyle) {
                char to = HALF.charAt(fullIndex(c));
                out.add(new Flag(FlagKind.PUNCTUATION_WIDTH, t.rawStart(i), t.rawEnd(i),
                        Msg.of("flag.punctuation-width.full", String.valueOf(c), String.valueOf(to)),
                        String.valueOf(to), Severity.WARNING));
            }
        }
    }

    /** Index of a half-width mark in {@link #HALF}, -1 for any other character. */
    private static int halfIndex(char c) {
        switch (c) {
            case ',': return 0;
            case ';': return 1;
            case ':': return 2;
            case '?': return 3;
            case '!': return 4;
            case '(': return 5;
            case ')': return 6;
            default: return -1;
        }
    }

    /** Index of a full-width mark in {@link #FULL}, -1 for any other character. */
    private static int fullIndex(char c) {
        if (c < '！' || c > '？') {
            return -1;
        }
        switch (c) {
            case '，': return 0;
            case '；': return 1;
            case '：': return 2;
            case '？': return 3;
            case '！': return 4;
            case '（': return 5;
            case '）': return 6;
            default: return -1;
        }
    }

    private static byte[] mark(byte[] ctx, String s, int i) {
        byte[] m = ctx == null ? new byte[s.length()] : ctx;
        m[i] = 1;
        return m;
    }

    /** Whether the half-width , ; : ? ! at {@code i} stands in a Chinese sentence. */
    static boolean sentenceMarkInChinese(String s, int i, char before, char after) {
        char c = s.charAt(i);
        if (c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
            return false; // Markdown image
        }
        int p = DetectorChars.prevContext(s, i);
        int n = DetectorChars.nextContext(s, i);
        char pc = p >= 0 ? s.charAt(p) : before;
        char nc = n < s.length() ? s.charAt(n) : after;
        if (DetectorChars.isDigit(pc) && DetectorChars.isDigit(nc)) {
            return false; // 1,000 · 17:34 · 3:1
        }
        if (!DetectorChars.isCjk(pc) && !DetectorChars.isCjk(nc)) {
            return false; // Latin text
        }
        return !inAddress(s, i);
    }

    /**
     * Whether the bracket at {@code i} (either width) stands in Chinese text: a pair when it encloses Chinese
     * (Han or full-width punctuation other than the marks this detector converts, so that converting them
     * does not change the decision); an unpaired bracket when the text on either side is Chinese.
     */
    static boolean bracketInChinese(String s, int i, int[] partner, char before, char after) {
        char c = s.charAt(i);
        boolean open = c == '(' || c == '（';
        int other = partner[i];
        if (other >= 0) {
            int o = open ? i : other;
            int e = open ? other : i;
            if (o > 0 && s.charAt(o) == '(' && s.charAt(o - 1) == ']') {
                return false; // Markdown link [text](url)
            }
            for (int k = o + 1; k < e; k++) {
                char d = s.charAt(k);
                if (Chars.isHan(d) || Chars.isCjkPunct(d) && fullIndex(d) < 0) {
                    return !inAddress(s, i);
                }
            }
            return false;
        }
        if (open && i > 0 && s.charAt(i - 1) == ']') {
            return false;
        }
        int p = DetectorChars.prevContext(s, i);
        int n = DetectorChars.nextContext(s, i);
        char pc = p >= 0 ? s.charAt(p) : before;
        char nc = n < s.length() ? s.charAt(n) : after;
        return (DetectorChars.isCjk(pc) || DetectorChars.isCjk(nc)) && !inAddress(s, i);
    }

    /** For each bracket, the index of its partner (brackets of either width pair up), -1 if unpaired. */
    static int[] pairBrackets(String s) {
        int[] partner = new int[s.length()];
        int[] stack = new int[16];
        int top = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            partner[i] = -1;
            if (c == '(' || c == '（') {
                if (top == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = i;
            } else if ((c == ')' || c == '）') && top > 0) {
                int o = stack[--top];
                partner[o] = i;
                partner[i] = o;
            }
        }
        return partner;
    }

    /** Whether {@code i} lies in a URL or e-mail address: the run of non-space, non-Chinese characters around it. */
    static boolean inAddress(String s, int i) {
        int l = i;
        while (l > 0 && !Chars.isSpace(s.charAt(l - 1)) && !DetectorChars.isCjk(s.charAt(l - 1))) {
            l--;
        }
        int r = i + 1;
        while (r < s.length() && !Chars.isSpace(s.charAt(r)) && !DetectorChars.isCjk(s.charAt(r))) {
            r++;
        }
        if (r - l < 5) {
            return false;
        }
        String token = s.substring(l, r);
        int at = token.indexOf('@');
        return token.contains("://") || token.contains("www.") || at > 0 && token.indexOf('.', at) > at;
    }
}
