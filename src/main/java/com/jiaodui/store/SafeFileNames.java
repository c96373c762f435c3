package com.jiaodui.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names made from article titles that are safe on Linux, macOS and Windows: no path separators or
 * traversal, no characters Windows forbids, no control characters, no leading or trailing dots or spaces, no
 * bidirectional controls, reserved device names (CON, NUL, COM1 …), at most {@value #MAX_CODE_POINTS} characters; empty titles become
 * "untitled". {@link #unique} numbers collisions ("title-2.txt"), comparing names case-insensitively.
 */
public final class SafeFileNames {
    public static final int MAX_CODE_POINTS = 60;
    /** Bidirectional controls (U+202E makes "txt.exe" look like "exe.txt"): removed. */
    private static final Pattern BIDI = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}/\\\\:*?\"<>|\\u2028\\u2029\\uFEFF]");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

    private SafeFileNames() {}

    /** The safe base name (without extension) for a title. */
    public static String base(String title) {
        String s = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFC);
        s = BIDI.matcher(s).replaceAll("");
        s = FORBIDDEN.matcher(s).replaceAll("_");
        s = s.replaceAll("\\.{2,}", "_");
        s = s.replaceAll("[\\s\\u3000]+", " ");
        s = s.replaceAll("_+", "_");
        s = trim(s);
        if (s.codePointCount(0, s.length()) > MAX_CODE_POINTS) {
            s = trim(s.substring(0, s.offsetByCodePoints(0, MAX_CODE_POINTS)));
        }
        if (s.isEmpty()) {
            return "untitled";
        }
        String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return s;
    }

    private static String trim(String s) {
        return s.replaceAll("^[\\s._\\u3000-]+|[\\s._\\u3000]+$", "");
    }

    /**
     * A safe, not yet used file name {@code base(title) + "." + extension}; adds it to {@code used} (which holds
     * lower-cased names).
     */
    public static String unique(String title, String extension, Set<String> used) {
        String base = base(title);
        String name = base + "." + extension;
        for (int n = 2; used.contains(key(name)); n++) {
            name = base + "-" + n + "." + extension;
        }
        used.add(key(name));
        return name;
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
