package com.jiaodui.cli;

import com.jiaodui.store.ExportFormat;
import com.jiaodui.store.ExportScope;
import com.jiaodui.store.Exporter;
import com.jiaodui.library.Libraries;
import com.jiaodui.store.Library;
import com.jiaodui.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the current text of articles: one file per article, named after its title, "
                + "plus an index file. Without --article or --page, the whole library."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "Library file (default: $JIAODUI_DB or the per-user library).")
    Path db;

    @Option(names = "--format", required = true, paramLabel = "txt|md|json", description = "File format.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created when missing).")
    Path out;

    static final class Scope {
        @Option(names = "--article", paramLabel = "ID", description = "Only this article.")
        Long article;

        @Option(names = "--page", paramLabel = "ID", description = "Only the articles of this page.")
        Long page;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Scope scope;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("jiaodui: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        ExportScope s = scope == null ? ExportScope.all()
                : scope.article != null ? ExportScope.article(scope.article) : ExportScope.page(scope.page);
        try (Library lib = Libraries.open(db, true)) {
            Exporter.Result r = Exporter.export(lib, f, out, s);
            o.println(Cli.text(r.files().size() == 1 ? "export.done.one" : "export.done", String.valueOf(r.files().size()),
                    out.toString(), r.index().getFileName().toString()));
            return 0;
        } catch (StoreException e) {
            err.println("jiaodui: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
    }
}
