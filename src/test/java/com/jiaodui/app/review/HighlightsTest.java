package com.jiaodui.app.review;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.review.FlagState;
import com.jiaodui.text.FlagKind;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    static ReviewFlag flag(FlagKind k, int s, int e, FlagState st) {
        return new ReviewFlag(k, s, e, "m", null, null, false, true, s, e, st);
    }

    @Test
    void spansCoverTheTextWithOneClassPerKind() {
        StyleSpans<Collection<String>> sp = Highlights.forReview(List.of(
                flag(FlagKind.BROKEN_JOIN, 5, 5, FlagState.OPEN),
                flag(FlagKind.SPURIOUS_SPACE, 10, 12, FlagState.OPEN),
                flag(FlagKind.GARBLED_CHAR, 11, 15, FlagState.REJECTED)), 20);
        assertEquals(20, sp.length());
        assertTrue(sp.getStyleSpan(0).getStyle().isEmpty());
        // an empty span (a removed break) shows on the characters either side of it
        assertEquals(List.of("flag", "flag-broken-join"), List.copyOf(styleAt(sp, 4)));
        assertEquals(List.of("flag", "flag-broken-join"), List.copyOf(styleAt(sp, 5)));
        assertEquals(List.of("flag", "flag-spurious-space"), List.copyOf(styleAt(sp, 10)));
        assertEquals(List.of("flag", "flag-decided"), List.copyOf(styleAt(sp, 13)));
        assertTrue(styleAt(sp, 19).isEmpty());
    }

    static Collection<String> styleAt(StyleSpans<Collection<String>> sp, int pos) {
        int at = 0;
        for (var s : sp) {
            if (pos < at + s.getLength()) {
                return s.getStyle();
            }
            at += s.getLength();
        }
        throw new IndexOutOfBoundsException(pos);
    }
}
