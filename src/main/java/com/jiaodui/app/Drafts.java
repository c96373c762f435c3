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
    void tell(LibraryService library) {
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
