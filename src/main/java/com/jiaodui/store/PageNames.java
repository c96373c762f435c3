package com.jiaodui.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page a file belongs to. A page is named by its file name without the extension and without one
 * trailing version suffix, so several OCR outputs of one page become versions of one page:
 * {@code page-a.raw.txt} and {@code page-a.clean.txt} are both page {@code page-a} (versions "raw" and "clean");
 * {@code page-b.md} is page {@code page-b}. Suffixes recognised (after a dot, hyphen or underscore, any case):
 * raw, clean, cleaned, ocr, orig, original, fixed, corrected, edited, merged, v1, v2, ….
 */
public final class PageNames {
    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "pdf", "hocr", "xml", "json");
    private static final Pattern SUFFIX = Pattern.compile(
            "(?i)^(.+?)[._-](raw|clean|cleaned|ocr|orig|original|fixed|corrected|edited|merged|v\\d+|alto|content_list)$");

    private PageNames() {}

    /** The page name for a file name, e.g. "page-a" for "page-a.raw.txt". */
    public static String pageName(String fileName) {
        String stem = stripExtension(fileName);
        var m = SUFFIX.matcher(stem);
        String name = m.matches() ? m.group(1) : stem;
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    /** The version label for a file name: the suffix ("raw", "clean") or, without one, the file name. */
    public static String versionLabel(String fileName) {
        String stem = stripExtension(fileName);
        var m = SUFFIX.matcher(stem);
        return m.matches() ? m.group(2).toLowerCase(Locale.ROOT) : fileName;
    }

    static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return fileName.substring(0, dot);
        }
        return fileName;
    }
}
