package com.jiaodui.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jiaodui.library.Libraries;
import com.jiaodui.store.Library;
import com.jiaodui.store.StoreException;
import com.jiaodui.store.WorkflowStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show or set the workflow status of articles: open, in_review, done, approved.",
                "status: every article; status ARTICLE: one; status ARTICLE STATUS: sets it (who and when are kept)."})
public final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "Library file or postgresql://host:port/name?user=U (default: $JIAODUI_DB or the per-user library).")
    Path db;

    @Option(names = "--user", paramLabel = "NAME", description = "Who sets it (default: $JIAODUI_USER or the OS user).")
    String user;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE", description = "The article id.", descriptionKey = "param.article")
    Long articleId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STATUS", description = "open, in_review, done or approved.", descriptionKey = "param.status")
    String status;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkflowStatus set = null;
        if (status != null) {
            set = WorkflowStatus.parse(status);
            if (set == null) {
                err.println("jiaodui status: unknown status '" + status + "' (open, in_review, done, approved)");
                return Cli.EXIT_USAGE;
            }
        }
        try (Library lib = Libraries.open(db, set == null)) {
            List<WorkflowStatus.State> states;
            if (set != null) {
                states = List.of(lib.setWorkflow(articleId, set, Team.user(user)));
            } else if (articleId != null) {
                states = List.of(lib.workflow(articleId));
            } else {
                states = lib.workflows();
            }
            if (json) {
                ArrayNode arr = Team.JSON.createArrayNode();
                for (WorkflowStatus.State s : states) {
                    ObjectNode o = arr.addObject();
                    o.put("article", s.articleId());
                    o.put("status", s.status().id());
                    o.put("by", s.setBy());
                    o.put("time", s.setAt() == null ? null : s.setAt().toString());
                }
                out.println(Team.JSON.writeValueAsString(articleId != null ? arr.get(0) : arr));
            } else {
                for (WorkflowStatus.State s : states) {
                    out.println(s.articleId() + "\t" + s.status().id()
                            + (s.setBy() == null ? "" : "\t" + s.setBy() + "\t" + s.setAt()));
                }
            }
            return 0;
        } catch (StoreException e) {
            return Team.fail(err, e);
        }
    }
}
