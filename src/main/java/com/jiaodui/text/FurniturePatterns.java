package com.jiaodui.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Patterns of newspaper page furniture and bylines shared by the page-furniture and spurious-space
 * detectors. All methods work on a block's reflowed text.
 */
final class FurniturePatterns {
    private FurniturePatterns() {}

    private static final String NUM = "[0-9０-９一二三四五六七八九十]{1,3}";
    private static final String SP = "[ \\t\\u3000]";

    /** A bracketed jump marker: （下转02版） (上接第一版) （转第3版）. */
    static final Pattern JUMP_BRACKETED = Pattern.compile(
            "[（(]" + SP + "*(?:下转|上接|紧接|接上|转至|续|转|接)" + SP + "*(?:第" + SP + "*)?" + NUM + SP + "*版" + SP + "*[）)]");
    /** An unbracketed jump marker: 转第3版, 下转2版. */
    static final Pattern JUMP_BARE = Pattern.compile(
            "(?:下转|上接|转至|接上|转|接)" + SP + "*第" + SP + "*" + NUM + SP + "*版|(?:下转|上接)" + SP + "*[0-9０-９]{1,2}" + SP + "*版");

    /** A page index line: a two-digit page number and the page's name ("03 综合新闻", "05 民生·社会"). */
    static final Pattern PAGE_INDEX = Pattern.compile("^(?:[0-9]{2}|[A-Z][0-9]{1,2}|第[0-9]{1,2}版)" + SP + "*[\\p{IsHan}·]{2,8}$");

    /** A countdown line: "还有47天", "距…开幕还有12天", "倒计时30天". */
    static final Pattern COUNTDOWN = Pattern.compile(
            "^(?:距.{1,40}?)?(?:还有|仅剩|倒计时)" + SP + "*[0-9]{1,4}" + SP + "*天$|^倒计时$");

    /**
     * The event line of a countdown box ("距第二十届中国（漯河）食品博览会开幕"): furniture only next to a
     * countdown line or a lone number, since a headline may read the same way.
     */
    static final Pattern COUNTDOWN_EVENT = Pattern.compile(
            "^距.{2,40}(?:开幕|开幕式|闭幕|开赛|开考|召开|举行|举办|开通|通车|开业|开园|开放)(?:还有|仅剩)?$");

    /** A lone number of a countdown box ("44"). */
    static final Pattern LONE_NUMBER = Pattern.compile("^[0-9]{1,4}" + SP + "*天?$");

    /** What may stand before a photo credit (then any spaces): a sentence end, a closing bracket or quote, a comma. */
    private static final String CREDIT_BREAKS = "。！？!?）)”」』，、；：,;:";

    /**
     * A photo credit closing a caption: "记者田青叶 摄", "本报记者 张三 摄", "新华社发 王鹏 作", "（记者 王鹏 摄）"; matched
     * from a start that {@link #creditStart} chose.
     */
    static final Pattern PHOTO_CREDIT = Pattern.compile("[（(]?(?:"
            + "(?:新华社|中新社|人民日报|本报)?(?:特约|见习)?(?:摄影)?(?:记者|通讯员)" + SP + "*\\p{IsHan}{2,4}(?:" + SP + "+\\p{IsHan}{1,4}){0,3}" + SP + "*摄"
            + "|\\p{IsHan}{2,3}(?:" + SP + "+\\p{IsHan}{1,3}){0,3}" + SP + "+摄"
            + "|(?:新华社|中新社|本报)(?:记者)?发(?:" + SP + "*\\p{IsHan}{1,4}){1,3}" + SP + "*作"
            + "|(?:新华社|中新社)发"
            + ")[）)]?");

    /** Column labels and page names printed as furniture; compared with spaces removed. */
    static final Set<String> COLUMN_LABELS = Set.of(
            "画中有话", "疫情通报", "新春走基层", "走基层", "图片新闻", "新闻图片", "图说新闻", "图片报道", "新闻速递",
            "简讯", "快讯", "短讯", "一线传真", "基层传真", "基层动态", "今日关注", "今日看点", "热点关注", "民生关注",
            "记者观察", "一线见闻", "百姓故事", "身边榜样", "新闻链接", "相关链接", "链接", "背景链接", "小贴士",
            "时评", "短评", "快评", "微评", "小评论", "评论", "社论", "声音", "数读", "视点", "聚焦", "关注", "要闻",
            "综合新闻", "本版导读", "今日导读", "导读", "天气预报", "广告", "公告", "启事", "图片故事");

