package com.jiaodui.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A merge of the two versions: for every difference, take A's text (left, the default), B's text (right), both,
 * or text typed by the editor. The merged text is A's raw text with every choice applied, so everything that does
 * not differ keeps A's exact form. A move taken right puts the block where B prints it (with the choices made for
 * the differences inside it); taken both, the block is printed at both places. Not thread-safe.
 */
public final class Merge {
    private final Comparison c;
    private final Choice[] choices;
    private final String[] custom;

    Merge(Comparison c) {
        this.c = c;
        int n = c.differences().size();
        choices = new Choice[n];
        custom = new String[n];
        Arrays.fill(choices, Choice.LEFT);
    }

    public Comparison comparison() {
        return c;
    }

    public Choice choice(Difference d) {
        return choices[d.index()];
    }

    /** Takes left, right or both for {@code d} (use {@link #edit} for typed text). */
    public Merge choose(Difference d, Choice choice) {
        if (choice == Choice.CUSTOM) {
            return edit(d, custom[d.index()] == null ? d.a().text() : custom[d.index()]);
        }
        choices[d.index()] = choice;
        return this;
    }

    /** Replaces {@code d}'s text by {@code text} in the merged text. */
    public Merge edit(Difference d, String text) {
        choices[d.index()] = Choice.CUSTOM;
        custom[d.index()] = text == null ? "" : text;
        return this;
    }

    /** The typed text of {@code d}, or null. */
    public String customText(Difference d) {
        return custom[d.index()];
    }

    public Merge chooseAll(Choice choice) {
        for (Difference d : c.differences()) {
            choose(d, choice);
        }
        return this;
    }

    /** The text the merged version will hold for {@code d} (for a move: the block's text). */
    public String resultFor(Difference d) {
        if (d.isMove()) {
            return choices[d.index()] == Choice.CUSTOM ? custom[d.index()] : render(d);
        }
        return content(d);
    }

    private String content(Difference d) {
        return switch (choices[d.index()]) {
            case LEFT -> d.a().text();
            case RIGHT -> d.b().text();
            case BOTH -> d.a().text() + d.b().text();
            case CUSTOM -> custom[d.index()];
        };
    }

    private record Op(int start, int end, String text, int key) {}

    /** The merged text. */
    public String text() {
        return apply(c.rawA(), 0, c.rawA().length(), ops());
    }

    /** One replacement the merge makes in A's raw text: {@code [start, end)} of A becomes {@code text}. */
    public record Change(int start, int end, String text) { }

    /**
     * The replacements the merge makes in A's raw text, in order: what lets a part of A (an article's span) be
     * taken from the merge alone, without the rest of the page.
     */
    public List<Change> changes() {
        List<Op> ops = ops();
        ops.sort(Comparator.comparingInt(Op::start).thenComparingInt(Op::key));
        List<Change> out = new ArrayList<>(ops.size());
        for (Op o : ops) {
            out.add(new Change(o.start(), o.end(), o.text()));
        }
        return out;
    }

    private List<Op> ops() {
        List<Op> ops = new ArrayList<>();
        for (Difference d : c.differences()) {
            if (d.move() != null) {
                continue; // rendered with its move
            }
            Choice ch = choices[d.index()];
            if (d.isMove()) {
                String block = render(d);
                switch (ch) {
                    case LEFT -> { }
                    case CUSTOM -> ops.add(new Op(d.a().start(), d.a().end(), custom[d.index()], d.normB0));
                    case RIGHT, BOTH -> {
                        if (ch == Choice.RIGHT) {
                            ops.add(new Op(d.a().start(), d.a().end(), "", d.normB0));
                        } else if (!block.equals(d.a().text())) {
                            ops.add(new Op(d.a().start(), d.a().end(), block, d.normB0));
                        }
                        int at = c.aNormPointForB(d.normB0);
                        ops.add(new Op(c.na.rawPoint(at), c.na.rawPoint(at),
                                separated(block, at, c.na.atBlockStart(d.normA0), c.na.atBlockEnd(d.normA1)),
                                d.normB0));
                    }
                }
                if (ch == Choice.LEFT && !block.equals(d.a().text())) {
                    ops.add(new Op(d.a().start(), d.a().end(), block, d.normB0));
                }
                continue;
            }
            String t = content(d);
            if (d.a().isEmpty()) {
                if (!t.isEmpty()) {
                    ops.add(new Op(d.a().start(), d.a().start(),
                            separated(t, d.normA0, c.nb.atBlockStart(d.normB0), c.nb.atBlockEnd(d.normB1)),
                            d.normB0));
                }
            } else if (!t.equals(d.a().text())) {
                ops.add(new Op(d.a().start(), d.a().end(), t, d.normB0));
            }
        }
        return ops;
    }

    /** Text inserted at normalized A point {@code at}: a whole block placed after a block gets a paragraph break. */
    private String separated(String t, int at, boolean startsBlock, boolean endsBlock) {
        if (startsBlock && c.na.atBlockEnd(at)) {
            return "\n\n" + t;
        }
        if (endsBlock && at == 0 && c.na.length() > 0) {
            return t + "\n\n";
        }
        return t;
    }

    /** A move's A text with the choices for the differences inside it applied. */
    private String render(Difference move) {
        List<Op> ops = new ArrayList<>();
        for (Difference d : c.differences()) {
            if (d.move() != move && (d.move() == null || d.move().index() != move.index())) {
                continue;
            }
            String t = content(d);
            if (d.a().isEmpty() ? !t.isEmpty() : !t.equals(d.a().text())) {
                ops.add(new Op(d.a().start(), d.a().end(), t, d.normB0));
            }
        }
        return apply(c.rawA(), move.a().start(), move.a().end(), ops);
    }

    private static String apply(String raw, int from, int to, List<Op> ops) {
        ops.sort(Comparator.comparingInt(Op::start).thenComparingInt(Op::key));
        StringBuilder sb = new StringBuilder(to - from + 64);
        int p = from;
        for (Op o : ops) {
            int s = Math.max(o.start(), p);
            sb.append(raw, p, Math.max(p, Math.min(s, to)));
            sb.append(o.text());
            p = Math.max(p, Math.min(Math.max(o.end(), s), to));
        }
        sb.append(raw, Math.min(p, to), to);
        return sb.toString();
    }
}
