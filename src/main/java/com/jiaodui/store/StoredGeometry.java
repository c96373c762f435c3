package com.jiaodui.store;

/**
 * A source file's place on the printed page, as the library keeps it (migration 6): opaque to the store.
 *
 * @param format    the kind of file it was read from ("PDF", "MINERU", "HOCR", "ALTO")
 * @param imagePath the PDF its page image is rendered from, or null (hOCR/ALTO without one)
 * @param geometry  the boxes, pages and confidences as {@code text.source.Geometry#encode} wrote them
 */
public record StoredGeometry(String format, String imagePath, String geometry) {
}
