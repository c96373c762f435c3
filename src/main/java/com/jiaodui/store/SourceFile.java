package com.jiaodui.store;

import com.jiaodui.text.Format;
import java.time.Instant;

/**
 * A file exactly as it was imported.
 *
 * @param path     where it was read from (null for text added without a file)
 * @param raw      the decoded text, unchanged (line ends kept, a byte order mark removed)
 * @param encoding the detected charset
 * @param sha256   hex SHA-256 of the file's bytes (of the UTF-8 bytes for text added without a file)
 */
public record SourceFile(long id, String fileName, String path, String raw, String encoding, boolean bom,
                         String sha256, Format format, Instant importedAt) {
}
