package com.jiaodui.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a cleaned page into articles: title (with kicker and subtitle), byline, body paragraphs.
 * Uses Markdown headings; leads such as 本报讯（记者 …） and bylines such as □记者 …; end codes (③9),
 * jump markers and source lines that close an article; signatures (郭 嘉); and, on raw pages,
 * headline blocks printed after their body, which are attached to that body.
 */
public final class ArticleSegmenter {
    static final Pattern LEAD = Pattern.compile("^(本报讯|本报[^，。]{0,8}电|新华社[^，。]{0,12}电)\\s*[（(][^）)]{1,30}[）)]");
    /**
     * The openings of an article's first paragraph besides {@link #LEAD}'s "本报北京2月1日电（记者…）":
     * "央视网消息（新闻联播）：", "【綜合報導】". Not part of LEAD: segmentation and the join score's "a lead is no
     * continuation" use LEAD alone; the block roles and the duplicate detector know these as well.
     */
    static final Pattern OTHER_LEAD = Pattern.compile(
            "^(\\p{IsHan}{1,8}消息\\s*[（(][^）)]{1,12}[）)]\\s*[：:]|【[^】]{1,10}(报道|報導|讯|訊)】)");
    static final Pattern BYLINE = Pattern.compile("^([□■●◆]\\s*|(本报|特约)?记者\\s*|通讯员\\s*)[\\p{IsHan} ]{1,20}$");
    /** A lone name signing an item: a padded two-character name ("郭 嘉") or a three-character one. */
    static final Pattern SIGNATURE = Pattern.compile("^(\\p{IsHan}[ \\u3000]\\p{IsHan}|\\p{IsHan}{3})$");
    static final Pattern SOURCE = Pattern.compile("^[（(]\\s*据[^）)]{1,40}[）)]$");

    private ArticleSegmenter() {}

    /** Whether a paragraph opens as an article's lead, with its dateline ({@link #LEAD} or {@link #OTHER_LEAD}). */
    static boolean opensWithDateline(String text) {
        String t = text.strip();
        return LEAD.matcher(t).lookingAt() || otherLead(t);
    }

    /** Whether the text opens with {@link #OTHER_LEAD}; the pattern is tried only where it can match (it runs on every block). */
    static boolean otherLead(String t) {
        boolean news = false; // 消息 after one to eight characters
        for (int m = 1; m <= 8 && !news; m++) {
            news = t.startsWith("消息", m);
        }
        return (t.startsWith("【") || news) && OTHER_LEAD.matcher(t).lookingAt();
    }

