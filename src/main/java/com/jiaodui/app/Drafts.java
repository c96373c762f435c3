package com.jiaodui.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.library.DraftEntry;
import com.jiaodui.library.LibraryService;
import com.jiaodui.review.Decision;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Autosaved drafts, kept in the library file itself (its draft table): the text, the revision it was made on and
 * the decisions in effect. Written a second after typing stops and on every switch of article or window, always
 * off the FX thread; deleted when the article is saved; drafts still there at start-up are offered back.
 * Every method may block (it is the database): call it from a background task.
 */
public final class Drafts {

    /** A draft: the text and the decisions in effect, made on top of revision {@code baseRevision}. */
    public record Draft(long articleId, long baseRevision, String text, List<Decision> decisions, long savedAt) {}

    private final ObjectMapper json = new ObjectMapper();
    private volatile LibraryService library;

    public Drafts() {
    }

    /** The library that keeps the drafts; set by AppContext. */
    public void tell(LibraryService library) {
        this.library = library;
    }

    public void write(Draft d) throws IOException {
        library.writeDraft(new DraftEntry(d.articleId(), d.baseRevision(), d.text(),
                json.writeValueAsString(d.decisions()), d.savedAt()));
    }

    public Draft read(long articleId) {
        try {
            return toDraft(library.readDraft(articleId));
        } catch (IOException e) {
            Diagnostics.warn(library.location() + ": draft of article " + articleId + " unreadable, ignored ("
                    + e.getMessage() + ")");
            return null;
        }
    }

    private Draft toDraft(DraftEntry e) {
        if (e == null) {
            return null;
        }
        List<Decision> ds = List.of();
        if (e.decisions() != null) {
            try {
                ds = json.readValue(e.decisions(), new TypeReference<List<Decision>>() { });
            } catch (IOException ex) {
                Diagnostics.warn(library.location() + ": decisions of the draft of article " + e.articleId()
                        + " unreadable, text kept (" + ex.getMessage() + ")");
            }
        }
        return new Draft(e.articleId(), e.baseRevision(), e.text(), ds, e.savedAtMillis());
    }

    public void delete(long articleId) {
        try {
            library.clearDraft(articleId);
        } catch (IOException e) {
            Diagnostics.warn(library.location() + ": cannot delete the draft of article " + articleId + ": "
                    + e.getMessage());
        }
    }

    /**
     * Drafts of the previous store, one {@code article-<id>.json} per article in a folder beside the library
     * ({@code <library>.drafts/}), go into the library's draft table once: each unless the table has a newer draft
     * of that article, and the folder is then renamed to {@code <library>.drafts.imported} (kept, not deleted).
     * Runs when the library opens, off the FX thread.
     *
     * @return how many drafts were taken into the table
     */
    public int importLegacy() {
        java.nio.file.Path lib = library.location();
        java.nio.file.Path dir = java.nio.file.Path.of(lib + ".drafts");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        int taken = 0;
        try (java.nio.file.DirectoryStream<java.nio.file.Path> files = java.nio.file.Files.newDirectoryStream(dir, "article-*.json")) {
            for (java.nio.file.Path f : files) {
                try {
                    com.fasterxml.jackson.databind.JsonNode n = json.readTree(f.toFile());
                    long id = n.path("articleId").asLong(-1);
                    if (id < 0 || !n.hasNonNull("text")) {
                        Diagnostics.warn(f + ": not a draft, left in " + dir.getFileName());
                        continue;
                    }
                    long savedAt = n.path("savedAt").asLong(0);
                    DraftEntry now = library.readDraft(id);
                    if (now != null && now.savedAtMillis() >= savedAt) {
                        continue; // the table's draft is newer
                    }
                    String decisions = n.has("decisions") ? json.writeValueAsString(n.get("decisions")) : "[]";
                    library.writeDraft(new DraftEntry(id, n.path("baseRevision").asLong(0), n.get("text").asText(),
                            decisions, savedAt));
                    taken++;
                } catch (IOException | RuntimeException e) {
                    Diagnostics.warn(f + ": draft not imported (" + e.getMessage() + "), kept in the renamed folder");
                }
            }
        } catch (IOException e) {
            Diagnostics.warn(dir + ": cannot read the old drafts: " + e.getMessage());
            return taken;
        }
        java.nio.file.Path done = java.nio.file.Path.of(dir + ".imported");
        for (int i = 2; java.nio.file.Files.exists(done); i++) {
            done = java.nio.file.Path.of(dir + ".imported-" + i);
        }
        try {
            java.nio.file.Files.move(dir, done);
        } catch (IOException e) {
            Diagnostics.warn(dir + ": imported, but cannot be renamed: " + e.getMessage());
        }
        return taken;
    }

    /** Article ids that have a draft. */
    public List<Long> list() {
        List<Long> ids = new ArrayList<>();
        try {
            for (DraftEntry e : library.drafts()) {
                ids.add(e.articleId());
            }
        } catch (IOException e) {
            Diagnostics.warn(library.location() + ": cannot list drafts: " + e.getMessage());
        }
        return ids;
    }
}
