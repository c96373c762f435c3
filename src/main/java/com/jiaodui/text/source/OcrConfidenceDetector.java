package com.jiaodui.text.source;

import com.jiaodui.text.Detector;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.Page;
import com.jiaodui.text.Severity;
import java.util.List;
import java.util.Locale;

/**
 * Flags the words the OCR engine itself doubted (ALTO {@code WC}, hOCR {@code x_wconf} below the
 * threshold) as {@code ocr-confidence} info flags, so an editor can walk them like any other flag. It
 * holds the confidences of one source file, so it belongs to that file's analysis only; it has no fix.
 */
public final class OcrConfidenceDetector implements Detector {
    /** Below this the word is worth a look (Tesseract's own "suspicious" cut is about 0.6–0.7). */
    public static final double DEFAULT_THRESHOLD = 0.7;

    private final List<WordConfidence> words;
    private final double threshold;

    public OcrConfidenceDetector(List<WordConfidence> words, double threshold) {
        this.words = List.copyOf(words);
        this.threshold = threshold;
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        int n = page.raw().length();
        for (WordConfidence w : words) {
            // only on the page the confidences were read with (the cleaned text of a settle round differs)
            if (w.confidence() < threshold && w.end() <= n) {
                out.add(new Flag(FlagKind.OCR_CONFIDENCE, w.start(), w.end(),
                        com.jiaodui.text.Msg.of("flag.ocr-confidence", String.format(Locale.ROOT, "%.0f", w.confidence() * 100)), null, Severity.INFO));
            }
        }
    }
}
