package com.jiaodui.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The garbled-char flags of a page read with invalid bytes ({@link SourceText#invalid()}) say where those bytes
 * were in the file: "invalid UTF-8 bytes at byte 1234 (EF BF), kept as U+FFFD". A U+FFFD no detector flagged gets
 * a flag of its own, so every bad byte is visible to the editor.
 */
final class DecodeFlags {
    private DecodeFlags() {}

    static Analysis annotate(SourceText source, Analysis a) {
        if (source.invalid().isEmpty()) {
            return a;
        }
        List<Flag> flags = new ArrayList<>(a.flags());
        boolean added = false;
        for (SourceText.Invalid inv : source.invalid()) {
            int at = inv.charOffset();
            Msg what = Msg.of(inv.byteLength() == 1 ? "decode.invalid-byte" : "decode.invalid-bytes", source.encoding(),
                    inv.byteOffset());
            int hit = -1;
            for (int i = 0; i < flags.size(); i++) {
                Flag f = flags.get(i);
                if (f.kind() == FlagKind.GARBLED_CHAR && f.start() <= at && at < f.end()) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                Flag f = flags.get(hit);
                if (!f.msg().key().startsWith("decode.")) {
                    flags.set(hit, new Flag(f.kind(), f.start(), f.end(), Msg.of("decode.with", what, f.msg()),
                            f.replacement(), f.severity()));
                }
            } else if (at < a.raw().length()) {
                flags.add(new Flag(FlagKind.GARBLED_CHAR, at, at + 1, what, "", Severity.WARNING));
                added = true;
            }
        }
        if (added) {
            flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        }
        return new Analysis(a.page(), flags, a.cleaned(), a.articles());
    }
}
