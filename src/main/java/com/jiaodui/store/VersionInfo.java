package com.jiaodui.store;

import com.jiaodui.text.Format;
import java.time.Instant;

/**
 * One OCR version of a page (e.g. the raw text layer and a cleaned one).
 *
 * @param number   1, 2, … in import order
 * @param label    what distinguishes it, taken from the file name ("raw", "clean") or given when added from text
 * @param fileName the file it was imported from (for a version added from text: the name given)
 * @param flags    how many flags the analysis stored for it
 */
public record VersionInfo(long id, long pageId, int number, String label, String fileName, Format format,
                          String encoding, String sha256, int flags, Instant createdAt) {
}
