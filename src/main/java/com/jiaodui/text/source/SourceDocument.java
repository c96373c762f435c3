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

    /**
     * One document per printed page, for a file of several pages (a PDF issue: one Jiaodui page per PDF page):
     * each with its page's raw text, its geometry (offsets into that text; boxes keep their page number in the
     * file), the notes about that page, the same file and PDF, and as SHA-256 that of the file's hash and the
     * page number (so that importing the file again finds each page known). A file of one page (and a file
     * without pages, a text file) is itself.
     */
    public List<SourceDocument> pages() {
        List<SourcePage> ps = geometry.pages();
        if (ps.size() <= 1) {
            return List.of(this);
        }
        List<SourceDocument> out = new java.util.ArrayList<>();
        for (SourcePage p : ps) {
            String raw = source.raw().substring(p.start(), Math.max(p.start(), p.end()));
            String sha = com.jiaodui.text.TextDecoder.sha256(
                    (source.sha256() + "#" + p.number()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            List<String> pageNotes = new java.util.ArrayList<>();
            String prefix = "page " + p.number() + " ";
            for (String n : notes) {
                if (n.startsWith(prefix)) {
                    pageNotes.add(n);
                }
            }
            out.add(new SourceDocument(new SourceText(source.path(), raw, source.encoding(), false, sha), format,
                    geometry.slice(p.start(), Math.max(p.start(), p.end())), pdf, pageNotes));
        }
        return out;
    }

    /** The number in its file of this document's first page (1 for a file without pages). */
    public int firstPage() {
        return geometry.pages().isEmpty() ? 1 : geometry.pages().get(0).number();
    }

    /** Every page lacks a text layer: nothing to proofread until it has been through OCR. */
    public boolean imageOnly() {
        return !geometry.pages().isEmpty() && geometry.pages().stream().allMatch(SourcePage::imageOnly);
    }
}
