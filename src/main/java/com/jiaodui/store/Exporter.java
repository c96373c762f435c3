package com.jiaodui.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jiaodui.store.StoreException.Reason;
import com.jiaodui.util.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Exports the current revision of articles: one file per article named after its title (made safe by
 * {@link SafeFileNames}, collisions numbered), plus {@code index.txt|md|json} listing them. Every file is written
 * to a temporary file in the same directory and renamed into place, so a reader never sees half a file.
 * Existing files of the same name are replaced.
 */
public final class Exporter {
    /** Called after each article file is written (and once more after the index, with done == total). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path file);
    }

    /**
     * What was written.
     *
     * @param files     the article files, in order
     * @param index     the index file, or null when cancelled
     * @param cancelled true when the export stopped early; the files already written are complete
     */
    public record Result(List<Path> files, Path index, boolean cancelled) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Exporter() {}

    public static Result export(Library library, ExportFormat format, Path outDir, ExportScope scope) {
        return export(library, format, outDir, scope, (d, t, f) -> { }, () -> false);
    }

    /**
     * Exports {@code scope} into {@code outDir} (created when missing).
     *
     * @param progress  told about every file written (from the calling thread)
     * @param cancelled polled before each article; when it says true the export stops without writing the index
     */
    public static Result export(Library library, ExportFormat format, Path outDir, ExportScope scope,
                                Progress progress, BooleanSupplier cancelled) {
        List<ArticleSummary> articles;
        if (scope instanceof ExportScope.OfPage p) {
            if (library.page(p.pageId()).isEmpty()) {
                throw new StoreException(library.file(), Reason.NOT_FOUND,
                        "there is no page " + p.pageId() + " in the library");
            }
            articles = library.articles(p.pageId());
        } else if (scope instanceof ExportScope.OfArticle a) {
            articles = List.of(summary(library, a.articleId()));
        } else {
            articles = library.allArticles();
        }
        prepare(outDir);
        Map<Long, String> pageNames = new HashMap<>();
        Set<String> used = new HashSet<>();
        used.add(SafeFileNames.key("index." + format.extension()));
        List<Path> files = new ArrayList<>();
        List<ObjectNode> entries = new ArrayList<>();
        int total = articles.size();
        for (ArticleSummary s : articles) {
            if (cancelled.getAsBoolean()) {
                return new Result(List.copyOf(files), null, true);
            }
            ArticleRecord a = library.article(s.id()).orElseThrow();
            Revision r = library.currentRevision(s.id());
            String page = pageNames.computeIfAbsent(a.pageId(),
                    id -> library.page(id).map(PageSummary::name).orElse(""));
            String name = SafeFileNames.unique(a.title(), format.extension(), used);
            Path file = outDir.resolve(name);
            writeAtomically(file, render(format, a, r, page));
            files.add(file);
            ObjectNode e = JSON.createObjectNode();
            e.put("id", a.id());
            e.put("page", page);
            e.put("title", a.title());
            e.put("file", name);
            e.put("revision", r.number());
            e.put("status", a.status().id());
            entries.add(e);
            progress.update(files.size(), total, file);
        }
        Path index = outDir.resolve("index." + format.extension());
        writeAtomically(index, index(format, entries));
        progress.update(total, total, index);
        return new Result(List.copyOf(files), index, false);
    }

    private static ArticleSummary summary(Library library, long articleId) {
        ArticleRecord a = library.article(articleId).orElseThrow(() -> new StoreException(library.file(),
                Reason.NOT_FOUND, "there is no article " + articleId + " in the library"));
        return new ArticleSummary(a.id(), a.pageId(), a.versionId(), a.index(), a.title(), a.status(), a.openFlags(),
                a.revisionCount(), a.updatedAt());
    }

