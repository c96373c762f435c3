package com.jiaodui.review;

import com.jiaodui.text.FlagKind;
import com.jiaodui.text.Msg;
import java.util.List;

/**
 * A flag as the review shows it, positioned in the current article text. What a decision does to the text is
 * held as {@link Piece}s: places in the text, each with the text it holds when the fix is in ({@code accepted})
 * and when it is not ({@code rejected}). One piece for most flags; a broken join across an interposed block
 * (a caption) has two: the join point and the place the block moves to. A decision only ever replaces the text
 * of its own pieces, so decisions compose in any order and never touch text outside them.
 *
 * @param kind     the defect kind
 * @param msg      the engine's sentence as key and arguments ({@link #message()} renders it in English)
 * @param pieces   where the flag's fix acts, in text order, never empty; the first one is the flag's span
 * @param applied  whether the starting text (the engine's article) already carries the fix
 * @param fromPage whether the flag comes from the page analysis (true) or the re-analysis of the edited text
 * @param rawStart raw page span of the flag, or -1 when it has none (re-analysis flags on typed text)
 * @param rawEnd   raw end
 * @param state    the editor's decision
 */
public record ReviewFlag(FlagKind kind, Msg msg, List<Piece> pieces, boolean applied, boolean fromPage,
                         int rawStart, int rawEnd, FlagState state) {

    /**
     * One place a flag's fix acts on: {@code [start,end)} of the current text holds {@code accepted} while the fix
     * is in, else {@code rejected}.
     */
    public record Piece(int start, int end, String accepted, String rejected) {
        public Piece at(int s, int e) {
            return new Piece(s, e, accepted, rejected);
        }

        public String text(boolean fixIn) {
            return fixIn ? accepted : rejected;
        }

        public boolean changes() {
            return !accepted.equals(rejected);
        }
    }

    public ReviewFlag {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a flag needs a span");
        }
    }

    /** A flag with one piece. */
    public ReviewFlag(FlagKind kind, int start, int end, Msg msg, String accepted, String rejected,
                      boolean applied, boolean fromPage, int rawStart, int rawEnd, FlagState state) {
        this(kind, msg, List.of(new Piece(start, end, accepted, rejected)), applied, fromPage, rawStart, rawEnd,
                state);
    }

    /** A flag with one piece and a message without a key. */
    public ReviewFlag(FlagKind kind, int start, int end, String message, String accepted, String rejected,
                      boolean applied, boolean fromPage, int rawStart, int rawEnd, FlagState state) {
        this(kind, start, end, Msg.literal(message), accepted, rejected, applied, fromPage, rawStart, rawEnd, state);
    }

    /** A flag whose message has no key. */
    public ReviewFlag(FlagKind kind, String message, List<Piece> pieces, boolean applied, boolean fromPage,
                      int rawStart, int rawEnd, FlagState state) {
        this(kind, Msg.literal(message), pieces, applied, fromPage, rawStart, rawEnd, state);
    }

    /** The engine's sentence in English. */
    public String message() {
        return msg.english();
    }

    /** The engine's sentence in the given language. */
    public String message(java.util.Locale locale) {
        return msg.render(locale);
    }

    public int start() {
        return pieces.get(0).start();
    }

    public int end() {
        return pieces.get(0).end();
    }

    /** Whether the fix is in the text now: accepted, or open and applied from the start. */
    public boolean fixIn() {
        return state == FlagState.ACCEPTED || state == FlagState.OPEN && applied;
    }

    /** Whether accepting or rejecting changes the text at all. */
    public boolean changesText() {
        for (Piece p : pieces) {
            if (p.changes()) {
                return true;
            }
        }
        return false;
    }

    /** The suggested text of the flag's span (null when a decision changes nothing), for the panel. */
    public String fix() {
        return changesText() ? pieces.get(0).accepted() : null;
    }

    /** The text the span had before the fix (null when a decision changes nothing). */
    public String revert() {
        return changesText() ? pieces.get(0).rejected() : null;
    }

    public ReviewFlag withState(FlagState s) {
        return new ReviewFlag(kind, msg, pieces, applied, fromPage, rawStart, rawEnd, s);
    }

    public ReviewFlag withPieces(List<Piece> p) {
        return new ReviewFlag(kind, msg, p, applied, fromPage, rawStart, rawEnd, state);
    }

    /** The flag with its first piece moved to {@code [s,e)} (single-piece flags). */
    public ReviewFlag at(int s, int e) {
        List<Piece> p = new java.util.ArrayList<>(pieces);
        p.set(0, p.get(0).at(s, e));
        return withPieces(p);
    }

    public boolean open() {
        return state == FlagState.OPEN;
    }

    /** A non-empty span for highlighting: an empty span (a removed break, say) shows as the characters on either side. */
    public int[] visibleSpan(int textLength) {
        int start = start();
        int end = end();
        if (end > start) {
            return new int[] {Math.min(start, textLength), Math.min(end, textLength)};
        }
        if (textLength == 0) {
            return new int[] {0, 0};
        }
        int s = Math.max(0, Math.min(start, textLength) - 1);
        return new int[] {s, Math.min(textLength, Math.max(start, 0) + 1)};
    }
}
