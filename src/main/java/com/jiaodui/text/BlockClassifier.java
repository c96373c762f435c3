package com.jiaodui.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What each block of a page is for a reader: headline, kicker, subtitle, sub-heading, standfirst, the
 * label and text of a 核心阅读/编者按 box, byline, dateline, credit, caption, table, list item, or body
 * text. Decided from the block's text and its place among its neighbours (a short block without
 * sentence punctuation is a title before the first body paragraph, a sub-heading after one). Used by
 * the broken-join detector (a sub-heading is no broken sentence), the duplicate detector (a standfirst
 * repeated in the body is printed on purpose) and article segmentation.
 */
public final class BlockClassifier {
    /** The role of a block. */
    public enum Role {
        HEADLINE, KICKER, SUBTITLE, SUBHEADING, STANDFIRST, BOX_LABEL, BOX, BYLINE, DATELINE, CREDIT, CAPTION,
        TABLE, LIST, BODY;

        /** A title-like role: a block of this role does not continue a sentence into the next. */
        public boolean isHeading() {
            return this == HEADLINE || this == KICKER || this == SUBTITLE || this == SUBHEADING || this == BOX_LABEL;
        }

        /** A role whose text is never half of a broken sentence. */
        public boolean isApparatus() {
            return this == BYLINE || this == DATELINE || this == CREDIT || this == CAPTION || this == TABLE
                    || this == LIST || this == BOX_LABEL;
        }
    }

    static final Pattern BOX_LABEL = Pattern.compile("^[【\\[〖]?(核心阅读|编者按|编者的话|阅读提示|内容提要|导读|提要|链接|相关链接|背景链接|延伸阅读|短评|记者手记|记者观察)[】\\]〗]?[：:]?$");
    /** "——编 者", "（作者为…）", "本报记者 王鹏 李明", "文/本报记者 某某"; names of one to four characters ("记者走进沈阳联" is a sentence). */
    static final Pattern BYLINE = Pattern.compile("^(——\\s*\\p{IsHan}(\\s*\\p{IsHan}){0,3}|[（(]作者(为|系|是)[^）)]{2,60}[）)]|(文[／/])?(本报|新华社|央视|人民日报)?(特约)?(记者|通讯员|评论员)(\\s*\\p{IsHan}{1,4}([\\s、]+\\p{IsHan}{1,4}){0,8})?)$");
    static final Pattern DATELINE = Pattern.compile("^[（(]\\s*(本报|新华社|据)[^）)]{1,30}(电|报道|消息)\\s*[）)]$");
    /** A photo or graphic credit: "新华社记者 王鹏 摄", "本报记者 某某 文/图", "制图：王  婷", "本版制图：蔡华伟", "供图". */
    static final Pattern CREDIT = Pattern.compile("^((本版)?(制图|摄影|图片|图表|供图|绘图|设计|图)[：:／/][^，。]{1,24}|[^，。；]{0,40}([\\s\\p{IsHan}](摄|摄影|文[／/]图|供图|制图|绘|图)|[\\s\\p{IsHan}]?新华社发|发\\p{IsHan}{2,4}作))$");
    /** The column a title names at its end: "（观点）", "（人民时评）", "（今日谈）". */
    static final Pattern COLUMN_TAG = Pattern.compile("[（(](观点|評論|评论|人民时评|时评|今日谈|纵横|评论员观察|人民论坛|望海楼|国际论坛|新论|金台随笔|人民观点)[）)]$");
    static final Pattern CAPTION = Pattern.compile("^(图[为①②③④⑤⑥⑦⑧⑨\\d一二三四：:]|上图|下图|左图|右图|图片说明|▲|△)");
    static final Pattern LIST = Pattern.compile("^([•·．・●○◆◇■□★☆▶►\\-–]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[①②③④⑤⑥⑦⑧⑨⑩]|\\d{1,2}[.、．](?!\\d)|[一二三四五六七八九十]{1,3}、|[\\p{IsHan}]{2,6}[：:](?!\\s*$)(?!\\s*[「“『‘\"]))");

