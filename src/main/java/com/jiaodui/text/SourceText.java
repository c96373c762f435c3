package com.jiaodui.text;

import java.nio.file.Path;
import java.util.List;

/**
 * A page file as read from disk: the decoded text exactly as it was (original line ends kept, a byte
 * order mark removed), the encoding it was detected in, and the bytes' SHA-256.
 *
 * @param path     where it came from (may be null for text that did not come from a file)
 * @param raw      the decoded text
 * @param encoding the charset name, e.g. {@code UTF-8}, {@code GB18030}, {@code Big5}, {@code UTF-16LE}
 * @param bom      whether the file started with a byte order mark
 * @param sha256   hex SHA-256 of the file's bytes
 * @param invalid  the invalid byte sequences of a UTF-8 page, each kept in {@code raw} as one U+FFFD (empty
 *                 for a clean file)
 */
public record SourceText(Path path, String raw, String encoding, boolean bom, String sha256, List<Invalid> invalid) {

    /**
     * An invalid byte sequence of a UTF-8 page.
     *
     * @param charOffset where its U+FFFD is in {@code raw}
     * @param byteOffset where it starts in the file
     * @param byteLength how many bytes it spans
     */
    public record Invalid(int charOffset, long byteOffset, int byteLength) { }

    public SourceText {
        invalid = invalid == null ? List.of() : List.copyOf(invalid);
    }

    public SourceText(Path path, String raw, String encoding, boolean bom, String sha256) {
        this(path, raw, encoding, bom, sha256, List.of());
    }

    public Format format() {
        return path == null ? Format.TEXT : Format.of(path);
    }

    public String name() {
        return path == null ? "(text)" : String.valueOf(path.getFileName());
    }

    /**
     * The warning for a page read with invalid bytes, naming the file, or null for a clean one: e.g.
     * {@code p.txt: warning: 1 invalid UTF-8 byte sequence (at byte 1234) kept as U+FFFD and flagged garbled-char}.
     */
    public String warning() {
        if (invalid.isEmpty()) {
            return null;
        }
        int n = invalid.size();
        return UnreadablePageException.shown(path) + ": warning: " + n + " invalid " + encoding + " byte sequence" + (n == 1 ? "" : "s")
                + " (" + (n == 1 ? "at" : "the first at") + " byte " + invalid.get(0).byteOffset()
                + ") kept as U+FFFD and flagged garbled-char";
    }
}
