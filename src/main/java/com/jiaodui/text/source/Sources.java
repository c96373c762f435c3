package com.jiaodui.text.source;

import com.jiaodui.text.Detector;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads any page file Jiaodui knows: a text or Markdown page, a PDF (its text layer), MinerU's
 * {@code content_list.json}, Tesseract hOCR or ALTO XML. The one entry point for the commands, the
 * import and the page-image pane.
 */
public final class Sources {
    /** A PDF may be much larger than a text page (its images). */
    public static final long MAX_PDF_BYTES = 1024L * 1024 * 1024;

    private Sources() {}

    /** The kind of a file, from its name (and, for .xml/.html/.json, its first bytes). */
    public static SourceFormat formatOf(Path path) {
        String n = name(path).replaceFirst("#\\d+$", ""); // "issue.pdf#3": page 3 of a PDF issue in the library
        if (n.endsWith(".pdf")) {
            return SourceFormat.PDF;
        }
        if (n.endsWith(".hocr")) {
            return SourceFormat.HOCR;
        }
        if (n.endsWith(".json")) {
            return SourceFormat.MINERU;
        }
        if (n.endsWith(".xml") || n.endsWith(".alto")) {
            return SourceFormat.ALTO;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return SourceFormat.HOCR;
        }
        return n.endsWith(".md") || n.endsWith(".markdown") ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
    }

    /**
     * Whether a file found in a folder is a page: a text page (.txt, .md), a PDF, hOCR, a MinerU
     * content list or ALTO XML; not a hidden file, and not one of MinerU's by-products beside its content
     * list (the layout/span PDFs, model/middle JSON, and the Markdown and PDF the content list stands for).
     */
    public static boolean isPageFile(Path p) {
        String n = name(p);
        if (n.startsWith(".")) {
            return false;
        }
        if (n.endsWith(".txt")) {
            return true;
        }
        if (n.endsWith("_layout.pdf") || n.endsWith("_span.pdf") || n.endsWith("_spans.pdf")
                || n.endsWith("_model.json") || n.endsWith("_middle.json")) {
            return false;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".pdf")) {
            return mineruContentList(p) == null;
        }
        return n.endsWith(".hocr") || n.endsWith("content_list.json")
                || n.endsWith(".xml") && n.contains("alto");
    }

    /** The content list a MinerU Markdown or PDF file sits beside ({@code x.md}/{@code x_origin.pdf} → {@code x_content_list.json}), or null. */
    static Path mineruContentList(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        String stem = dot < 0 ? f : f.substring(0, dot);
        if (stem.endsWith("_origin")) {
            stem = stem.substring(0, stem.length() - "_origin".length());
        }
        Path dir = p.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        Path c = dir.resolve(stem + "_content_list.json");
        return Files.isRegularFile(c) ? c : null;
    }

    /** Reads a page file of any known kind; the reason it cannot be read names the file. */
    public static SourceDocument read(Path path) throws UnreadablePageException {
        SourceFormat f = formatOf(path);
        if (f == SourceFormat.TEXT || f == SourceFormat.MARKDOWN) {
            SourceText s = TextDecoder.read(path);
            return new SourceDocument(s, f, Geometry.none(), null, List.of());
        }
        byte[] bytes = bytes(path, f == SourceFormat.PDF ? MAX_PDF_BYTES : TextDecoder.MAX_BYTES);
        if (f == SourceFormat.PDF) {
            return PdfSource.read(path, bytes);
        }
        if (bytes.length == 0) {
            throw new UnreadablePageException(path, "is empty");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
        if (f == SourceFormat.MINERU) {
            return MinerUSource.read(path, bytes);
        }
        if (head.contains("<alto") || head.contains(":alto")) {
            return AltoSource.read(path, bytes);
        }
        if (head.contains("ocr_page") || head.contains("ocr-system") || head.contains("ocr_line")) {
            return HocrSource.read(path, bytes);
        }
        if (f == SourceFormat.ALTO) {
            throw new UnreadablePageException(path, "is XML but not ALTO (no <alto> root element)");
        }
        throw new UnreadablePageException(path, "is HTML but not hOCR (no ocr_page element)");
    }

    /**
     * The raw text of any page file, for callers that keep only the text (the library's import): like
     * {@link #read} but a file with no text layer is refused, the reason saying that OCR is needed.
     */
    public static SourceText readText(Path path) throws UnreadablePageException {
        SourceDocument d = read(path);
        if (d.imageOnly()) {
            String note = d.notes().get(0);
            String prefix = path + ": ";
            throw new UnreadablePageException(path, note.startsWith(prefix) ? note.substring(prefix.length()) : note);
        }
        return d.source();
    }

    /** The default detectors plus, when the file gives word confidences, the ocr-confidence detector. */
    public static List<Detector> detectors(SourceDocument doc, List<Detector> base) {
        if (doc.geometry().words().isEmpty()) {
            return base;
        }
        List<Detector> all = new ArrayList<>(base);
        all.add(new OcrConfidenceDetector(doc.geometry().words(), OcrConfidenceDetector.DEFAULT_THRESHOLD));
        return all;
    }

    static byte[] bytes(Path path, long max) throws UnreadablePageException {
        if (Files.isDirectory(path)) {
            throw new UnreadablePageException(path, "is a directory, not a page file");
        }
        try {
            long size = Files.size(path);
            if (size > max) {
                throw new UnreadablePageException(path, "too large to be a page (" + size / (1024 * 1024)
                        + " MiB; the limit is " + max / (1024 * 1024) + " MiB)");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadablePageException(path, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadablePageException(path, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadablePageException(path, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? "" : f.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether a space belongs between two words: not where both sides are CJK (Chinese is set solid). */
    static boolean spaceBetween(char before, char after) {
        return !(PdfSource.isCjk(before) && PdfSource.isCjk(after));
    }
}
