package com.jiaodui.text.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the raw text sits on the printed pages: a box for every line and block of the raw text, the
 * pages, and the OCR engine's word confidences where the format has them. Offsets are into the raw text
 * of the {@link SourceDocument}, so a flag's span (also raw offsets) finds its place on the page.
 */
public final class Geometry {
    private static final Geometry NONE = new Geometry(List.of(), List.of(), List.of(), List.of());

    private final List<Span> lines;
    private final List<Span> blocks;
    private final List<WordConfidence> words;
    private final List<SourcePage> pages;

    Geometry(List<Span> lines, List<Span> blocks, List<WordConfidence> words, List<SourcePage> pages) {
        this.lines = List.copyOf(lines);
        this.blocks = List.copyOf(blocks);
        this.words = List.copyOf(words);
        this.pages = List.copyOf(pages);
    }

    /** No positions (a plain text page). */
    public static Geometry none() {
        return NONE;
    }

    public boolean isEmpty() {
        return lines.isEmpty() && blocks.isEmpty();
    }

    /** Every line of the raw text with a known place, in raw order. */
    public List<Span> lines() {
        return lines;
    }

    /** Every block (paragraph, heading, caption) with a known place, in raw order. */
    public List<Span> blocks() {
        return blocks;
    }

    public List<WordConfidence> words() {
        return words;
    }

    public List<SourcePage> pages() {
        return pages;
    }

