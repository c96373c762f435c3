package com.jiaodui.store;

/**
 * What importing one file (or text) did.
 *
 * @param fileName        the imported file's name
 * @param outcome         NEW_PAGE (a new page), NEW_VERSION (a new version of an existing page) or UNCHANGED
 *                        (a file with this SHA-256 is already in the library: nothing was written)
 * @param pageId          the page
 * @param pageName        the page's name (its path relative to the imported folder, without extension and role)
 * @param versionId       the version holding this file (for UNCHANGED: the version that already holds it)
 * @param versionNumber   1 for the first version of a page
 * @param articlesAdded   new articles created from this version
 * @param role            the version's role ("raw", "cleaned", "ocr")
 * @param articlesUpdated untouched articles (no editor work) whose text changed: they got the new text as a new revision
 * @param articlesKept    articles an editor had worked on, kept exactly as they were (the new text was not applied)
 * @param articlesRetired untouched articles that have no counterpart in the new version, hidden from the library
 * @param flags           flags the analysis found in this version (reported, not stored)
 */
public record ImportResult(String fileName, Outcome outcome, long pageId, String pageName, long versionId,
                           int versionNumber, String role, int articlesAdded, int articlesUpdated, int articlesKept,
                           int articlesRetired, int flags) {

    public enum Outcome { NEW_PAGE, NEW_VERSION, UNCHANGED }

    public boolean changed() {
        return outcome != Outcome.UNCHANGED;
    }
}
