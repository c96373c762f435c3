package com.jiaodui.compare;

import com.jiaodui.text.Block;
import com.jiaodui.text.Chars;
import com.jiaodui.text.MappedText;
import com.jiaodui.text.Page;

/**
 * One version reduced to what is compared: the reflowed text of its blocks, concatenated without separators,
 * with layout noise dropped (white space, garbled-glyph padding, Markdown emphasis) and width variants folded,
 * every character mapped back to the raw text and to its block.
 */
final class Normalized {
    final Page page;
    final String raw;
    final MappedText text;
    final String s;
    /** Block index of every normalized character. */
    final int[] block;
    /** Normalized start of every block; {@code blockStart[blocks]} = length. */
    final int[] blockStart;

    private Normalized(Page page, MappedText text, int[] block, int[] blockStart) {
        this.page = page;
        this.raw = page.raw();
        this.text = text;
        this.s = text.text();
        this.block = block;
        this.blockStart = blockStart;
    }

    int length() {
        return s.length();
    }

    /** Raw span (hull) of normalized {@code [from,to)}; for an empty range the raw point before {@code from}. */
    int[] rawSpan(int from, int to) {
        if (from < to) {
            return text.toRaw(from, to);
        }
        int p = rawPoint(from);
        return new int[] {p, p};
    }

    /** The raw offset of the point just before normalized index {@code i} (just after character i-1). */
    int rawPoint(int i) {
        if (s.isEmpty()) {
            return 0;
        }
        if (i <= 0) {
            return text.rawStart(0);
        }
        return text.rawEnd(Math.min(i, s.length()) - 1);
    }

    /** True when normalized index {@code i} is the start of a block's text. */
    boolean atBlockStart(int i) {
        return i < s.length() && (i == 0 || block[i - 1] != block[i]);
    }

    /** True when normalized index {@code i} is just after the last character of a block. */
    boolean atBlockEnd(int i) {
        return i > 0 && (i == s.length() || block[i - 1] != block[i]);
    }

    static Normalized of(Page page, boolean keepWidth) {
        int cap = 0;
        for (Block b : page.blocks()) {
            cap += b.text().length();
        }
        MappedText.Builder out = MappedText.builder(cap + 16);
        int[] blockOf = new int[cap + 16];
        int nb = page.blocks().size();
        int[] blockStart = new int[nb + 1];
        for (int bi = 0; bi < nb; bi++) {
            blockStart[bi] = out.length();
            MappedText t = page.blocks().get(bi).text();
            int n = t.length();
            boolean pendingSpace = false;
            int spaceStart = -1;
            int spaceEnd = -1;
            int fffdStart = -1;
            int fffdEnd = -1;
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                if (!pendingSpace && fffdStart < 0 && plain(c, keepWidth)) {
                    // a run that stays as it is: copied with its map in one go
                    int j = i + 1;
                    while (j < n && plain(t.charAt(j), keepWidth)) {
                        j++;
                    }
                    int from = out.length();
                    out.append(t, i, j);
                    if (out.length() > blockOf.length) {
                        blockOf = java.util.Arrays.copyOf(blockOf, Math.max(out.length(), blockOf.length * 2));
                    }
                    java.util.Arrays.fill(blockOf, from, out.length(), bi);
                    i = j;
                    continue;
                }
                if (isSpace(c)) {
                    if (!pendingSpace) {
                        spaceStart = t.rawStart(i);
                    }
                    spaceEnd = t.rawEnd(i);
                    pendingSpace = true;
                    i++;
                    continue;
                }
                if (c == '\uFFFD') {
                    // a run of unmapped glyphs: dropped at the block's edges, one placeholder inside
                    if (fffdStart < 0) {
                        fffdStart = t.rawStart(i);
                    }
                    fffdEnd = t.rawEnd(i);
                    i++;
                    continue;
                }
                if (c == '*' && i + 1 < n && t.charAt(i + 1) == '*') {
                    // Markdown emphasis markers
                    i += 2;
                    continue;
                }
                if (fffdStart >= 0) {
                    if (out.length() > blockStart[bi]) {
                        out.append('\uFFFD', fffdStart, fffdEnd);
                        blockOf = put(blockOf, out.length() - 1, bi);
                    }
                    fffdStart = -1;
                }
                if (isDash(c)) {
                    int j = i;
                    while (j < n && isDash(t.charAt(j))) {
                        j++;
                    }
                    if (j - i >= 2 || c == '—') {
                        int rs = t.rawStart(i);
                        int re = t.rawEnd(j - 1);
                        out.append('—', rs, re).append('—', rs, re);
                        blockOf = put(blockOf, out.length() - 2, bi);
                        blockOf = put(blockOf, out.length() - 1, bi);
                        pendingSpace = false;
                        i = j;
                        continue;
                    }
                }
                char f = keepWidth ? c : fold(c);
                if (pendingSpace && out.length() > blockStart[bi]
                        && isLatinLetter(out.charAt(out.length() - 1)) && isLatinLetter(f)) {
                    out.append(' ', spaceStart, spaceEnd);
                    blockOf = put(blockOf, out.length() - 1, bi);
                }
                pendingSpace = false;
                out.append(f, t.rawStart(i), t.rawEnd(i));
                blockOf = put(blockOf, out.length() - 1, bi);
                i++;
            }
        }
        blockStart[nb] = out.length();
        MappedText m = out.build();
        int[] blk = java.util.Arrays.copyOf(blockOf, m.length());
        return new Normalized(page, m, blk, blockStart);
    }

    private static int[] put(int[] a, int i, int v) {
        if (i >= a.length) {
            a = java.util.Arrays.copyOf(a, Math.max(i + 1, a.length * 2));
        }
        a[i] = v;
        return a;
    }

    /** White space of any width (ASCII, no-break, ideographic, zero-width), and control characters. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || c >= 0x2000 && c <= 0x200B || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    /** A character kept as it is (no white space, glyph garbage, markup, dash or width variant). */
    private static boolean plain(char c, boolean keepWidth) {
        return !isSpace(c) && c != '\uFFFD' && c != '*' && !isDash(c) && (keepWidth || fold(c) == c);
    }

    static boolean isDash(char c) {
        return c == '—' || c == '―' || c == '─' || c == '━';
    }

    static boolean isLatinLetter(char c) {
        return Chars.isAsciiLetter(c);
    }

    /** Folds width variants: ASCII punctuation that Chinese text prints full width to full width, full-width alphanumerics to ASCII. */
    static char fold(char c) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 0xFEE0);
        }
        return Chars.fullWidth(c);
    }
}
