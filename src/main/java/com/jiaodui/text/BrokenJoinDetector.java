package com.jiaodui.text;

import com.ibm.icu.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/**
 * Finds paragraph breaks inside a sentence, left where a column or page ended. Evidence: the first
 * half does not close its sentence (or ends with a character that cannot end one), the second half
 * starts with a character that cannot start one, and, across an interposed heading or caption, a
 * dictionary word that straddles the break (ICU's Chinese word segmenter). Headlines, bylines, lists
 * and other non-prose blocks are never joined.
 */
public final class BrokenJoinDetector implements Detector {
    /** At most this many short blocks (a headline, a caption) may stand between the two halves. */
    static final int MAX_INTERPOSED = 3;

    @Override
    public void detect(Page page, List<Flag> out) {
        List<Block> blocks = page.blocks();
        // the text of the paragraph as rejoined so far: a chain of joins is judged on the whole
        String[] chain = new String[blocks.size()];
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block a = blocks.get(i);
            String at = visibleEnd(chain[i] != null ? chain[i] : a.string());
            if (a.isHeading() || !isBodyText(at)) {
                continue;
            }
            // the next block that clean keeps (a block of garbled glyphs only does not count)
            int nb = i + 1;
            while (nb + 1 < blocks.size() && visibleLength(blocks.get(nb).string(), 1) == 0) {
                nb++;
            }
            char last = DetectorChars.lastSolid(at);
            if (last == 0 || Chars.endsSentence(at, at.length()) || last == '：' || last == ':' || endsWithCredit(at)
                    || FurniturePatterns.editorCodeStart(at) >= 0) {
                // an editor code (③9) closes an article; a colon may introduce a list or a quotation
                if (!startsWithCannotStart(blocks.get(nb))) {
                    continue;
                }
            }
            // the direct neighbour continues the sentence
            Block b = blocks.get(nb);
            if (isContinuation(b)) {
                out.add(simple(at, b, a));
                chain[nb] = at + b.string();
                i = nb - 1;
                continue;
            }
            // a headline, caption or kicker printed between the two halves
            int j = i + 1;
            int shown = 0; // interposed blocks clean keeps (garbled-only blocks are gone after clean)
            while (j < blocks.size() && isInterposable(blocks.get(j))
                    && (shown < MAX_INTERPOSED || visibleLength(blocks.get(j).string(), 1) == 0)) {
                if (visibleLength(blocks.get(j).string(), 1) > 0) {
                    shown++;
                }
                j++;
            }
            if (j > i + 1 && j < blocks.size()) {
                Block c = blocks.get(j);
                boolean acrossHeading = false;
                int visible = 0; // blocks of garbled glyphs only are gone after clean: they do not count
                for (int k = i + 1; k < j; k++) {
                    acrossHeading |= blocks.get(k).isHeading();
                    if (visibleLength(blocks.get(k).string(), 1) > 0) {
                        visible++;
                    }
                }
                // the second half must be able to continue a sentence, as for a direct neighbour; across
                // a heading or more than two blocks it takes stronger evidence
                boolean evidence = isContinuation(c)
                        && (strongEvidence(at, c) || !acrossHeading && visible <= 2);
                if (!c.isHeading() && isBodyText(c.string()) && evidence) {
                    out.add(interposed(at, a, blocks.subList(i + 1, j), c));
                    chain[j] = at + c.string();
                    i = j - 1;
                }
            }
        }
    }

    /** A photo credit ("新华社发 王鹏 作", "记者田青叶 摄") ends a caption without punctuation. */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(".*(摄|供图|制图|发\\p{IsHan}{2,4}作)$");

    private static boolean endsWithCredit(String s) {
        // judged without spaces, so that removing a spurious space never changes the verdict
        String f = Chars.fold(s.length() > 24 ? s.substring(s.length() - 24) : s);
        return CREDIT.matcher(f).matches();
    }

    private static Flag simple(String at, Block b, Block a) {
        String sep = Chars.isAsciiLetter(DetectorChars.lastSolid(at)) && Chars.isAsciiLetter(b.string().charAt(0)) ? " " : "";
        return new Flag(FlagKind.BROKEN_JOIN, a.end(), b.textStart(),
                "paragraph break inside a sentence: \"" + tail(at) + "\" continues in \"" + head(b.string()) + "\"",
                sep, Severity.WARNING);
    }

    private static Flag interposed(String at, Block a, List<Block> between, Block c) {
        StringBuilder repl = new StringBuilder(c.string());
        StringBuilder names = new StringBuilder();
        for (Block h : between) {
            repl.append("\n\n").append(h.isHeading() ? "#".repeat(h.level()) + " " : "").append(h.string());
            names.append(names.length() > 0 ? " / " : "").append(h.string());
        }
        return new Flag(FlagKind.BROKEN_JOIN, a.end(), c.end(),
                "sentence broken by \"" + names + "\": \"" + tail(at) + "\" continues in \""
                        + head(c.string()) + "\"; rejoined, the interposed block follows the paragraph",
                repl.toString(), Severity.WARNING);
    }

    /** Whether b, directly after a paragraph that does not close its sentence, continues that sentence. */
    static boolean isContinuation(Block b) {
        if (b.isHeading()) {
            return false; // a Markdown heading is never the second half of a sentence
        }
        if (startsWithCannotStart(b)) {
            return true;
        }
        if (!isBodyText(b.string()) || ArticleSegmenter.LEAD.matcher(b.string()).lookingAt()) {
            return false; // a lead (本报讯（记者 …）) opens a new article
        }
        String bs = b.string();
        int f = firstVisible(bs); // garbled glyphs before the text are deleted by clean: judge the first real character
        if (f >= bs.length()) {
            return false;
        }
        char first = bs.charAt(f);
        return Chars.isHan(first) || Chars.isAsciiDigit(first) || Chars.isOpening(first) || Chars.isLatinWordChar(first);
    }

    private static boolean strongEvidence(String at, Block c) {
        char last = DetectorChars.lastSolid(at);
        return startsWithCannotStart(c) || Chars.cannotEnd(last) && last != '：' && last != ':'
                || wordStraddles(at, c.string());
    }

    static boolean startsWithCannotStart(Block b) {
        String s = b.string();
        int f = firstVisible(s);
        return f < s.length() && Chars.cannotStart(s.charAt(f)) && s.charAt(f) != '—' && s.charAt(f) != '…';
    }

    /** Index of the first character that clean keeps: garbled glyphs and spaces are skipped. */
    static int firstVisible(String s) {
        int f = 0;
        while (f < s.length() && (GarbledCharDetector.isGarbled(s, f) || Chars.isSpace(s.charAt(f)))) {
            f++;
        }
        return f;
    }

    /** Prose long enough to be body text, not a headline, byline, caption or list label. */
    static boolean isBodyText(String s) {
        return visibleLength(s, 4) >= 4 && Chars.isProse(s);
    }

    /** Length without spaces and garbled glyphs (which clean removes), counted up to {@code cap + 1}. */
    static int visibleLength(String s, int cap) {
        int n = 0;
        for (int i = 0; i < s.length() && n <= cap; i++) {
            char c = s.charAt(i);
            if (!Chars.isSpace(c) && !Chars.isGarbage(c)) {
                n++;
            }
        }
        return n;
    }

    /** A short non-prose block that may stand between the halves of a broken sentence. */
    private static boolean isInterposable(Block b) {
        String s = b.string();
        return visibleLength(s, 40) <= 40 && !Chars.isProse(s);
    }

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.CHINESE));

    /** Whether the dictionary segmenter puts a word across the join of the two halves. */
    static boolean wordStraddles(String left, String right) {
        int l = Math.min(4, left.length());
        int r = Math.min(4, right.length());
        // judged on simplified characters: fixing a traditional leak must not change the verdict
        String tail = simplified(left.substring(left.length() - l));
        String headText = simplified(right.substring(0, r));
        if (!Chars.isHan(tail.charAt(tail.length() - 1)) || !Chars.isHan(headText.charAt(0))) {
            return false;
        }
        BreakIterator bi = WORDS.get();
        bi.setText(tail + headText);
        return !bi.isBoundary(l);
    }

    /** The text without the spaces and garbled glyphs at its end, which clean removes. */
    static String visibleEnd(String s) {
        int e = s.length();
        while (e > 0 && (Chars.isSpace(s.charAt(e - 1)) || Chars.isGarbage(s.charAt(e - 1)))) {
            e--;
        }
        return e == s.length() ? s : s.substring(0, e);
    }

    private static String simplified(String s) {
        TraditionalTable table = TraditionalTable.get();
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (table.isTraditional(c[i])) {
                c[i] = table.simplify(s, i);
            }
        }
        return new String(c);
    }


    static String tail(String s) {
        return s.length() <= 12 ? s : "…" + s.substring(s.length() - 12);
    }

    static String head(String s) {
        return s.length() <= 12 ? s : s.substring(0, 12) + "…";
    }
}