    private BlockClassifier() {}

    /** The role of every block of the page (a copy of the page's roles, computed once per page). */
    public static Role[] classify(Page page) {
        return page.roles().clone();
    }

    /** The page's roles without a copy, for the detectors of this package (they only read it). */
    static Role[] roles(Page page) {
        return page.roles();
    }

    public static Role[] classify(List<Block> blocks) {
        int n = blocks.size();
        Role[] r = new Role[n];
        boolean bodySeen = false;
        int sinceTitle = -1; // blocks since the last title group
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            String s = BrokenJoinDetector.visibleEnd(b.string().strip());
            Role role = byText(b, s);
            if (role == null && i > 0 && ArticleSegmenter.otherLead(s)) {
                role = Role.BODY; // "央视网消息（新闻联播）：5月16日" cut at a column end is a lead, not a subtitle
            }
            if (role == null && i > 0 && JumpMarkers.opensFromAnotherPage(s)) {
                role = Role.BODY; // "（上接第一版）……": an article's body carried over, never a title or standfirst
            }
            if (role == null) {
                if (i == 0 && !endsWithStop(s) && BrokenJoinDetector.visibleLength(s, 60) <= 60
                        && !Chars.cannotEnd(DetectorChars.lastSolid(s))) {
                    role = Role.HEADLINE; // the first line of a page that does not end a sentence: its title
                } else if (isTitleShaped(b, s)) {
                    if (i > 0 && (r[i - 1] == Role.CREDIT || r[i - 1] == Role.BYLINE)
                            && !blocks.get(i - 1).string().strip().startsWith("——")) {
                        bodySeen = false; // a title after the credit or byline that closes an article: the next one's
                    } else if (COLUMN_TAG.matcher(s).find()) {
                        bodySeen = false; // "开展一战华工研究具有重要意义（观点）": a column's title opens an article
                    }
                    role = bodySeen && !(i > 0 && r[i - 1] != null && r[i - 1].isHeading() && r[i - 1] != Role.SUBHEADING)
                            ? Role.SUBHEADING : Role.HEADLINE;
                    if (role == Role.SUBHEADING && r[i - 1] == Role.SUBHEADING && (s.startsWith("——") || s.startsWith("—"))) {
                        // a title with its "——评电视剧《启航》" below: another article's title group
                        r[i - 1] = Role.HEADLINE;
                        role = Role.SUBTITLE;
                        bodySeen = false;
                        sinceTitle = 0;
                    }
                } else if (i > 0 && r[i - 1] == Role.BOX_LABEL) {
                    role = Role.BOX;
                } else if (!bodySeen && sinceTitle >= 0 && sinceTitle <= 1 && !Chars.endsSentence(s, s.length())
                        && !closesASentenceInside(s)) {
                    // a summary line under the title, printed without a full stop (a block with sentences closed
                    // inside it is the first paragraph cut at the column end)
                    role = Role.STANDFIRST;
                } else {
                    role = Role.BODY;
                }
            }
            if (role == Role.HEADLINE && i > 0 && r[i - 1] == Role.HEADLINE) {
                // a title group: kicker / headline / subtitle
                String prev = blocks.get(i - 1).string();
                if (s.startsWith("——") || s.startsWith("—")) {
                    role = Role.SUBTITLE;
                } else if (prev.endsWith("：") || prev.endsWith("——") || prev.length() < s.length() / 2) {
                    r[i - 1] = Role.KICKER;
                } else {
                    role = Role.SUBTITLE;
                }
            }
            if (role.isHeading() && role != Role.SUBHEADING) {
                sinceTitle = 0;
            } else if (sinceTitle >= 0) {
                sinceTitle++;
            }
            if (role == Role.BODY || role == Role.BOX) {
                bodySeen = true;
            }
            r[i] = role;
        }
        return r;
    }

    /*
     * byText runs for every block of every page (and again on each settle round), most of them body
     * paragraphs that none of the patterns matches: each pattern is tried only when the block's first or
     * last character can begin or end a match (the character sets are read off the patterns), and the
     * folded text is made only for the two patterns matched against it. Same verdicts, no regex and no
     * copy for a body paragraph.
     */
    private static Role byText(Block b, String s) {
        if (s.isEmpty()) {
            return Role.CAPTION;
        }
        if (b.isHeading()) {
            return Role.HEADLINE;
        }
        char first = s.charAt(0);
        int foldedFirst = firstFolded(s);
        String f = null;
        // BOX_LABEL: at most 7 characters once folded ("【记者观察】："); DATELINE opens with a bracket
        if (foldedLengthAtMost(s, 7)) {
            f = Chars.fold(s);
            if (BOX_LABEL.matcher(f).matches()) {
                return Role.BOX_LABEL;
            }
        }
        if (s.length() <= 60 && mayBeCredit(s) && CREDIT.matcher(s).matches()) {
            return Role.CREDIT;
        }
        if (s.length() <= 70 && "—（(文本新央人特记通评".indexOf(first) >= 0 && BYLINE.matcher(s).matches()) {
            return Role.BYLINE;
        }
        if (foldedFirst == '（') {
            if (f == null) {
                f = Chars.fold(s);
            }
            if (DATELINE.matcher(f).matches()) {
                return Role.DATELINE;
            }
        }
        if (s.length() <= 120 && "图上下左右▲△".indexOf(first) >= 0 && CAPTION.matcher(s).lookingAt()) {
            return Role.CAPTION;
        }
        if (isTable(s)) {
            return Role.TABLE;
        }
        if (!Chars.endsSentence(s, s.length()) && LIST.matcher(s).lookingAt()) {
            return Role.LIST;
        }
        return null;
    }

    /** Whether {@link #CREDIT} can match {@code s}: it opens with 制图/摄影/图片… or 本版, or ends with 摄/影/图/绘/发/作. */
    static boolean mayBeCredit(String s) {
        return !s.isEmpty() && ("制摄图供绘设".indexOf(s.charAt(0)) >= 0 || "摄影图绘发作".indexOf(s.charAt(s.length() - 1)) >= 0
                || s.startsWith("本版"));
    }

    /** The first character of {@link Chars#fold}{@code (s)}, or -1 when it is empty. */
    private static int firstFolded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Chars.isSpace(c) && !Chars.isGarbage(c)) {
                return Chars.fullWidth(c);
            }
        }
        return -1;
    }

    /** Whether {@link Chars#fold}{@code (s)} has at most {@code max} characters. */
    private static boolean foldedLengthAtMost(String s, int max) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Chars.isSpace(c) && !Chars.isGarbage(c) && ++n > max) {
                return false;
            }
        }
        return true;
    }

    /** Tab-separated or space-aligned columns, or a Markdown table row. */
    private static boolean isTable(String s) {
        if (s.startsWith("|") && s.endsWith("|")) {
            return true;
        }
        if (s.indexOf('\t') < 0 && s.indexOf("   ") < 0) {
            return false; // no gap at all (most blocks): not read character by character
        }
        int gaps = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '\t' || s.charAt(i) == ' ' && s.charAt(i + 1) == ' ' && i + 2 < s.length() && s.charAt(i + 2) == ' ') {
                gaps++;
                while (i + 1 < s.length() && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                    i++;
                }
            }
        }
        return gaps >= 3;
    }

    /** Ends with 。！？ (or …), closing quotes and brackets after it allowed; "（观点）" at the end is no stop. */
    static boolean endsWithStop(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Chars.isSpace(s.charAt(i)) || Chars.isClosing(Chars.fullWidth(s.charAt(i))))) {
            i--;
        }
        return i >= 0 && (Chars.isSentenceEnd(Chars.fullWidth(s.charAt(i))) || s.charAt(i) == '…');
    }

    /**
     * Short and without a full stop: a headline, kicker or sub-heading ("精准贷款助力脱贫", "整治一村，修复一村，
     * 建强一村", "…为求发展速度“拔苗助长”"). A block ending with a character that cannot end a sentence is
     * not one.
     */
    /** Whether the text ends inside a date, a month or day cut from its unit: "早在2006年1" (/ "2月，……"). */
    private static boolean endsInCutDate(String s) {
        int k = s.length();
        while (k > 0 && Chars.isAsciiDigit(s.charAt(k - 1))) {
            k--;
        }
        return k < s.length() && k > 0 && (s.charAt(k - 1) == '年' || s.charAt(k - 1) == '月');
    }

    /**
     * Whether a full stop, question or exclamation mark closes a sentence before the text's end (not
     * {@link Chars#isSentenceEnd}: an ellipsis inside a summary line "……" does not close it).
     */
    private static boolean closesASentenceInside(String s) {
        for (int k = 0; k + 1 < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '。' || c == '？' || c == '！') {
                return true;
            }
        }
        return false;
    }

    /** A pronoun and a verb of saying before a comma or colon: "他回憶說，", "她表示：", "我们认为，". */
    private static final java.util.regex.Pattern SPEECH_LEAD = java.util.regex.Pattern.compile(
            "[他她我][们們]?(?:也|还|還|则|則|又|笑着|笑著|回忆|回憶|对记者|對記者)?"
                    + "(?:说|說|表示|指出|介绍|介紹|认为|認為|强调|強調|坦言|透露|直言|告诉记者|告訴記者)[，,：:]");

    static boolean isTitleShaped(Block b, String s) {
        if (b.isHeading()) {
            return true;
        }
        // judged on the text alone, not on how the reader saw the lines (a heading run of a hard-wrapped
        // page is a plain paragraph once cleaned): so the role is the same when clean runs again
        if ((s.startsWith("本报") || s.startsWith("新华社")) && ArticleSegmenter.LEAD.matcher(s).lookingAt()
                || s.startsWith("据")) {
            return false; // the lead of an article
        }
        int len = BrokenJoinDetector.visibleLength(s, 48);
        if (len == 0 || len > 48 || endsWithStop(s) || Chars.cannotEnd(DetectorChars.lastSolid(s)) || endsInCutDate(s)) {
            return false;
        }
        char c0 = s.charAt(0);
        if ((c0 == '他' || c0 == '她' || c0 == '我') && SPEECH_LEAD.matcher(s).lookingAt()) {
            return false; // "他回憶說，侯武忠……": reported speech opens a sentence, never a title
        }
        int clauses = 0;
        int quoted = 0; // open quotation marks
        for (int i = 0; i < s.length(); i++) {
            char c = Chars.fullWidth(s.charAt(i)); // width-blind: fixing a mark's width must not change the role
            if (c == '；' || c == ';') {
                return false;
            }
            if (c == '「' || c == '“' || c == '『') {
                quoted++;
            } else if ((c == '」' || c == '”' || c == '』') && quoted > 0) {
                quoted--;
            }
            if ((c == '。' || c == '！' || c == '？') && (quoted == 0 || c == '。')
                    && !(i + 1 < s.length() && Chars.isClosing(Chars.fullWidth(s.charAt(i + 1))))
                    && !(c != '。' && i + 1 < s.length() && Chars.isSpace(s.charAt(i + 1)))) {
                // a full stop, unless it closes a quotation inside the title or is an exclamation or question
                // in one (「什麼！我沒入圍？」),
                // or an exclamation set off from the rest by a space ("金馬風光落幕！　血觀音、老獸慶功宴氣氛嗨")
                return false;
            }
            if (c == '，' || c == ',' || c == '、') {
                clauses++;
            }
        }
        return clauses <= 3 && (len <= 34 || clauses == 0);
    }
}
