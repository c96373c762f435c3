package com.jiaodui.store;

import java.util.Locale;

/** What {@link Exporter} writes: plain text, Markdown or JSON. {@link #extension()} is also the CLI name. */
public enum ExportFormat {
    TXT, MD, JSON;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "txt", "md" or "json" (any case). */
    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) {
            if (f.extension().equalsIgnoreCase(s.strip()) || ("markdown".equalsIgnoreCase(s.strip()) && f == MD)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format: " + s + " (use txt, md or json)");
    }
}
