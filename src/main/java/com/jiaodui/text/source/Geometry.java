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
