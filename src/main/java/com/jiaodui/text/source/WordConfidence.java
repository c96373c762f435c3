package com.jiaodui.text.source;

/**
 * An OCR engine's confidence in one word of the raw text.
 *
 * @param start      raw offset, inclusive
 * @param end        raw offset, exclusive
 * @param confidence 0 (a guess) to 1 (certain), as the engine reported it (hOCR x_wconf/100, ALTO WC)
 */
public record WordConfidence(int start, int end, double confidence, Box box) {
}
