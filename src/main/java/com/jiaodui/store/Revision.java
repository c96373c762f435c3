package com.jiaodui.store;

import java.time.Instant;

/**
 * One saved state of an article's text. Revisions are never changed or deleted; the highest number is current.
 *
 * @param number       1 for the imported text, then 2, 3, …
 * @param author       "import" for text that came from an imported file, else whoever saved
 * @param note         the editor's note, or e.g. "restored revision 3"; may be empty
 * @param restoredFrom the revision id whose text this one restores, or null
 * @param client       the machine and program it was saved from ("" for revisions older than schema 6)
 */
public record Revision(long id, long articleId, int number, String text, String author, String note,
                       Instant createdAt, Long restoredFrom, String client) {
}
