package com.jiaodui.library;

/**
 * What an import did with one file, for the app's import report (the app never sees the store's records).
 *
 * @param file          the file's name (as imported: relative to the imported folder)
 * @param kind          its outcome
 * @param pageName      the page it belongs to (null when skipped or refused)
 * @param role          the version's role (raw, cleaned, ocr; null when skipped or refused)
 * @param versionNumber the version of the page it is (0 when skipped or refused)
 * @param reason        why it was skipped or refused (null otherwise)
 */
public record FileOutcome(String file, Kind kind, String pageName, String role, int versionNumber, int articlesAdded,
                          int articlesUpdated, int articlesKept, int articlesRetired, int flags, String reason) {

    public enum Kind { NEW_PAGE, NEW_VERSION, UNCHANGED, SKIPPED, REFUSED }

    /** A skipped or refused file from the importer's line "FILE: why". */
    static FileOutcome left(String line, Kind kind) {
        int i = line.indexOf(": ");
        String file = i < 0 ? line : line.substring(0, i);
        String why = i < 0 ? "" : line.substring(i + 2);
        return new FileOutcome(file, kind, null, null, 0, 0, 0, 0, 0, 0, why);
    }
}
