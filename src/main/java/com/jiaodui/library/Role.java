package com.jiaodui.library;

import java.util.Locale;

/**
 * What a version of a page is. A page has one raw source (the newest {@link #RAW} version) and any number of
 * other versions; its articles start from its newest {@link #CLEANED} version when it has one, else from
 * Jiaodui's own cleaning of the raw source.
 */
public enum Role {
    /** An OCR text layer or OCR output, hard wraps and all: the left side of the review. */
    RAW("raw"),
    /** A version another tool or an editor cleaned (e.g. page-a.clean.txt): where the articles start from. */
    CLEANED("cleaned"),
    /** Another OCR run of the same page, kept for compare. */
    OCR("ocr");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The id stored in the library and accepted by {@code import --role}: raw, cleaned, ocr. */
    public String id() {
        return id;
    }

    /** The role for an id or a common spelling (raw, clean, cleaned, ocr, ocr2, …); null when unknown. */
    public static Role parse(String s) {
        if (s == null) {
            return null;
        }
        String k = s.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "raw", "orig", "original" -> RAW;
            case "clean", "cleaned", "fixed", "corrected", "edited", "merged" -> CLEANED;
            default -> k.matches("ocr\\d*|v\\d+") ? OCR : null;
        };
    }

    /** The role of a stored version (an unknown id reads as raw). */
    public static Role fromId(String id) {
        Role r = parse(id);
        return r == null ? RAW : r;
    }
}
