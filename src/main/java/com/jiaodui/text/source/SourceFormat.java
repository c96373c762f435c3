package com.jiaodui.text.source;

/** The kinds of file Jiaodui reads a page from, and what each gives. */
public enum SourceFormat {
    /** A text file (pdftotext output, a hand-made page): text only. */
    TEXT(false, false, false),
    /** Markdown from a pipeline: text and headings, no positions. */
    MARKDOWN(false, false, false),
    /** A PDF's text layer: text, a box per line and block, the page image. */
    PDF(true, false, true),
    /** MinerU {@code content_list.json}: text per block with a box; the image when the PDF is beside it. */
    MINERU(true, false, true),
    /** Tesseract hOCR: text, boxes per line and word, word confidences. */
    HOCR(true, true, false),
    /** ALTO XML (ABBYY, archives): text, boxes per line and word, word confidences. */
    ALTO(true, true, false);

    private final boolean boxes;
    private final boolean confidences;
    private final boolean image;

    SourceFormat(boolean boxes, boolean confidences, boolean image) {
        this.boxes = boxes;
        this.confidences = confidences;
        this.image = image;
    }

    public boolean boxes() {
        return boxes;
    }

    public boolean confidences() {
        return confidences;
    }

    /** Whether a page image can come with it (the PDF itself, or the PDF a pipeline read). */
    public boolean image() {
        return image;
    }
}
