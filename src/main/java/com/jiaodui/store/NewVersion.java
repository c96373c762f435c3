package com.jiaodui.store;

import com.jiaodui.text.Format;
import java.util.List;

/**
 * A page version ready to store, as the importer finished it (the store analyses nothing).
 *
 * @param pageName the page: its path relative to the imported folder without extension and role part
 * @param role     "raw", "cleaned" or "ocr"
 * @param label    what the file name says it is ("raw", "clean", "ocr2", or the file name)
 * @param path     where it was read from, or null
 * @param raw      the decoded text exactly as read
 * @param sha256   hex SHA-256 of the file's bytes (of the UTF-8 text for text without a file)
 * @param flags    how many flags the analysis found (reported, not stored)
 * @param articles the page's articles as segmented from this version, or null when this version does not give the
 *                 page its articles (an OCR run for compare, a raw text beside a cleaned one)
 * @param geometry where the text sits on the printed page, or null (a text file)
 */
public record NewVersion(String pageName, String role, String label, String fileName, String path, String raw,
                         String encoding, boolean bom, String sha256, Format format, int flags,
                         List<NewArticle> articles, StoredGeometry geometry) {
    public NewVersion {
        articles = articles == null ? null : List.copyOf(articles);
    }

    /** A version without geometry. */
    public NewVersion(String pageName, String role, String label, String fileName, String path, String raw,
                      String encoding, boolean bom, String sha256, Format format, int flags, List<NewArticle> articles) {
        this(pageName, role, label, fileName, path, raw, encoding, bom, sha256, format, flags, articles, null);
    }
}
