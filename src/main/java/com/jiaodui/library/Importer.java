package com.jiaodui.library;

import com.jiaodui.store.ImportResult;
import com.jiaodui.store.Library;
import com.jiaodui.store.NewArticle;
import com.jiaodui.store.NewVersion;
import com.jiaodui.store.StoreException;
import com.jiaodui.store.StoredGeometry;
import com.jiaodui.store.VersionInfo;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Article;
import com.jiaodui.text.Flag;
import com.jiaodui.text.Format;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import com.jiaodui.text.source.SourceDocument;
import com.jiaodui.text.source.SourceFormat;
import com.jiaodui.text.source.Sources;
import com.jiaodui.util.PageFiles.PageFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The one import pipeline, for the app and the command line: read → decode → already known (same SHA-256)? →
 * analyse with the one {@link Analyzer} built from the editor's settings → hand finished records to the store.
 *
 * <p>Which version gives a page its articles: a cleaned version always (the newest one); a raw version when the
 * page has no cleaned one; another OCR run only when the page has neither. So page-a.raw.txt and page-a.clean.txt
 * give the same page in either order: raw side page-a.raw.txt, articles from page-a.clean.txt.
 */
public final class Importer {
    /** The sample pages a new default library is seeded with (on the class path under /samples/). */
    public static final List<String> SAMPLES =
            List.of("page-a.raw.txt", "page-a.clean.txt", "page-b.md", "page-c.raw.txt");
    /** A folder import stores at most this many files in one transaction … */
    private static final int GROUP_FILES = 25;
    /** … and closes the transaction after this long (the write lock is not held longer). */
    private static final long GROUP_NANOS = 200_000_000L;

    /** Told about each file: exactly one of {@code result} and {@code refused} (the one-line reason) is non-null. */
    @FunctionalInterface
    public interface Listener {
        void imported(int done, int total, Path file, ImportResult result, String refused);
    }

    private final Library store;
    private final Analyzer analyzer;

