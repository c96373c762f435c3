package com.jiaodui.text;

import java.nio.file.Path;

/**
 * A page file as read from disk: the decoded text exactly as it was (original line ends kept, a byte
 * order mark removed), the encoding it was detected in, and the bytes' SHA-256.
 *
 * @param path     where it came from (may be null for text that did not come from a file)
 * @param raw      the decoded text
 * @param encoding the charset name, e.g. {@code UTF-8}, {@code GB18030}, {@code Big5}, {@code UTF-16LE}
 * @param bom      whether the file started with a byte order mark
 * @param sha256   hex SHA-256 of the file's bytes
 */
public record SourceText(Path path, String raw, String encoding, boolean bom, String sha256) {

    public Format format() {
        return path == null ? Format.TEXT : Format.of(path);
    }

    public String name() {
        return path == null ? "(text)" : String.valueOf(path.getFileName());
    }
}
