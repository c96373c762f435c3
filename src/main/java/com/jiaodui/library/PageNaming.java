package com.jiaodui.library;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which page a file is a version of, and in which role. A page is named by the file's path relative to the
 * imported folder, without the extension and without the role part: {@code page-a.raw.txt} and
 * {@code page-a.clean.txt} are both page {@code page-a} (roles raw and cleaned); {@code a/p.txt} and
 * {@code b/p.txt} are two pages, {@code a/p} and {@code b/p}. Role parts recognised (after a dot, hyphen or
 * underscore, any case): raw, orig, original (raw); clean, cleaned, fixed, corrected, edited, merged (cleaned);
 * ocr, ocr2, …, v1, v2, … (another OCR run). A file without one is a raw version.
 */
public final class PageNaming {
    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "pdf", "hocr", "xml", "json");
    /** What a pipeline adds to a page's name: page-c.alto.xml, page-c_content_list.json (MinerU). */
    private static final Pattern FORMAT_PART = Pattern.compile("(?i)[._-](alto|content_list)$");
    private static final Pattern SUFFIX = Pattern.compile(
            "(?i)^(.+?)[._-](raw|orig|original|clean|cleaned|fixed|corrected|edited|merged|ocr\\d*|v\\d+)$");

    private PageNaming() {}

    /** The page name for a relative path ("a/p" for "a/p.txt", "page-a" for "page-a.raw.txt"). */
    public static String pageName(String relativePath) {
        String path = relativePath.replace('\\', '/');
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash + 1);
        String stem = stripExtension(path.substring(slash + 1));
        Matcher m = SUFFIX.matcher(stem);
        String name = m.matches() ? m.group(1) : stem;
        return Normalizer.normalize((dir + name).strip(), Normalizer.Form.NFC);
    }

    /**
     * The name of page {@code number} of a file of several pages (a PDF issue): the file's page name, a slash and
     * {@code p} with the number ("issue/p3" for page 3 of "issue.pdf"; "2026-12-01/a/p1" for "2026-12-01/a.clean.pdf").
     */
    public static String issuePageName(String relativePath, int number) {
        return pageName(relativePath) + "/p" + number;
    }

    /** The role the file name gives ("page-a.clean.txt": cleaned); raw when the name has no role part. */
    public static Role role(String fileName) {
        Matcher m = SUFFIX.matcher(stripExtension(baseName(fileName)));
        return m.matches() ? Role.parse(m.group(2)) : Role.RAW;
    }

    /** The version label: the role part as written ("raw", "clean", "ocr2") or, without one, the file name. */
    public static String label(String fileName) {
        String base = baseName(fileName);
        Matcher m = SUFFIX.matcher(stripExtension(base));
        return m.matches() ? m.group(2).toLowerCase(Locale.ROOT) : base;
    }

    static String baseName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return FORMAT_PART.matcher(fileName.substring(0, dot)).replaceFirst("");
        }
        return fileName;
    }
}
