package com.jiaodui.text;

import java.util.List;

/**
 * {@code garbled-char}: characters that cannot be part of a page's text: the replacement character
 * U+FFFD (a glyph the extractor could not map), C0/C1 control characters other than tab and line
 * breaks, private-use characters U+E000–U+F8FF, unpaired surrogates and the non-characters U+FFFE/U+FFFF.
 * One WARNING flag per run of such characters, fixed by deleting the run.
 *
 * <p>The raw text is scanned directly (not block text), so garbled characters in Markdown markup or in
 * lines the reader dropped are found too; a run never crosses a line break.
 */
public final class GarbledCharDetector implements Detector {

    @Override
    public boolean inline() {
        return true;
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        String raw = page.raw();
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c0 = raw.charAt(i);
            if (c0 >= 0x20 && c0 < 0x7F || c0 >= 0xA0 && c0 < 0xD800 || c0 == '\n' || !isGarbled(raw, i)) {
                i++;
                continue;
            }
            int start = i;
            boolean allFffd = true;
            int first = raw.charAt(i);
            boolean same = true;
            while (i < n && isGarbled(raw, i)) {
                char c = raw.charAt(i);
                allFffd &= c == '\uFFFD';
                same &= c == first;
                i++;
            }
            out.add(new Flag(FlagKind.GARBLED_CHAR, start, i, message(raw, start, i, allFffd, same), "", Severity.WARNING));
        }
    }

    private static Msg message(String raw, int start, int end, boolean allFffd, boolean same) {
        int len = end - start;
        if (allFffd) {
            return len == 1 ? Msg.of("garbled.fffd-one") : Msg.of("garbled.fffd", len);
        }
        char c = raw.charAt(start);
        Msg what;
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            what = Msg.of("garbled.control");
        } else if (c >= 0xE000 && c <= 0xF8FF) {
            what = Msg.of("garbled.private-use");
        } else if (Character.isSurrogate(c)) {
            what = Msg.of("garbled.surrogate");
        } else {
            what = Msg.of("garbled.non-character");
        }
        if (len == 1) {
            return Msg.of("garbled.one", what, DetectorChars.codePoint(c));
        }
        return same ? Msg.of("garbled.same", len, what, DetectorChars.codePoint(c)) : Msg.of("garbled.many", len);
    }

    /** Whether the char at {@code i} is garbled; a surrogate only when it is not part of a pair. */
    static boolean isGarbled(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true;
        }
        if (c < 0xD800) {
            return false;
        }
        if (c <= 0xDBFF) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (c <= 0xDFFF) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c >= 0xE000 && c <= 0xF8FF || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF';
    }
}
