package com.jiaodui.text;

import java.nio.file.Path;
import java.util.List;

/**
 * A page file as read from disk: the decoded text exactly as it was (original line ends kept, a byte
 * order mark removed), the encoding it was detected in, and the bytes' SHA-256.
 *
 * <p>The hash of a decoded file is computed when first asked for (a check of pages never asks: a twentieth of a
 * batch's time went to it); the file's bytes are held until then.
 *
 * <p>Was a record; a class now only so that the hash can be lazy. Its accessors keep the record's names.
 */
public final class SourceText {
    private final Path path;
    private final String raw;
    private final String encoding;
    private final boolean bom;
    private final List<Invalid> invalid;
    private volatile String sha256;
    private byte[] bytes; // the file's bytes until sha256 is computed

    /**
     * An invalid byte sequence of a UTF-8 page.
     *
     * @param charOffset where its U+FFFD is in {@code raw}
     * @param byteOffset where it starts in the file
     * @param byteLength how many bytes it spans
     */
    public record Invalid(int charOffset, long byteOffset, int byteLength) { }

    /**
     * @param path     where it came from (may be null for text that did not come from a file)
     * @param raw      the decoded text
     * @param encoding the charset name, e.g. {@code UTF-8}, {@code GB18030}, {@code Big5}, {@code UTF-16LE}
     * @param bom      whether the file started with a byte order mark
     * @param sha256   hex SHA-256 of the file's bytes
     * @param invalid  the invalid byte sequences of a UTF-8 page, each kept in {@code raw} as one U+FFFD (empty
     *                 for a clean file)
     */
    public SourceText(Path path, String raw, String encoding, boolean bom, String sha256, List<Invalid> invalid) {
        this(path, raw, encoding, bom, java.util.Objects.requireNonNull(sha256, "sha256"), null, invalid);
    }

    public SourceText(Path path, String raw, String encoding, boolean bom, String sha256) {
        this(path, raw, encoding, bom, sha256, List.of());
    }

    private SourceText(Path path, String raw, String encoding, boolean bom, String sha256, byte[] bytes,
                       List<Invalid> invalid) {
        this.path = path;
        this.raw = raw;
        this.encoding = encoding;
        this.bom = bom;
        this.sha256 = sha256;
        this.bytes = bytes;
        this.invalid = invalid == null ? List.of() : List.copyOf(invalid);
    }

    /** The text decoded from {@code bytes}, whose SHA-256 is computed when first asked for. */
    static SourceText hashedLater(Path path, String raw, String encoding, boolean bom, byte[] bytes,
                                  List<Invalid> invalid) {
        return new SourceText(path, raw, encoding, bom, null, java.util.Objects.requireNonNull(bytes), invalid);
    }

    public Path path() {
        return path;
    }

    public String raw() {
        return raw;
    }

    public String encoding() {
        return encoding;
    }

    public boolean bom() {
        return bom;
    }

    /** Hex SHA-256 of the file's bytes. */
    public String sha256() {
        String h = sha256;
        if (h == null) {
            synchronized (this) {
                h = sha256;
                if (h == null) {
                    h = TextDecoder.sha256(bytes);
                    sha256 = h;
                    bytes = null;
                }
            }
        }
        return h;
    }

    public List<Invalid> invalid() {
        return invalid;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceText t && java.util.Objects.equals(path, t.path) && raw.equals(t.raw)
                && java.util.Objects.equals(encoding, t.encoding) && bom == t.bom && invalid.equals(t.invalid)
                && sha256().equals(t.sha256());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(path, raw, encoding, bom);
    }

    @Override
    public String toString() {
        return "SourceText[path=" + path + ", encoding=" + encoding + ", bom=" + bom + ", " + raw.length() + " chars, "
                + invalid.size() + " invalid]";
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
