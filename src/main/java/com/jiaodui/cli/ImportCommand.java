package com.jiaodui.cli;

import com.jiaodui.store.ImportResult;
import com.jiaodui.store.Library;
import com.jiaodui.store.StoreException;
import com.jiaodui.util.PageFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import pages into the library.",
                "Each file becomes a version of the page named by its file name without extension and version "
                        + "suffix (page-a.raw.txt and page-a.clean.txt are page-a). A file already imported "
                        + "(same SHA-256) is skipped; an article an editor has worked on is never changed."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Library file (default: $JIAODUI_DB or the per-user library). Created when missing.")
    Path db;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files (.txt, .md), or folders holding them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean[] unlisted = {false};
        List<Path> files = PageFiles.expand(paths, msg -> {
            err.println(msg);
            unlisted[0] = true;
        });
        int rc = unlisted[0] ? Cli.EXIT_USAGE : 0;
        int[] failed = {0};
        try (Library lib = Libraries.open(db, false)) {
            lib.importFiles(files, (done, total, file, result, error) -> {
                if (error != null) {
                    err.println("jiaodui: " + error.getMessage());
                    failed[0]++;
                } else {
                    out.println(describe(result));
                    if (result.changed()) {
                        warnIfInvalid(file, err);
                    }
                }
            }, () -> false);
        } catch (StoreException e) {
            err.println("jiaodui: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        if (failed[0] > 0) {
            rc = Cli.EXIT_USAGE;
        }
        return rc;
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
            case UNCHANGED -> r.fileName() + ": unchanged (already in the library as page \"" + r.pageName()
                    + "\" version " + r.versionNumber() + ")";
            case IMPORTED -> r.fileName() + ": imported as page \"" + r.pageName() + "\" (page " + r.pageId()
                    + ", version " + r.versionNumber() + "): " + r.articlesAdded() + " articles, " + r.flags()
                    + " flags";
            case NEW_VERSION -> r.fileName() + ": new version " + r.versionNumber() + " of page \"" + r.pageName()
                    + "\" (page " + r.pageId() + "): " + r.articlesAdded() + " articles added, "
                    + r.articlesUpdated() + " updated, " + r.articlesKept() + " kept as the editors left them, "
                    + r.articlesRetired() + " retired; " + r.flags() + " flags";
        };
    }
}
