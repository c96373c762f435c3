package com.jiaodui.text.source;

import com.jiaodui.text.SourceText;
import java.nio.file.Path;
import java.util.List;

/**
 * A page file as read: the raw text the analyser works on (for a PDF, its text layer; pages one after
 * another, a blank line between), where each line of it sits on the printed page, and the file the page
 * image comes from.
 *
 * @param source   the raw text, the file's path (absolute for a PDF or OCR file, so that the library can find
 *                 the page image again) and SHA-256 (encoding: "PDF" for a PDF)
 * @param format   what kind of file it was
 * @param geometry boxes and confidences (empty for a text file)
 * @param pdf      the PDF the page image is rendered from (the file itself, or the PDF beside a MinerU
 *                 output), or null when there is none
 * @param notes    what the editor should know about the reading, e.g. a page that needs OCR
 */
public record SourceDocument(SourceText source, SourceFormat format, Geometry geometry, Path pdf, List<String> notes) {

    public SourceDocument {
        notes = List.copyOf(notes);
    }

    public String raw() {
        return source.raw();
    }

    /** Every page lacks a text layer: nothing to proofread until it has been through OCR. */
    public boolean imageOnly() {
        return !geometry.pages().isEmpty() && geometry.pages().stream().allMatch(SourcePage::imageOnly);
    }
}
