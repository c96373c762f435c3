package com.jiaodui.text;

import java.util.Locale;

/** The kinds of defect the detectors flag; {@link #id()} is the name used on the command line and in JSON. */
public enum FlagKind {
    BROKEN_JOIN,
    DUPLICATE_PARAGRAPH,
    DUPLICATE_FRAGMENT,
    SPURIOUS_SPACE,
    PUNCTUATION_WIDTH,
    TRADITIONAL_CHAR,
    GARBLED_CHAR,
    PAGE_FURNITURE,
    /** A word the OCR engine gave a low confidence (ALTO/hOCR); info only, from {@code text.source.OcrConfidenceDetector}. */
    OCR_CONFIDENCE,
    /** A character that a look-alike would make likely in its context (INFO; {@link SuspectCharDetector}). */
    SUSPECT_CHAR,
    /** The same confusion an editor corrected before, with their replacement (INFO; {@link LearnedFixDetector}). */
    LEARNED_FIX;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String id() {
        return id;
    }

    public static FlagKind fromId(String id) {
        for (FlagKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown flag kind: " + id);
    }
}
