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

    /** The page number of a marker: 2, ２, 02, 二, 十二, 二十. */
    static OptionalInt page(String marker) {
        String digits = marker.replaceAll("[^0-9０-９一二三四五六七八九十]", "");
        if (digits.isEmpty()) {
            return OptionalInt.empty();
        }
        int n = 0;
        boolean chinese = false;
        int tens = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                n = n * 10 + (c >= '０' ? c - '０' : c - '0');
            } else if (c == '十') {
                chinese = true;
                tens = n == 0 ? 1 : n;
                n = 0;
            } else {
                chinese = true;
                n = "一二三四五六七八九".indexOf(c) + 1;
            }
        }
        int page = chinese ? tens * 10 + n : n;
        return page > 0 ? OptionalInt.of(page) : OptionalInt.empty();
    }
}
