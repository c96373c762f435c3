package com.jiaodui.library;

import com.jiaodui.text.Format;

/**
 * One version of a page (its raw OCR text, a cleaned version, another OCR run), for the library tree and the
 * compare view's version pickers.
 *
 * @param role     what it is
 * @param articles how many of the page's articles start from it
 * @param chars    the length of its raw text (0: an image-only page, imported without text), -1 if not known
 */
public record PageVersion(long id, long pageId, int number, String label, String fileName, Format format, Role role,
                          int articles, int chars) {
    public PageVersion(long id, long pageId, int number, String label, String fileName, Format format) {
        this(id, pageId, number, label, fileName, format, Role.parse(label) == null ? Role.RAW : Role.parse(label), 0);
    }

    public PageVersion(long id, long pageId, int number, String label, String fileName, Format format, Role role,
                       int articles) {
        this(id, pageId, number, label, fileName, format, role, articles, -1);
    }

    /** "2 · cleaned (page-a.clean.txt)". */
    public String display() {
        return number + " · " + role.id() + (fileName == null || fileName.isBlank() ? "" : " (" + fileName + ")");
    }
}