    public Importer(Library store, Analyzer analyzer) {
        this.store = Objects.requireNonNull(store, "store");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** An importer with the default house style (tests, benchmarks). */
    public static Importer of(Library store) {
        return new Importer(store, new Analyzer());
    }

    public Library store() {
        return store;
    }

    /**
     * One page of a file read and (when new) analysed, ready to store: a text file or a one-page PDF is one part,
     * a PDF of several pages one part per page (an issue of pages).
     *
     * @param name     the file's name relative to the folder imported (its page and role come from it)
     * @param fileName the file name the version is stored under ("issue.pdf", or "issue.pdf#3" for its page 3)
     * @param pageName the page it is a version of, or null to take it from the file's relative name
     * @param label    the version's label, or null to take it from the file name
     * @param geometry its place on the printed page, or null (a text file)
     * @param note     what the editor should know about it (an image-only page: OCR is needed), or null
     */
    private record Part(String name, String fileName, String pageName, String label, SourceText source,
                        Analysis analysis, StoredGeometry geometry, String note, String[] titles) {}

    /** A file read: its parts, or the one-line reason it was refused. */
    private record Prepared(PageFile file, List<Part> parts, String refused) {}

    /**
     * Imports files in order, reading and analysing a few ahead on other threads, storing them in small groups
     * (up to 25 files or 0.2 s of work per transaction, with their search entries). A file that cannot be read is
     * refused (reported, skipped); a failure of the library itself (locked, full, damaged) stops the import and is
     * thrown as a {@link StoreException} (the files already reported stay imported).
     *
     * @param role      the role of every file, or null to take it from each file name
     * @param cancelled polled before each file; files already reported stay imported
     */
    public ImportReport importFiles(List<PageFile> files, Role role, Listener listener, BooleanSupplier cancelled) {
        ImportReport report = new ImportReport();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jiaodui-import");
            t.setDaemon(true);
            return t;
        });
        Set<String> known = store.knownHashes();
        try {
            List<Future<Prepared>> ahead = new ArrayList<>();
            int window = threads * 3;
            int next = 0;
            while (next < files.size()) {
                List<Object[]> events = new ArrayList<>(); // {index, ImportResult or refusal}
                long t0 = System.nanoTime();
                int[] at = {next};
                boolean[] stop = {false};
                store.batch(() -> {
                    while (at[0] < files.size() && events.size() < GROUP_FILES && System.nanoTime() - t0 < GROUP_NANOS) {
                        int i = at[0];
                        while (ahead.size() < i + window && ahead.size() < files.size()) {
                            PageFile f = files.get(ahead.size());
                            ahead.add(pool.submit(prepare(f, known)));
                        }
                        if (cancelled.getAsBoolean()) {
                            stop[0] = true;
                            break;
                        }
                        Prepared p = await(ahead.get(i));
                        ahead.set(i, null);
                        at[0]++;
                        if (p.refused() != null) {
                            events.add(new Object[] {i, p.refused()});
                        } else {
                            for (Part part : p.parts()) {
                                ImportResult r = store.persist(record(part.name(), part.source(), part.analysis(),
                                        role, part.pageName(), part.label(), part.fileName(), part.geometry(),
                                        part.titles()));
                                known.add(part.source().sha256());
                                events.add(new Object[] {i, r, part.note()});
                            }
                        }
                    }
                });
                next = at[0];
                for (Object[] ev : events) {
                    int i = (Integer) ev[0];
                    if (ev[1] instanceof ImportResult r) {
                        report.add(r);
                        if (ev[2] != null) {
                            report.note(r.fileName() + ": " + ev[2]);
                        }
                        listener.imported(i + 1, files.size(), files.get(i).path(), r, null);
                    } else {
                        report.refuse((String) ev[1]);
                        listener.imported(i + 1, files.size(), files.get(i).path(), null, (String) ev[1]);
                    }
                }
                if (stop[0]) {
                    report.cancel();
                    break;
                }
            }
            return report;
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Prepared> prepare(PageFile f, Set<String> known) {
        return () -> {
            try {
                SourceDocument doc = Sources.read(f.path()); // any page file: text, PDF, OCR output
                List<SourceDocument> pages = doc.pages();
                // an issue's pages are analysed side by side (the PDF itself was read once, above); the parts keep
                // the pages' order. The common pool is used, not this importer's, whose threads may all be waiting.
                Analysis[] analyses = new Analysis[pages.size()];
                IntStream.range(0, pages.size()).parallel().forEach(k -> {
                    SourceDocument d = pages.get(k);
                    analyses[k] = known.contains(d.source().sha256()) ? null
                            : d.imageOnly() ? analyzer.analyze("", Format.TEXT) : analyzer.analyze(d.source());
                });
                String[][] titles = pages.size() > 1 ? IssueJumps.titles(pages, analyses) : new String[pages.size()][];
                List<Part> parts = new ArrayList<>();
                for (int k = 0; k < pages.size(); k++) {
                    SourceDocument d = pages.get(k);
                    SourceText src = d.source();
                    String name = f.relativeName();
                    String fileName = null;
                    String pageName = null;
                    String label = null;
                    if (pages.size() > 1) {
                        // an issue: one page per printed page, page "issue/p3" from "issue.pdf#3"
                        fileName = PageNaming.baseName(name) + "#" + d.firstPage();
                        pageName = PageNaming.issuePageName(name, d.firstPage());
                        String l = PageNaming.label(name);
                        label = l.equals(PageNaming.baseName(name)) ? fileName : l;
                    }
                    String note = d.imageOnly() ? NO_TEXT_LAYER : null;
                    Analysis a = analyses[k];
                    parts.add(new Part(name, fileName, pageName, label, src, a, stored(d), note, titles[k]));
                }
                return new Prepared(f, parts, null);
            } catch (UnreadablePageException e) {
                return new Prepared(f, null, f.path() + ": " + e.reason());
            } catch (RuntimeException e) {
                return new Prepared(f, null, f.path() + ": cannot be analysed (" + e + ")");
            }
        };
    }

    /** The note of a page imported without text: it has to be run through OCR. */
    public static final String NO_TEXT_LAYER = "no text layer: OCR needed (an image-only page, imported without text; "
            + "run it through an OCR pipeline such as MinerU, Tesseract hOCR or ABBYY ALTO and import that output)";

    /** The geometry the library keeps for a document read from a PDF or OCR file; null for a text file. */
    static StoredGeometry stored(SourceDocument d) {
        if (d.format() == SourceFormat.TEXT || d.format() == SourceFormat.MARKDOWN || d.geometry().pages().isEmpty()) {
            return null;
        }
        return new StoredGeometry(d.format().name(), d.pdf() == null ? null : d.pdf().toAbsolutePath().toString(),
                d.geometry().encode());
    }

    private static Prepared await(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Imports one already decoded page; {@code name} (a relative path or file name) names its page and role. */
    public ImportResult importSource(SourceText source, String name, Role role) {
        Analysis analysis = store.knownHashes().contains(source.sha256()) ? null : analyzer.analyze(source);
        return store.persist(record(name, source, analysis, role, null, null));
    }

    /** Imports one decoded page named by its own file name. */
    public ImportResult importSource(SourceText source) {
        return importSource(source, source.name(), null);
    }

    /**
     * Imports text that did not come from a file (pasted, generated) as if it were a file called {@code fileName};
     * the SHA-256 is that of the UTF-8 text.
     */
    public ImportResult importText(String fileName, String text, Format format) {
        return importSource(textSource(fileName, text), fileName, null, format);
    }

    private ImportResult importSource(SourceText source, String name, Role role, Format format) {
        Analysis analysis = store.knownHashes().contains(source.sha256()) ? null : analyzer.analyze(source.raw(), format);
        return store.persist(record(name, source, analysis, role, null, null));
    }

    /**
     * Adds a version of page {@code pageId} from text, e.g. a merged text made in the compare view (role cleaned:
     * the page's articles start from it, except those an editor worked on).
     */
    public ImportResult addVersion(long pageId, String label, String fileName, String text, Format format, Role role) {
        String pageName = store.page(pageId).orElseThrow(() -> new StoreException(store.file(),
                StoreException.Reason.NOT_FOUND, "there is no page " + pageId + " in the library")).name();
        SourceText source = textSource(fileName, text);
        Analysis analysis = store.knownHashes().contains(source.sha256()) ? null : analyzer.analyze(text, format);
        return store.persist(record(fileName, source, analysis, role == null ? Role.CLEANED : role, pageName, label));
    }

    /**
     * Seeds a library that was never seeded and holds no page with the sample pages from the class path. Returns
     * what was imported (empty when nothing was done). A broken sample is left out.
     */
    public List<ImportResult> seedSamplesIfNew() {
        if (!store.needsSeeding()) {
            return List.of();
        }
        List<ImportResult> out = new ArrayList<>();
        store.batch(() -> {
            for (String name : SAMPLES) {
                try (InputStream in = Importer.class.getResourceAsStream("/samples/" + name)) {
                    if (in == null) {
                        continue;
                    }
                    SourceText src = TextDecoder.decode(Path.of(name), in.readAllBytes());
                    out.add(store.persist(record(name, src, analyzer.analyze(src), null, null, null)));
                } catch (IOException | UnreadablePageException e) {
                    // a broken sample is not worth failing the start for
                }
            }
            store.markSeeded();
        });
        return out;
    }

    private static SourceText textSource(String fileName, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new SourceText(Path.of(fileName), text, "UTF-8", false, TextDecoder.sha256(bytes));
    }

    private NewVersion record(String name, SourceText source, Analysis analysis, Role roleOrNull, String pageNameOrNull,
                              String labelOrNull) {
        return record(name, source, analysis, roleOrNull, pageNameOrNull, labelOrNull, null, null, null);
    }

    /**
     * The finished record of a version: its page, role, label and (when it gives the page its articles) those;
     * {@code fileNameOrNull} names it instead of its source's file name (a page of a PDF issue: "issue.pdf#3");
     * {@code titlesOrNull} the titles of its articles where they differ from the engine's (an article of an issue
     * that jumps pages, see {@link IssueJumps}; null entries keep the engine's title).
     */
    private NewVersion record(String name, SourceText source, Analysis analysis, Role roleOrNull, String pageNameOrNull,
                              String labelOrNull, String fileNameOrNull, StoredGeometry geometry, String[] titlesOrNull) {
        String page = pageNameOrNull != null ? pageNameOrNull : PageNaming.pageName(name);
        Role role = roleOrNull != null ? roleOrNull : PageNaming.role(name);
        String label = labelOrNull != null ? labelOrNull : PageNaming.label(name);
        List<NewArticle> articles = null;
        int flags = 0;
        if (analysis != null) {
            flags = analysis.flags().size();
            if (givesArticles(role, store.versionsOfPage(page))) {
                articles = articles(analysis, titlesOrNull);
                if (articles.isEmpty() && geometry != null && source.raw().isEmpty()) {
                    // an image-only page (a scan without text layer): one empty article, so the page can be opened
                    // in the review, which shows its image and the note that OCR is needed
                    articles = List.of(new NewArticle(0, null, "", null, null, 0, 0, 0, ""));
                }
            }
        }
        String fileName = fileNameOrNull == null ? source.name() : PageNaming.baseName(fileNameOrNull);
        return new NewVersion(page, role.id(), label, fileName,
                source.path() == null || source.path().getParent() == null ? null
                        : source.path().toAbsolutePath().toString(),
                source.raw(), source.encoding(), source.bom(), source.sha256(), source.format(), flags, articles,
                geometry);
    }

    /** Whether a new version in {@code role} gives its page the articles (see the class comment). */
    static boolean givesArticles(Role role, List<VersionInfo> existing) {
        boolean hasCleaned = existing.stream().anyMatch(v -> Role.fromId(v.role()) == Role.CLEANED);
        boolean hasRaw = existing.stream().anyMatch(v -> Role.fromId(v.role()) == Role.RAW);
        return switch (role) {
            case CLEANED -> true;
            case RAW -> !hasCleaned;
            case OCR -> !hasCleaned && !hasRaw;
        };
    }

    static List<NewArticle> articles(Analysis analysis) {
        return articles(analysis, null);
    }

    static List<NewArticle> articles(Analysis analysis, String[] titlesOrNull) {
        List<NewArticle> out = new ArrayList<>();
        for (Article a : analysis.articles()) {
            String title = titlesOrNull != null && a.index() < titlesOrNull.length && titlesOrNull[a.index()] != null
                    ? titlesOrNull[a.index()] : a.title();
            out.add(new NewArticle(a.index(), a.kicker(), title, a.subtitle(), a.byline(), a.rawStart(), a.rawEnd(),
                    openFlags(analysis.flags(), a.rawStart(), a.rawEnd()), a.text().text()));
        }
        return out;
    }

    private static int openFlags(List<Flag> flags, int start, int end) {
        int n = 0;
        for (Flag f : flags) {
            if (f.start() >= start && f.start() < end || f.start() == end && f.end() == end && start == end) {
                n++;
            }
        }
        return n;
    }
}