    public static List<Article> segment(Page page, List<Flag> flags, List<CleanBlock> blocks) {
        int n = blocks.size();
        List<Flag> furnitureFlags = new ArrayList<>();
        for (Flag f : flags) {
            if (PageFurnitureDetector.isStandalone(f)) {
                furnitureFlags.add(f);
            }
        }
        boolean[] furniture = new boolean[n];
        for (int i = 0; i < n; i++) {
            furniture[i] = isStandaloneFurniture(blocks.get(i), furnitureFlags);
        }
        // a short unpunctuated block between two furniture blocks belongs to the page index
        for (int i = 1; i + 1 < n; i++) {
            if (!furniture[i] && furniture[i - 1] && furniture[i + 1] && isHeadlineLike(blocks.get(i))) {
                furniture[i] = true;
            }
        }
        List<Draft> drafts = new ArrayList<>();
        Draft cur = null;
        int i = 0;
        while (i < n) {
            CleanBlock cb = blocks.get(i);
            String s = cb.string();
            if (furniture[i]) {
                if (cur != null && !cur.body.isEmpty()) {
                    cur.ended = true;
                }
                i++;
                continue;
            }
            if (cb.isHeading()) {
                List<CleanBlock> group = new ArrayList<>();
                while (i < n && blocks.get(i).isHeading() && !furniture[i]) {
                    group.add(blocks.get(i++));
                }
                cur = start(drafts);
                cur.setTitles(group);
                continue;
            }
            if (SOURCE.matcher(s).matches()) {
                cur = cur == null ? start(drafts) : cur;
                cur.body.add(cb);
                cur.ended = true;
                i++;
                continue;
            }
            if (BYLINE.matcher(s).matches() && s.length() <= 24) {
                if (cur == null || !cur.body.isEmpty() || cur.byline != null) {
                    cur = start(drafts);
                }
                cur.byline = s;
                cur.bylineBlock = cb;
                i++;
                continue;
            }
            if (SIGNATURE.matcher(s).matches() && cur != null && !cur.body.isEmpty() && !cur.ended
                    && Chars.endsSentence(lastBody(cur), lastBody(cur).length())) {
                if (cur.byline == null) {
                    cur.byline = s;
                }
                cur.trailer.add(cb);
                cur.ended = true;
                i++;
                continue;
            }
            if (isHeadlineLike(cb)) {
                List<CleanBlock> group = new ArrayList<>();
                while (i < n && !furniture[i] && isHeadlineLike(blocks.get(i))
                        && !BYLINE.matcher(blocks.get(i).string()).matches()) {
                    group.add(blocks.get(i++));
                }
                if (cur != null && !cur.body.isEmpty() && cur.title.isEmpty()) {
                    cur.setTitles(group); // a headline printed after its body
                    cur.ended = true;
                } else if (cur != null && !cur.body.isEmpty() && !cur.ended) {
                    cur.body.addAll(group); // subheads inside the article
                } else if (cur != null && cur.body.isEmpty() && !cur.title.isEmpty()) {
                    cur.addSubtitles(group);
                } else {
                    cur = start(drafts);
                    cur.setTitles(group);
                }
                continue;
            }
            // body text
            boolean lead = LEAD.matcher(s).lookingAt();
            if (cur == null || cur.ended || lead && (!cur.body.isEmpty() || cur.byline != null && cur.bylineBlock == null)) {
                cur = start(drafts);
            }
            if (lead && cur.byline == null) {
                java.util.regex.Matcher m = LEAD.matcher(s);
                m.lookingAt();
                cur.byline = m.group();
            }
            cur.body.add(cb);
            if (closesArticle(s)) {
                cur.ended = true;
            }
            i++;
        }
        List<Article> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.title.isEmpty() && d.body.isEmpty()) {
                continue;
            }
            out.add(d.build(out.size()));
        }
        return out;
    }

    /** Whether a paragraph closes its article: it ends with an editor code (③9) or a jump marker (（下转02版）). */
    static boolean closesArticle(String s) {
        if (FurniturePatterns.editorCodeStart(s) >= 0) {
            return true;
        }
        java.util.regex.Matcher m = FurniturePatterns.JUMP_BRACKETED.matcher(s).region(Math.max(0, s.length() - 16), s.length());
        while (m.find()) {
            if (m.end() == s.length() && m.group().contains("转")) {
                return true;
            }
        }
        return false;
    }

    private static String lastBody(Draft d) {
        return d.body.get(d.body.size() - 1).string();
    }

    private static Draft start(List<Draft> drafts) {
        Draft d = new Draft();
        drafts.add(d);
        return d;
    }

    /** A short block without clause punctuation: a headline, kicker, subhead or caption title. */
    static boolean isHeadlineLike(CleanBlock cb) {
        String s = cb.string();
        return !s.isEmpty() && s.length() <= 40 && !Chars.isProse(s) && !Chars.endsSentence(s, s.length())
                && !SOURCE.matcher(s).matches();
    }

    /** A whole block covered by a furniture flag of a standalone kind (page index, countdown, label). */
    private static boolean isStandaloneFurniture(CleanBlock cb, List<Flag> standaloneFurniture) {
        if (cb.text().length() == 0) {
            return !cb.isHeading();
        }
        int s = cb.text().rawStart(0);
        int e = cb.rawEnd();
        for (Flag f : standaloneFurniture) {
            if (f.start() <= s && f.end() >= e) {
                return true;
            }
        }
        return false;
    }

    private static final class Draft {
        final List<CleanBlock> title = new ArrayList<>();
        final List<CleanBlock> body = new ArrayList<>();
        final List<CleanBlock> trailer = new ArrayList<>();
        String byline;
        CleanBlock bylineBlock;
        boolean ended;

        void setTitles(List<CleanBlock> group) {
            title.clear();
            title.addAll(group);
        }

        void addSubtitles(List<CleanBlock> group) {
            title.addAll(group);
        }

        Article build(int index) {
            String kicker = null;
            String head = "";
            String sub = null;
            if (title.size() == 1) {
                head = title.get(0).string();
            } else if (title.size() == 2) {
                String a = title.get(0).string();
                if (a.length() <= 6 && title.get(1).string().length() > a.length() || a.endsWith("强调") || a.endsWith("指出") || a.endsWith("表示") || a.endsWith("要求")
                        || a.endsWith("：") || a.endsWith(":") || a.matches(".*[（(][一二三四五六七八九十\\d]+[）)]$")) {
                    kicker = a;
                    head = title.get(1).string();
                } else {
                    head = a;
                    sub = title.get(1).string();
                }
            } else if (title.size() >= 3) {
                kicker = title.get(0).string();
                head = title.get(1).string();
                StringBuilder sb = new StringBuilder();
                for (int k = 2; k < title.size(); k++) {
                    sb.append(sb.length() > 0 ? " " : "").append(title.get(k).string());
                }
                sub = sb.toString();
            }
            List<CleanBlock> all = new ArrayList<>(title);
            if (bylineBlock != null) {
                all.add(bylineBlock);
            }
            all.addAll(body);
            all.addAll(trailer);
            int size = 0; // the exact length, as written below: build() copies nothing
            for (CleanBlock cb : all) {
                size += (size > 0 ? 2 : 0) + cb.text().length();
            }
            MappedText.Builder t = MappedText.builder(size);
            List<String> paragraphs = new ArrayList<>();
            int rs = Integer.MAX_VALUE;
            int re = 0;
            for (CleanBlock cb : all) {
                if (t.length() > 0) {
                    t.insert("\n\n", cb.rawStart());
                }
                t.append(cb.text());
                rs = Math.min(rs, cb.rawStart());
                re = Math.max(re, cb.rawEnd());
            }
            for (CleanBlock cb : body) {
                paragraphs.add(cb.string());
            }
            for (CleanBlock cb : trailer) {
                paragraphs.add(cb.string());
            }
            return new Article(index, kicker, head, sub, byline, paragraphs, t.build(), rs == Integer.MAX_VALUE ? 0 : rs, re);
        }
    }
}