    /** The page that holds the raw offset (the last page starting at or before it). */
    public Optional<SourcePage> pageOf(int offset) {
        SourcePage found = null;
        for (SourcePage p : pages) {
            if (p.start() <= offset) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The line holding the raw offset, or the nearest line before it (an offset at a line end or in a blank line). */
    public Optional<Span> lineOf(int offset) {
        int i = indexAtOrBefore(lines, offset);
        return i < 0 ? Optional.empty() : Optional.of(lines.get(i));
    }

    /**
     * The box of the raw span {@code [start,end)}: the union of the boxes of the lines it touches on the page
     * where it starts (a span running on to another page is boxed on its first). Lines without a box (the
     * format gives only blocks) are stood in for by their block. Empty when the span has no known place.
     */
    public Optional<Box> boxOf(int start, int end) {
        List<Span> src = lines.isEmpty() ? blocks : lines;
        if (src.isEmpty()) {
            return Optional.empty();
        }
        int first = indexAtOrBefore(src, start);
        if (first < 0) {
            first = 0;
        }
        if (src.get(first).end() <= start && first + 1 < src.size() && src.get(first + 1).start() < Math.max(end, start + 1)) {
            first++; // the span starts in the gap (a line end) before this line
        }
        Box box = src.get(first).box();
        for (int i = first + 1; i < src.size() && src.get(i).start() < end; i++) {
            Box b = src.get(i).box();
            if (b.page() == box.page()) {
                box = box.union(b);
            }
        }
        return Optional.of(box);
    }

    /** The line at a point of a page, or the nearest line within {@code slop} points; empty when none is that close. */
    public Optional<Span> lineAt(int page, double x, double y, double slop) {
        Span best = null;
        double bestD = slop;
        for (Span s : lines.isEmpty() ? blocks : lines) {
            if (s.box().page() != page) {
                continue;
            }
            double d = s.box().distance(x, y);
            if (d <= bestD) {
                best = s;
                bestD = d;
                if (d == 0) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Words whose confidence is below {@code threshold}. */
    public List<WordConfidence> doubtful(double threshold) {
        List<WordConfidence> out = new ArrayList<>();
        for (WordConfidence w : words) {
            if (w.confidence() < threshold) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The part of this geometry that lies in the raw span {@code [start,end)}, its offsets made relative to
     * {@code start} (the raw text of one page of a multi-page file); boxes keep their page number.
     */
    public Geometry slice(int start, int end) {
        List<Span> ls = new ArrayList<>();
        for (Span s : lines) {
            if (s.start() >= start && s.end() <= end) {
                ls.add(new Span(s.start() - start, s.end() - start, s.box()));
            }
        }
        List<Span> bs = new ArrayList<>();
        for (Span s : blocks) {
            if (s.start() >= start && s.end() <= end) {
                bs.add(new Span(s.start() - start, s.end() - start, s.box()));
            }
        }
        List<WordConfidence> ws = new ArrayList<>();
        for (WordConfidence w : words) {
            if (w.start() >= start && w.end() <= end) {
                ws.add(new WordConfidence(w.start() - start, w.end() - start, w.confidence(), w.box()));
            }
        }
        List<SourcePage> ps = new ArrayList<>();
        for (SourcePage p : pages) {
            if (p.start() >= start && p.end() <= end) {
                ps.add(new SourcePage(p.number(), p.width(), p.height(), p.start() - start,
                        Math.max(p.start(), p.end()) - start, p.imageOnly()));
            }
        }
        return new Geometry(ls, bs, ws, ps);
    }

    private static final String MAGIC = "jiaodui-geometry 1";

    /**
     * This geometry as text, to be stored beside the raw text it belongs to (one record a line: {@code P} pages,
     * {@code L} lines, {@code B} blocks, {@code W} words; numbers in plain decimal). {@link #decode} reads it back.
     * Hand-written rather than JSON: it is a flat list of numbers, and a 40-page PDF has ~14,000 lines.
     */
    public String encode() {
        StringBuilder sb = new StringBuilder(64 + 48 * (lines.size() + blocks.size() + words.size()));
        sb.append(MAGIC).append('\n');
        for (SourcePage p : pages) {
            sb.append("P ").append(p.number()).append(' ').append(p.width()).append(' ').append(p.height())
                    .append(' ').append(p.start()).append(' ').append(p.end()).append(' ').append(p.imageOnly() ? 1 : 0)
                    .append('\n');
        }
        for (Span s : lines) {
            span(sb.append("L "), s);
        }
        for (Span s : blocks) {
            span(sb.append("B "), s);
        }
        for (WordConfidence w : words) {
            sb.append("W ").append(w.start()).append(' ').append(w.end()).append(' ').append(w.confidence());
            if (w.box() != null) {
                box(sb.append(' '), w.box());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Reads {@link #encode()}'s text back; text that is not such a record gives {@link #none()}. */
    public static Geometry decode(String text) {
        if (text == null || !text.startsWith(MAGIC)) {
            return NONE;
        }
        List<Span> ls = new ArrayList<>();
        List<Span> bs = new ArrayList<>();
        List<WordConfidence> ws = new ArrayList<>();
        List<SourcePage> ps = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(" ");
            if (f.length < 2) {
                continue;
            }
            try {
                switch (f[0]) {
                    case "P" -> ps.add(new SourcePage(Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]), "1".equals(f[6])));
                    case "L" -> ls.add(new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2]), box(f, 3)));
                    case "B" -> bs.add(new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2]), box(f, 3)));
                    case "W" -> ws.add(new WordConfidence(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                            Double.parseDouble(f[3]), f.length >= 9 ? box(f, 4) : null));
                    default -> { } // a record of a later version: skipped
                }
            } catch (RuntimeException e) {
                // a damaged record: skipped, the rest still places the text
            }
        }
        return new Geometry(ls, bs, ws, ps);
    }

    private static void span(StringBuilder sb, Span s) {
        box(sb.append(s.start()).append(' ').append(s.end()).append(' '), s.box());
        sb.append('\n');
    }

    private static void box(StringBuilder sb, Box b) {
        sb.append(b.page()).append(' ').append(num(b.x())).append(' ').append(num(b.y())).append(' ')
                .append(num(b.w())).append(' ').append(num(b.h()));
    }

    private static Box box(String[] f, int i) {
        return new Box(Integer.parseInt(f[i]), Double.parseDouble(f[i + 1]), Double.parseDouble(f[i + 2]),
                Double.parseDouble(f[i + 3]), Double.parseDouble(f[i + 4]));
    }

    /** A coordinate to 1/100 pt (finer than any renderer draws), without a trailing ".0". */
    private static String num(double d) {
        double r = Math.round(d * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    private static int indexAtOrBefore(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
