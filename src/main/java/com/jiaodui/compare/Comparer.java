package com.jiaodui.compare;

import com.jiaodui.text.Format;
import com.jiaodui.text.Page;
import com.jiaodui.text.PageReader;
import com.jiaodui.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares two OCR versions of one page. Thread-safe; cheap to create.
 *
 * <pre>{@code
 * Comparison c = new Comparer().compare(rawA, rawB);
 * for (Difference d : c.differences()) { ... d.kind(), d.a(), d.b() ... }
 * Merge m = c.merge(); m.choose(c.differences().get(0), Choice.RIGHT); String merged = m.text();
 * }</pre>
 */
public final class Comparer {
    private final CompareOptions options;

    public Comparer() {
        this(CompareOptions.DEFAULT);
    }

    public Comparer(CompareOptions options) {
        this.options = options;
    }

    public CompareOptions options() {
        return options;
    }

    public Comparison compare(SourceText a, SourceText b) {
        return compare(PageReader.read(a), PageReader.read(b));
    }

    /** Compares two raw texts (plain text or Markdown, detected from the content). */
    public Comparison compare(String rawA, String rawB) {
        return compare(PageReader.read(rawA, Format.TEXT), PageReader.read(rawB, Format.TEXT));
    }

    public Comparison compare(Page a, Page b) {
        Normalized na = Normalized.of(a, options.keepWidth());
        Normalized nb = Normalized.of(b, options.keepWidth());
        Aligner.Result r = new Aligner(na, nb).run();

        List<Difference> moves = new ArrayList<>();
        for (Aligner.Move mv : r.moves) {
            moves.add(new Difference(-1, DiffKind.MOVE, span(na, mv.a0(), mv.a1()), span(nb, mv.b0(), mv.b1()),
                    null, mv.a0(), mv.a1(), mv.b0(), mv.b1()));
        }
        List<Difference> all = new ArrayList<>(moves);
        for (Aligner.Edit e : r.edits) {
            if (onlyGarble(na.s, e.a0(), e.a1()) && e.b0() == e.b1() || onlyGarble(nb.s, e.b0(), e.b1()) && e.a0() == e.a1()) {
                continue; // unmapped glyphs facing no text: padding, not a difference
            }
            DiffKind kind = e.a0() == e.a1() ? DiffKind.INSERT : e.b0() == e.b1() ? DiffKind.DELETE : DiffKind.REPLACE;
            Difference parent = e.move() >= 0 ? moves.get(e.move()) : null;
            all.add(new Difference(-1, kind, span(na, e.a0(), e.a1()), span(nb, e.b0(), e.b1()), parent,
                    e.a0(), e.a1(), e.b0(), e.b1()));
        }
        all.sort(Comparator.<Difference>comparingInt(d -> d.a().start())
                .thenComparingInt(d -> d.isMove() ? 0 : 1)
                .thenComparingInt(d -> d.a().end() == d.a().start() ? 0 : 1)
                .thenComparingInt(d -> d.b().start()));
        // number them, and relink inner differences to the numbered moves
        List<Difference> numbered = new ArrayList<>(all.size());
        java.util.Map<Difference, Difference> moveMap = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Difference d = all.get(i).withIndex(i);
            if (d.isMove()) {
                moveMap.put(all.get(i), d);
            }
            numbered.add(d);
        }
        for (int i = 0; i < numbered.size(); i++) {
            Difference d = numbered.get(i);
            if (d.move() != null) {
                numbered.set(i, d.withMove(moveMap.get(d.move())));
            }
        }
        return new Comparison(options, na, nb, r, List.copyOf(numbered));
    }

    private static boolean onlyGarble(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    private static Span span(Normalized n, int from, int to) {
        int[] s = n.rawSpan(from, to);
        return new Span(s[0], s[1], n.raw.substring(s[0], s[1]));
    }
}
