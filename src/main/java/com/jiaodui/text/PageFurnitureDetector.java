package com.jiaodui.text;

import java.util.List;
import java.util.regex.Matcher;

/**
 * {@code page-furniture}: text that belongs to the page, not to an article. Flagged (INFO, no
 * replacement) so the editor sees it and article segmentation can set it aside; {@code clean} keeps it.
 * Every message starts with a stable sub-kind prefix:
 * <ul>
 *   <li>{@code "jump marker: "} – （下转02版）, (上接第一版), （下转03版） across a wrap, 转第3版;</li>
 *   <li>{@code "editor code: "} – a circled digit and a number closing an article's last paragraph (③9, ②11);</li>
 *   <li>{@code "photo credit: "} – 新华社发 王鹏 作, 记者田青叶 摄, 本报记者 张三 摄 closing a caption;</li>
 *   <li>{@code "countdown: "} – 还有47天, 距第二十届中国（漯河）食品博览会开幕, and a lone number next to them (44);</li>
 *   <li>{@code "page index: "} – 03 综合新闻, 05 民生·社会, and the teaser headline right after such a line;</li>
 *   <li>{@code "column label: "} – a title-like block that is a known column name (画中有话, 疫情通报, 新春走基层).</li>
 * </ul>
 * Countdowns, page indexes and column labels are whole title-like blocks (heading, heading-run line or short
 * block without sentence punctuation), so an article headline that merely contains such words is not flagged.
 */
public final class PageFurnitureDetector implements Detector {
    /** Every page-furniture flag is INFO without a fix ({@code clean} keeps furniture): the settle rounds skip it. */
    @Override
    public boolean infoOnly() {
        return true;
    }

    static final String JUMP = "jump marker: ";
    static final String EDITOR_CODE = "editor code: ";
    static final String PHOTO_CREDIT = "photo credit: ";
    static final String COUNTDOWN = "countdown: ";
    static final String PAGE_INDEX = "page index: ";
    static final String COLUMN_LABEL = "column label: ";

    /** Whether a flag marks a whole block that is no article's text: a countdown, page index or column label. */
    static boolean isStandalone(Flag f) {
        if (f.kind() != FlagKind.PAGE_FURNITURE) {
            return false;
        }
        String key = f.msg().key(); // the sub-kind is in the message key: no English text rendered to tell it
        return key.startsWith("furniture.countdown") || key.startsWith("furniture.page-index")
                || key.startsWith("furniture.column-label");
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        List<Block> blocks = page.blocks();
        int nb = blocks.size();
        // 1 = page index line, 2 = countdown line, 3 = countdown event line, 4 = lone number
        byte[] role = new byte[nb];
        for (int b = 0; b < nb; b++) {
            Block block = blocks.get(b);
            MappedText t = block.text();
            String s = t.text();
            if (s.isEmpty()) {
                continue;
            }
            if (s.indexOf('版') >= 0) {
                jumpMarkers(t, out);
            }
            int code = FurniturePatterns.editorCodeStart(s);
            if (code >= 0) {
                add(out, t, code, s.length(), EDITOR_CODE);
            }
            int credit = FurniturePatterns.creditStart(s);
            if (credit >= 0) {
                int from = DetectorChars.nextNonSpace(s, credit - 1);
                add(out, t, from, s.length(), PHOTO_CREDIT);
            }
            if (s.length() <= 40 && DetectorChars.isTitleLike(blocks, b)) {
                char c0 = s.charAt(0);
                if ((c0 >= '0' && c0 <= '9' || c0 >= 'A' && c0 <= 'Z' || c0 == '第')
                        && FurniturePatterns.PAGE_INDEX.matcher(s).matches()) {
                    role[b] = 1;
                    add(out, t, 0, s.length(), PAGE_INDEX);
                } else if ((s.charAt(s.length() - 1) == '天' || s.startsWith("倒计时"))
                        && FurniturePatterns.COUNTDOWN.matcher(s).matches()) {
                    role[b] = 2;
                    add(out, t, 0, s.length(), COUNTDOWN);
                } else if (c0 == '距' && FurniturePatterns.COUNTDOWN_EVENT.matcher(s).matches()) {
                    role[b] = 3;
                } else if (c0 >= '0' && c0 <= '9' && FurniturePatterns.LONE_NUMBER.matcher(s).matches()) {
                    role[b] = 4;
                } else if (s.length() <= 12 && FurniturePatterns.COLUMN_LABELS.contains(withoutSpaces(s))) {
                    add(out, t, 0, s.length(), COLUMN_LABEL);
                }
            }
        }
        // countdown boxes: the event line and the lone number count only next to a countdown part
        for (int b = 0; b < nb; b++) {
            Block block = blocks.get(b);
            String s = block.string();
            if (role[b] == 3 && (near(role, b, 2) || near(role, b, 4))
                    || role[b] == 4 && (near(role, b, 2) || near(role, b, 3))) {
                add(out, block.text(), 0, s.length(), COUNTDOWN);
            } else if (role[b] == 0 && b > 0 && role[b - 1] == 1 && s.length() <= 30 && !s.isEmpty()
                    && DetectorChars.isTitleLike(blocks, b)) {
                add(out, block.text(), 0, s.length(), PAGE_INDEX + "teaser ");
            }
        }
    }

    private static boolean near(byte[] role, int b, int want) {
        for (int k = Math.max(0, b - 2); k <= Math.min(role.length - 1, b + 2); k++) {
            if (role[k] == want) {
                return true;
            }
        }
        return false;
    }

    /**
     * Jump markers end at a 版 (and a closing bracket): each 版 of the block is tried with the patterns on
     * a short window before it, so long paragraphs are not scanned by the regex engine.
     */
    private static void jumpMarkers(MappedText t, List<Flag> out) {
        String s = t.text();
        int lastEnd = 0;
        for (int k = s.indexOf('版'); k >= 0; k = s.indexOf('版', k + 1)) {
            int from = Math.max(lastEnd, k - 16);
            int to = Math.min(s.length(), k + 3);
            Matcher m = FurniturePatterns.JUMP_BRACKETED.matcher(s).region(from, to);
            boolean found = m.find();
            if (!found || m.end() <= k) {
                m = FurniturePatterns.JUMP_BARE.matcher(s).region(from, to);
                found = m.find() && m.end() > k;
            }
            if (found) {
                add(out, t, m.start(), m.end(), JUMP);
                lastEnd = m.end();
            }
        }
    }

    private static void add(List<Flag> out, MappedText t, int from, int to, String prefix) {
        int[] span = t.toRaw(from, to);
        // the prefix constant names the sub-kind: "page index: " -> furniture.page-index
        String key = "furniture." + prefix.substring(0, prefix.indexOf(':')).replace(' ', '-')
                + (prefix.endsWith("teaser ") ? ".teaser" : "");
        out.add(new Flag(FlagKind.PAGE_FURNITURE, span[0], span[1], Msg.of(key, t.text().substring(from, to)), null,
                Severity.INFO));
    }

    private static String withoutSpaces(String s) {
        boolean any = false;
        for (int i = 0; i < s.length() && !any; i++) {
            any = Chars.isSpace(s.charAt(i));
        }
        if (!any) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Chars.isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
