package com.jiaodui.text.source;

/**
 * One page of a source file and where its text is in the raw text.
 *
 * @param number    1-based page number in the file
 * @param width     page width in points (or the format's own unit when the file does not say; see {@link SourceDocument#notes()})
 * @param height    page height
 * @param start     raw offset where the page's text starts
 * @param end       raw offset where it ends
 * @param imageOnly the page has no text layer: it has to be run through OCR first
 */
public record SourcePage(int number, double width, double height, int start, int end, boolean imageOnly) {
}