    /**
     * Start of a photo credit closing {@code s}, or -1. The credit starts at the beginning of the text or after
     * a sentence end, closing bracket or comma and any spaces ("等违法行为。 新华社发 王鹏 作"); spaces are looked
     * through, so removing them does not change the decision.
     */
    static int creditStart(String s) {
        int n = s.length();
        if (n < 3) {
            return -1;
        }
        char last = s.charAt(n - 1);
        if (last == '）' || last == ')') {
            last = s.charAt(n - 2);
        }
        if (last != '摄' && last != '作' && last != '发') {
            return -1;
        }
        for (int st = Math.max(0, n - 40); st < n - 1; st++) {
            if (Chars.isSpace(s.charAt(st))) {
                continue;
            }
            int k = DetectorChars.prevNonSpace(s, st);
            if (k >= 0 && CREDIT_BREAKS.indexOf(s.charAt(k)) < 0) {
                continue;
            }
            if (PHOTO_CREDIT.matcher(s).region(st, n).matches()) {
                return st;
            }
        }
        return -1;
    }

    /** Start of an editor code ("③9", "②11") closing {@code s}, or -1. */
    static int editorCodeStart(String s) {
        int e = s.length();
        int k = e;
        while (k > 0 && e - k < 3 && s.charAt(k - 1) >= '0' && s.charAt(k - 1) <= '9') {
            k--;
        }
        if (k == e || k == 0) {
            return -1;
        }
        char circled = s.charAt(k - 1);
        if (circled < '①' || circled > '⑳') {
            return -1;
        }
        int start = k - 1;
        int p = DetectorChars.prevNonSpace(s, start);
        if (p < 0) {
            return start;
        }
        char pc = s.charAt(p);
        return "。！？!?…”」』）)".indexOf(pc) >= 0 ? start : -1;
    }

    /**
     * Whether the whole block is a byline or signature line: an optional bullet (□ ■), an optional role
     * (记者, 通讯员), then one to four names of up to four Han characters ("□记者 乔小纳", "■罗 平",
     * "记者 窦娜", "郭 嘉").
     */
    static boolean isBylineLine(String s) {
        if (s.length() > 20 || s.isEmpty()) {
            return false;
        }
        int i = 0;
        char c0 = s.charAt(0);
        if (c0 == '□' || c0 == '■' || c0 == '●' || c0 == '◆' || c0 == '★') {
            i++;
        }
        int tokens = 0;
        boolean first = true;
        while (i < s.length()) {
            while (i < s.length() && Chars.isSpace(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < s.length() && Chars.isHan(s.charAt(i))) {
                i++;
            }
            if (i < s.length() && !Chars.isSpace(s.charAt(i))) {
                return false;
            }
            int len = i - st;
            if (len == 0) {
                continue;
            }
            int max = first && isRole(s, st) ? 7 : 4;
            if (len > max) {
                return false;
            }
            first = false;
            tokens++;
        }
        return tokens >= 1 && tokens <= 5;
    }

    private static boolean isRole(String s, int at) {
        return s.startsWith("记者", at) || s.startsWith("本报记者", at) || s.startsWith("通讯员", at)
                || s.startsWith("实习生", at) || s.startsWith("特约记者", at) || s.startsWith("见习记者", at);
    }

    /**
     * If a byline bracket opens at {@code open} ("（记者 李 丹 王建军）", "(李潇琪 乔小纳)"), the index of
     * its closing bracket, else -1: the content holds only Han names (≤ 4 characters, the first may carry
     * a role such as 记者) separated by spaces, and at least one space.
     */
    static int bylineBracketEnd(String s, int open) {
        boolean space = false;
        int tokenLen = 0;
        boolean firstToken = true;
        int tokenStart = open + 1;
        for (int k = open + 1; k < s.length() && k <= open + 32; k++) {
            char c = s.charAt(k);
            if (c == '）' || c == ')' || Chars.isSpace(c)) {
                if (tokenLen > 0) {
                    int max = firstToken && isRole(s, tokenStart) ? 7 : 4;
                    if (tokenLen > max) {
                        return -1;
                    }
                    firstToken = false;
                }
                tokenLen = 0;
                tokenStart = k + 1;
                if (c == '）' || c == ')') {
                    return space && !firstToken ? k : -1;
                }
                space = true;
            } else if (Chars.isHan(c) || c == '·') {
                tokenLen++;
            } else {
                return -1;
            }
        }
        return -1;
    }
}
