package com.jiaodui.cli;

import com.jiaodui.library.ImportReport;
import com.jiaodui.library.Importer;
import com.jiaodui.library.Libraries;
import com.jiaodui.library.Role;
import com.jiaodui.store.ImportResult;
import com.jiaodui.store.Library;
import com.jiaodui.store.StoreException;
import com.jiaodui.util.PageFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import pages into the library.",
                "A page is named by the file's path relative to the folder given, without extension and role part "
                        + "(page-a.raw.txt and page-a.clean.txt are page page-a; a/p.txt and b/p.txt are two pages). "
                        + "The role comes from the name (.raw. raw, .clean./.cleaned. cleaned, .ocr2. ocr; none: raw) "
                        + "or from --role. A page's articles start from its cleaned version when it has one. Files in "
                        + "a folder that are not pages (README, LICENSE, CHANGELOG, hidden files) are skipped. A file "
                        + "already imported (same SHA-256) is unchanged; an article an editor has worked on is never "
                        + "changed."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Library file (default: $JIAODUI_DB or the per-user library). Created when missing.")
    Path db;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "The role of every file: raw (OCR output), cleaned (a cleaned version), ocr (another OCR "
                    + "run, for compare). Default: from each file name.")
    String role;

    @Option(names = "--punctuation", paramLabel = "STYLE",
            description = "House style for brackets: page, full or half (default: the app's setting, else page).")
    String punctuation;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files (.txt, .md), or folders holding them.", descriptionKey = "param.importPages")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Role r = null;
        if (role != null) {
            r = Role.parse(role);
            if (r == null) {
                err.println("jiaodui: " + Cli.text("import.badRole", role));
                return Cli.EXIT_USAGE;
            }
        }
        com.jiaodui.text.HouseStyle style = null;
        if (punctuation != null) {
            style = com.jiaodui.library.EditorSettings.houseStyle(punctuation);
            if (style == null) {
                err.println("jiaodui: " + Cli.text("import.badPunctuation", punctuation));
                return Cli.EXIT_USAGE;
            }
        }
        List<String> skipped = new ArrayList<>();
        boolean[] unlisted = {false};
        List<PageFiles.PageFile> files = PageFiles.walk(paths, line -> {
            skipped.add(line);
            out.println(line);
        }, msg -> {
            err.println("jiaodui: " + msg);
            unlisted[0] = true;
        });
        ImportReport report;
        try (Library lib = Libraries.open(db, false)) {
            report = new Importer(lib, com.jiaodui.library.EditorSettings.analyzer(style)).importFiles(files, r, (done, total, file, result, refused) -> {
                if (refused != null) {
                    err.println("jiaodui: " + refused);
                } else {
                    out.println(describe(result));
                    if (result.changed() && !com.jiaodui.text.source.Sources.formatOf(file).boxes()) {
                        warnIfInvalid(file, err); // text pages only: a PDF or OCR file is not decoded as text
                    }
                }
            }, () -> false);
        } catch (StoreException e) {
            err.println("jiaodui: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        skipped.forEach(report::skip);
        report.notes().forEach(out::println);
        out.println(Cli.chinese() ? Cli.text("import.summary", report.newPages(), report.newVersions(), report.unchanged(),
                report.skipped(), report.refused(), report.articlesAdded(), report.articlesUpdated(), report.articlesKept(),
                report.articlesRetired()) : report.summary());
        return unlisted[0] || report.refused() > 0 ? Cli.EXIT_USAGE : 0;
    }

    /**
     * The warning of a page stored with invalid bytes kept as U+FFFD (one line naming the file). The library does
     * not hand back the decoded text, so the file is decoded again: about 1 ms for a page, and only for pages that
     * were imported or changed.
     */
    private static void warnIfInvalid(Path file, PrintWriter err) {
        try {
            String w = com.jiaodui.text.TextDecoder.read(file).warning();
            if (w != null) {
                err.println(w);
            }
        } catch (com.jiaodui.text.UnreadablePageException e) {
            // it was read a moment ago; a file changed since is the next import's business
        }
    }

    static String describe(ImportResult r) {
        return switch (r.outcome()) {
            case UNCHANGED -> Cli.text("import.unchanged", r.fileName(), r.pageName(), r.versionNumber(), r.role());
            case NEW_PAGE -> Cli.text("import.newPage", r.fileName(), r.pageName(), r.pageId(), r.versionNumber(),
                    r.role(), articles(r), r.flags());
            case NEW_VERSION -> Cli.text("import.newVersion", r.fileName(), r.versionNumber(), r.role(), r.pageName(),
                    r.pageId(), articles(r), r.flags());
        };
    }

    private static String articles(ImportResult r) {
        if (r.articlesAdded() + r.articlesUpdated() + r.articlesKept() + r.articlesRetired() == 0
                && r.outcome() == ImportResult.Outcome.NEW_VERSION) {
            return Cli.text("import.articlesUnchanged");
        }
        return Cli.text("import.articles", r.articlesAdded(), r.articlesUpdated(), r.articlesKept(), r.articlesRetired());
    }
}
