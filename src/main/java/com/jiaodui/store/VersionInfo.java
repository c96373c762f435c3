package com.jiaodui.store;

import com.jiaodui.text.Format;
import java.time.Instant;

/**
 * One version of a page (the raw OCR text, a cleaned version, another OCR run).
 *
 * @param number   1, 2, … in import order
 * @param label    what distinguishes it, taken from the file name ("raw", "clean") or given when added from text
 * @param role     "raw", "cleaned" or "ocr"
 * @param fileName the file it was imported from (for a version added from text: the name given)
 * @param path     where the file was read from, or null
 * @param chars    length of its text
 * @param articles how many of the page's (current) articles were segmented from it
 */
public record VersionInfo(long id, long pageId, int number, String label, String role, String fileName, String path,
                          Format format, String encoding, String sha256, int chars, int articles, Instant createdAt) {
}
