package com.jiaodui.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a page into articles. */
public final class ArticleSegmenter {
    private ArticleSegmenter() {}

    public static List<Article> segment(Page page, List<Flag> flags) {
        List<Article> out = new ArrayList<>();
        List<Block> cur = new ArrayList<>();
        for (Block b : page.blocks()) {
            if (b.isHeading() && !cur.isEmpty()) {
                out.add(make(out.size(), cur));
                cur = new ArrayList<>();
            }
            cur.add(b);
        }
        if (!cur.isEmpty()) {
            out.add(make(out.size(), cur));
        }
        return out;
    }

    private static Article make(int index, List<Block> blocks) {
        Block first = blocks.get(0);
        String title = first.isHeading() ? first.string() : "";
        List<String> paras = new ArrayList<>();
        MappedText.Builder t = MappedText.builder();
        for (Block b : blocks) {
            if (t.length() > 0) {
                t.insert("\n\n", b.start());
            }
            t.append(b.text());
            if (b != first || !first.isHeading()) {
                paras.add(b.string());
            }
        }
        Block last = blocks.get(blocks.size() - 1);
        return new Article(index, null, title, null, null, paras, t.build(), first.start(), last.end());
    }
}
