package com.jiaodui.text;

import java.nio.file.Path;
import java.util.Locale;

/** The two kinds of page Jiaodui reads. */
public enum Format {
    /** Raw text layer or plain text. */
    TEXT,
    /** Markdown from an OCR pipeline: {@code #} headings mark articles. */
    MARKDOWN;

    public static Format ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") ? MARKDOWN : TEXT;
    }

    public static Format of(Path path) {
        Path f = path.getFileName();
        return f == null ? TEXT : ofFileName(f.toString());
    }
}