    private static void prepare(Path outDir) {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new StoreException(outDir, Reason.BAD_INPUT, "is a file, not a directory to export into");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new StoreException(outDir, Reason.IO, "cannot create the export directory (" + describe(e) + ")", e);
        }
        if (!Files.isWritable(outDir)) {
            throw new StoreException(outDir, Reason.READ_ONLY, "the export directory is not writable");
        }
        AtomicFiles.removeStale(outDir); // what a killed export left behind
    }

    static String render(ExportFormat format, ArticleRecord a, Revision r, String page) {
        return switch (format) {
            case TXT -> ensureNewline(r.text());
            case MD -> markdown(a, r);
            case JSON -> json(a, r, page);
        };
    }

    private static String markdown(ArticleRecord a, Revision r) {
        String text = r.text();
        StringBuilder md = new StringBuilder();
        String title = a.title().strip();
        if (!title.isEmpty()) {
            if (a.kicker() != null && !a.kicker().isBlank() && text.startsWith(a.kicker())) {
                text = text.substring(a.kicker().length()).stripLeading();
                md.append(a.kicker().strip()).append("\n\n");
            }
            if (text.startsWith(title)) {
                text = text.substring(title.length()).stripLeading();
            }
            md.append("# ").append(title.replaceAll("\\s*\\R\\s*", " ")).append("\n\n");
        }
        md.append(text.strip());
        return ensureNewline(md.toString());
    }

    private static String json(ArticleRecord a, Revision r, String page) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("page", page);
        o.put("pageId", a.pageId());
        o.put("index", a.index());
        o.put("kicker", a.kicker());
        o.put("title", a.title());
        o.put("subtitle", a.subtitle());
        o.put("byline", a.byline());
        o.put("status", a.status().id());
        ObjectNode rev = o.putObject("revision");
        rev.put("id", r.id());
        rev.put("number", r.number());
        rev.put("author", r.author());
        rev.put("note", r.note());
        rev.put("savedAt", r.createdAt().toString());
        o.put("text", r.text());
        return toJson(o);
    }

    private static String index(ExportFormat format, List<ObjectNode> entries) {
        StringBuilder sb = new StringBuilder();
        switch (format) {
            case TXT -> {
                sb.append("file\tid\tpage\trevision\tstatus\ttitle\n");
                for (ObjectNode e : entries) {
                    sb.append(e.get("file").asText()).append('\t').append(e.get("id").asLong()).append('\t')
                            .append(oneLine(e.get("page").asText())).append('\t').append(e.get("revision").asInt())
                            .append('\t').append(e.get("status").asText()).append('\t')
                            .append(oneLine(e.get("title").asText())).append('\n');
                }
            }
            case MD -> {
                sb.append("# Jiaodui export\n\n").append(entries.size()).append(" articles, exported ")
                        .append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append("\n\n")
                        .append("| Page | Title | Revision | Status |\n|---|---|---|---|\n");
                for (ObjectNode e : entries) {
                    String title = e.get("title").asText().isBlank() ? "(untitled)" : e.get("title").asText();
                    sb.append("| ").append(cell(e.get("page").asText())).append(" | [").append(cell(title)
                                    .replace("[", "\\[").replace("]", "\\]")).append("](<")
                            .append(e.get("file").asText()).append(">) | ").append(e.get("revision").asInt())
                            .append(" | ").append(e.get("status").asText()).append(" |\n");
                }
            }
            case JSON -> {
                ObjectNode root = JSON.createObjectNode();
                root.put("exportedAt", Instant.now().toString());
                ArrayNode arr = root.putArray("articles");
                entries.forEach(arr::add);
                sb.append(toJson(root));
            }
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return oneLine(s).replace("|", "\\|");
    }

    /** One line of an index: tabs, line ends, NUL and other controls, U+2028/U+2029/NEL become one space. */
    static String oneLine(String s) {
        return s.replaceAll("[\\p{Cc}\\u2028\\u2029]+", " ");
    }

    private static String toJson(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ensureNewline(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }

    /** Writes {@code text} as UTF-8 to a temporary file next to {@code target}, syncs it, and renames it. */
    static void writeAtomically(Path target, String text) {
        try {
            AtomicFiles.writeString(target, text);
        } catch (IOException e) {
            throw new StoreException(target, Reason.IO, "cannot be written (" + describe(e) + ")", e);
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (m != null && m.contains("No space left")) {
            return "the disk is full";
        }
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
