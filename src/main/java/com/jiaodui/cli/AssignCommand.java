package com.jiaodui.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jiaodui.library.Libraries;
import com.jiaodui.store.Library;
import com.jiaodui.store.PageSummary;
import com.jiaodui.store.StoreException;
import com.jiaodui.store.WorkflowStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Assign a page to an editor, or list the assignments.",
                "assign: the list; assign PAGE EDITOR: assigns it; assign PAGE --none: no longer assigned."})
public final class AssignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "Library file or postgresql://host:port/name?user=U (default: $JIAODUI_DB or the per-user library).")
    Path db;

    @Option(names = "--user", paramLabel = "NAME", description = "Who assigns (default: $JIAODUI_USER or the OS user).")
    String user;

    @Option(names = "--none", description = "Remove the page's assignment.")
    boolean none;

    @Option(names = "--json", description = "Print the assignments as JSON.")
    boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PAGE", description = "The page: its id or its name.", descriptionKey = "param.page")
    String page;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EDITOR", description = "The editor's user name.", descriptionKey = "param.editor")
    String editor;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (page != null && editor == null && !none) {
            err.println("jiaodui assign: name the editor (assign PAGE EDITOR) or give --none");
            return Cli.EXIT_USAGE;
        }
        try (Library lib = Libraries.open(db, page == null)) {
            if (page != null) {
                PageSummary p = lib.pages().stream().filter(x -> x.name().equals(page)
                        || String.valueOf(x.id()).equals(page)).findFirst().orElse(null);
                if (p == null) {
                    err.println("jiaodui assign: " + lib.location() + ": there is no page " + page);
                    return Cli.EXIT_USAGE;
                }
                lib.assign(p.id(), none ? null : editor, Team.user(user));
            }
            var list = lib.assignments();
            if (json) {
                ArrayNode arr = Team.JSON.createArrayNode();
                for (WorkflowStatus.Assignment a : list) {
                    ObjectNode o = arr.addObject();
                    o.put("pageId", a.pageId());
                    o.put("page", a.pageName());
                    o.put("editor", a.editor());
                    o.put("by", a.assignedBy());
                    o.put("time", a.assignedAt().toString());
                }
                out.println(Team.JSON.writeValueAsString(arr));
            } else {
                for (WorkflowStatus.Assignment a : list) {
                    out.println(a.pageName() + "\t" + a.editor() + "\t" + a.assignedBy() + "\t" + a.assignedAt());
                }
            }
            return 0;
        } catch (StoreException e) {
            return Team.fail(err, e);
        }
    }
}
