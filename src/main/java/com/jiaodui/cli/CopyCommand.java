package com.jiaodui.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jiaodui.library.Libraries;
import com.jiaodui.store.Library;
import com.jiaodui.store.LibraryCopy;
import com.jiaodui.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copy a library into another: a private file into a shared library or back.",
                "Revisions (with editors and times), decisions, drafts, statuses and assignments are copied; "
                        + "running it again copies nothing new."})
public final class CopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "The library to copy from.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "FILE|URL",
            description = "The library to copy into (a file is created when missing).")
    Path to;

    @Option(names = "--json", description = "Print what was copied as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library src = Libraries.open(from, true); Library dst = Libraries.open(to, false)) {
            LibraryCopy.Report r = LibraryCopy.copy(src, dst);
            if (json) {
                ObjectNode o = Team.JSON.createObjectNode();
                o.put("pages", r.pages());
                o.put("versions", r.versions());
                o.put("articles", r.articles());
                o.put("revisions", r.revisions());
                o.put("decisions", r.decisions());
                o.put("drafts", r.drafts());
                o.put("statuses", r.statuses());
                o.put("assignments", r.assignments());
                o.put("corrections", r.corrections());
                r.diverged().forEach(o.putArray("diverged")::add);
                out.println(Team.JSON.writeValueAsString(o));
            } else {
                out.println("copied " + r.pages() + " pages, " + r.versions() + " versions, " + r.articles()
                        + " articles, " + r.revisions() + " revisions, " + r.decisions() + " decisions, " + r.drafts()
                        + " drafts, " + r.statuses() + " statuses, " + r.assignments() + " assignments, "
                        + r.corrections() + " learnt corrections into " + dst.location());
                r.diverged().forEach(d -> err.println("jiaodui copy: " + d));
            }
            return 0;
        } catch (StoreException e) {
            return Team.fail(err, e);
        }
    }
}
