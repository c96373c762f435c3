package com.jiaodui.app.review;

import com.jiaodui.review.FlagState;
import com.jiaodui.text.FlagKind;

/**
 * A flag as the review shows it, positioned in the current article text.
 *
 * @param kind     the defect kind
 * @param start    start in the current article text
 * @param end      end (exclusive)
 * @param message  the engine's sentence
 * @param fix      text that replaces {@code [start,end)} on accept, or null when accept changes nothing
 * @param revert   text that replaces {@code [start,end)} on reject, or null when reject changes nothing
 *                 (a fix the cleaner already applied is undone by reject)
 * @param applied  whether the cleaner already applied the fix to the article text
 * @param fromPage whether the flag comes from the page analysis (true) or the re-analysis of the edited text
 * @param rawStart raw page span of the flag, or -1 when it has none (re-analysis flags on typed text)
 * @param rawEnd   raw end
 * @param state    the editor's decision
 */
public record ReviewFlag(FlagKind kind, int start, int end, String message, String fix, String revert,
                         boolean applied, boolean fromPage, int rawStart, int rawEnd, FlagState state) {

    public ReviewFlag withState(FlagState s) {
        return new ReviewFlag(kind, start, end, message, fix, revert, applied, fromPage, rawStart, rawEnd, s);
    }

    public ReviewFlag at(int s, int e) {
        return new ReviewFlag(kind, s, e, message, fix, revert, applied, fromPage, rawStart, rawEnd, state);
    }

    public boolean open() {
        return state == FlagState.OPEN;
    }

    /** A non-empty span for highlighting: an empty span (a removed break, say) shows as the characters on either side. */
    public int[] visibleSpan(int textLength) {
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
