package com.jiaodui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.review.Decision;
import com.jiaodui.library.LibraryService;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Autosaved drafts: one small JSON file per article with unsaved edits, in a folder beside the library
 * ({@code <library>.drafts/}). Written a few seconds after typing stops, deleted when the article is saved;
 * drafts still there at start-up are offered back (the app was not closed cleanly or edits were not saved).
 */
public final class Drafts {

    /** A draft: the text and the decisions in effect, made on top of revision {@code baseRevision}. */
    public record Draft(long articleId, long baseRevision, String text, List<Decision> decisions, long savedAt) {}

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private volatile LibraryService library;

    public Drafts(Path dir) {
        this.dir = dir;
    }

    /** The library to tell which articles have unsaved edits (so that an import keeps them); set by AppContext. */
    void tell(LibraryService library) {
        this.library = library;
    }

    public Path dir() {
        return dir;
    }

    private Path file(long articleId) {
        return dir.resolve("article-" + articleId + ".json");
    }

    public synchronized void write(Draft d) throws IOException {
        Files.createDirectories(dir);
        com.jiaodui.util.AtomicFiles.write(file(d.articleId()), json.writeValueAsBytes(d));
        LibraryService lib = library;
        if (lib != null) {
            lib.markDraft(d.articleId(), d.text());
        }
    }

    public synchronized Draft read(long articleId) {
        Path f = file(articleId);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            return json.readValue(f.toFile(), Draft.class);
        } catch (IOException e) {
            System.err.println(f + ": unreadable draft, ignored (" + e.getMessage() + ")");
            return null;
        }
    }

    public synchronized void delete(long articleId) {
        try {
            Files.deleteIfExists(file(articleId));
            LibraryService lib = library;
            if (lib != null) {
                lib.clearDraft(articleId);
            }
        } catch (IOException e) {
            System.err.println(file(articleId) + ": cannot delete draft: " + e.getMessage());
        }
    }

    /** Article ids that have a draft. */
    public synchronized List<Long> list() {
        List<Long> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "article-*.json")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                try {
                    ids.add(Long.parseLong(n.substring(8, n.length() - 5)));
                } catch (NumberFormatException e) {
                    // not ours
                }
            }
        } catch (IOException e) {
            System.err.println(dir + ": cannot list drafts: " + e.getMessage());
        }
        ids.sort(null);
        return ids;
    }
}
