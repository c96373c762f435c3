package com.jiaodui.text;

import java.util.OptionalInt;
import java.util.regex.Matcher;

/**
 * The page an article jumps to or comes from, read off its printed jump markers (the page-furniture detector's
 * patterns): an article ending in （下转第二版） or 转第2版 continues on page 2; one opening with （上接第1版）
 * continues the article of page 1. Used to link the two parts of an article when an issue is split into pages.
 */
public final class JumpMarkers {
    private JumpMarkers() {}

    /** How far from the text's end an outgoing marker may stand, and from its start an incoming one. */
    private static final int END_WINDOW = 20;
    private static final int START_WINDOW = 120;

    /** The page a text continues on: a 转 marker (下转, 转, 转至) at its very end; empty if none. */
    public static OptionalInt jumpsTo(String text) {
        String s = text.strip();
        int from = Math.max(0, s.length() - END_WINDOW);
        for (Matcher m : new Matcher[] {FurniturePatterns.JUMP_BRACKETED.matcher(s).region(from, s.length()),
                FurniturePatterns.JUMP_BARE.matcher(s).region(from, s.length())}) {
            while (m.find()) {
                String g = m.group();
                // the marker ends the text (only a closing full stop may follow it)
                if (g.contains("转") && !g.contains("接") && s.substring(m.end()).replaceAll("[。.]", "").isBlank()) {
                    return page(g);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The page a text continues from: a 上接/接上/接/续 marker near its start (after its headline); empty if none. */
    public static OptionalInt continuesFrom(String text) {
        int to = Math.min(text.length(), START_WINDOW);
        for (Matcher m : new Matcher[] {FurniturePatterns.JUMP_BRACKETED.matcher(text).region(0, to),
                FurniturePatterns.JUMP_BARE.matcher(text).region(0, to)}) {
            while (m.find()) {
                if (!m.group().contains("转")) {
                    return page(m.group());
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The jump marker that opens the text, matched ("（上接第一版）" of "（上接第一版）……"), or null. */
    private static Matcher openingMarker(String text) {
        int f = 0;
        while (f < text.length() && Chars.isSpace(text.charAt(f))) {
            f++;
        }
        if (f >= text.length() || text.charAt(f) != '（' && text.charAt(f) != '(') {
            return null;
        }
        Matcher m = FurniturePatterns.JUMP_BRACKETED.matcher(text).region(f, Math.min(text.length(), f + 16));
        return m.lookingAt() ? m : null;
    }

    /** The end of the jump marker that opens the text, -1 when none does. */
    static int openingMarkerEnd(String text) {
        Matcher m = openingMarker(text);
        return m == null ? -1 : m.end();
    }

    /**
     * Whether the text opens with a marker of the page it comes from ("（上接第三版）…"): it goes on from that
     * page, not from the text printed before it (a block of one page's text, as the join search sees it).
     */
    public static boolean opensFromAnotherPage(String text) {
        Matcher m = openingMarker(text);
        return m != null && !m.group().contains("转");
    }

    /** The page number of a marker: 2, ２, 02 (any Unicode digits), or 二, 十二, 二十 (ICU's Chinese spell-out rules). */
    static OptionalInt page(String marker) {
        Matcher digits = DIGITS.matcher(marker);
        if (digits.find()) {
            int n = Integer.parseInt(digits.group()); // Character.digit: full-width digits too
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        }
        Matcher han = HAN_NUMBER.matcher(marker);
        if (!han.find()) {
            return OptionalInt.empty();
        }
        try {
            // RuleBasedNumberFormat is not thread-safe; a marker is read a few times per import
            int n = new com.ibm.icu.text.RuleBasedNumberFormat(com.ibm.icu.util.ULocale.SIMPLIFIED_CHINESE,
                    com.ibm.icu.text.RuleBasedNumberFormat.SPELLOUT).parse(han.group()).intValue();
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (java.text.ParseException e) {
            return OptionalInt.empty();
        }
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\p{Nd}{1,3}");
    private static final java.util.regex.Pattern HAN_NUMBER = java.util.regex.Pattern.compile("[一二三四五六七八九十]{1,3}");
}
