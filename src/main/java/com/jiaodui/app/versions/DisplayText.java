package com.jiaodui.app.versions;

import com.jiaodui.compare.Row;
import com.jiaodui.compare.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * What one pane of the compare view shows: the version's raw text, or with "hide identical paragraphs" only the
 * rows that differ, each hidden run replaced by a one-line marker. Keeps the map between display and raw offsets.
 */
public final class DisplayText {
    /** A piece of raw text shown at {@code display}; a marker has {@code raw < 0}. */
    record Piece(int display, int raw, int length) {}

    /** Stands for the other side's paragraph where this side has none (with hidden identical rows). */
    public static final char GAP = '◇';
    private final String text;
    private final List<Piece> pieces;
    private final int rawLength;

    private DisplayText(String text, List<Piece> pieces, int rawLength) {
        this.text = text;
        this.pieces = pieces;
        this.rawLength = rawLength;
    }

    /** The raw text itself. */
    public static DisplayText whole(String raw) {
        return new DisplayText(raw, List.of(new Piece(0, 0, raw.length())), raw.length());
    }

    /**
     * The rows of {@code side} that differ; a run of hidden rows shows as {@code marker} formatted with the number
     * of paragraphs hidden on that side (the rows' text is taken from each row's span).
     */
    public static DisplayText rows(String raw, List<Row> rows, Side side, boolean[] hidden,
                                   java.util.function.IntFunction<String> marker) {
        StringBuilder sb = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        int hiddenBlocks = 0;
        boolean inHidden = false;
        int lastEnd = -1;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (hidden[i]) {
                inHidden = true;
                lastEnd = -1;
                hiddenBlocks += side == Side.A ? r.aTo() - r.aFrom() : r.bTo() - r.bFrom();
                continue;
            }
            if (inHidden) {
                separate(sb);
                sb.append(marker.apply(hiddenBlocks));
                hiddenBlocks = 0;
                inHidden = false;
            }
            boolean has = side == Side.A ? r.hasA() : r.hasB();
            var span = side == Side.A ? r.a() : r.b();
            if (!has) {
                // text only on the other side: a mark here, just before this side's insertion points
                separate(sb);
                sb.append(GAP);
                List<Integer> points = new ArrayList<>();
                for (var d : r.differences()) {
                    var s = d.span(side);
                    if (s.isEmpty() && !points.contains(s.start())) {
                        points.add(s.start());
                    }
                }
                points.sort(null);
                for (int p : points) {
                    pieces.add(new Piece(sb.length(), p, 0));
                }
                lastEnd = -1;
                continue;
            }
            Piece prev = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (lastEnd >= 0 && prev != null && prev.raw() + prev.length() == lastEnd && span.start() >= lastEnd
                    && !sb.isEmpty()) {
                // the row right after a shown row: the text between them as it is
                pieces.set(pieces.size() - 1, new Piece(prev.display(), prev.raw(), span.end() - prev.raw()));
                sb.append(raw, lastEnd, span.end());
            } else {
                separate(sb);
                pieces.add(new Piece(sb.length(), span.start(), span.length()));
                sb.append(raw, span.start(), span.end());
            }
            lastEnd = span.end();
        }
        if (inHidden) {
            separate(sb);
            sb.append(marker.apply(hiddenBlocks));
        }
        return new DisplayText(sb.toString(), List.copyOf(pieces), raw.length());
    }

    private static void separate(StringBuilder sb) {
        if (sb.length() > 0) {
            sb.append("\n\n");
        }
    }

    public String text() {
        return text;
    }

    /** For every display character: whether it is the version's text (false for markers and added breaks). */
    public boolean[] coverage() {
        boolean[] c = new boolean[text.length()];
        for (Piece p : pieces) {
            java.util.Arrays.fill(c, p.display(), Math.min(text.length(), p.display() + p.length()), true);
        }
        return c;
    }

    /** Whether the raw offset is shown (false inside hidden rows). */
    public boolean shows(int raw) {
        for (Piece p : pieces) {
            if (raw >= p.raw() && raw <= p.raw() + p.length()) {
                return true;
            }
        }
        return false;
    }

    /** The display offset of raw offset {@code raw}; inside hidden text, the start of the next shown piece. */
    public int toDisplay(int raw) {
        for (Piece p : pieces) {
            if (raw < p.raw()) {
                return p.display();
            }
            if (raw <= p.raw() + p.length()) {
                return p.display() + raw - p.raw();
            }
        }
        return text.length();
    }

    /** The raw offset shown at display offset {@code display} (a marker maps to the start of the next piece). */
    public int toRaw(int display) {
        for (Piece p : pieces) {
            if (display < p.display()) {
                return p.raw();
            }
            if (display <= p.display() + p.length()) {
                return p.raw() + display - p.display();
            }
        }
        return rawLength;
    }
}
