package com.jiaodui.app.data;

import com.jiaodui.text.Format;

/** One OCR version of a page (e.g. "raw" and "clean"), for the compare view's version pickers. */
public record PageVersion(long id, long pageId, int number, String label, String fileName, Format format) {
    /** "2 · clean (page-a.clean.txt)". */
    public String display() {
        return number + " · " + label + (fileName == null || fileName.isBlank() ? "" : " (" + fileName + ")");
    }
}
