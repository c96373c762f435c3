package com.jiaodui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.library.Libraries;
import com.jiaodui.store.LearntCorrection;
import com.jiaodui.store.Library;
import com.jiaodui.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "learnt", mixinStandardHelpOptions = true,
        description = {"List (or export as JSON) the corrections learnt from the editors' saved revisions.",
                "Each is FROM → TO in its context, who made it and when; check --db flags them as learned-fix."})
public final class LearntCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "Library file (default: $JIAODUI_DB or the per-user library).")
    Path db;

    @Option(names = "--json", description = "JSON array of {id,from,to,left,right,author,when,article,enabled}.")
    boolean json;

    @Option(names = "--remove", paramLabel = "ID", description = "Forget the learnt correction ID.")
    Long remove;

    @Option(names = "--disable", paramLabel = "ID", description = "Keep the learnt correction ID but stop flagging it.")
    Long disable;

    @Option(names = "--enable", paramLabel = "ID", description = "Flag the learnt correction ID again.")
    Long enable;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean writes = remove != null || disable != null || enable != null;
        try (Library lib = Libraries.open(db, !writes)) {
            Long id = remove != null ? remove : disable != null ? disable : enable;
            if (writes) {
                boolean found = remove != null ? lib.removeCorrection(id) : lib.setCorrectionEnabled(id, enable != null);
                if (!found) {
                    err.println("jiaodui: " + Cli.text("learnt.none", lib.file(), id));
                    return Cli.EXIT_USAGE;
                }
            }
            List<LearntCorrection> all = lib.learntCorrections(false);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (LearntCorrection c : all) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", c.id());
                    m.put("from", c.from());
                    m.put("to", c.to());
                    m.put("left", c.left());
                    m.put("right", c.right());
                    m.put("author", c.author());
                    m.put("when", c.createdAt() == null ? null : c.createdAt().toString());
                    m.put("article", c.articleId());
                    m.put("enabled", c.enabled());
                    rows.add(m);
                }
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            } else {
                for (LearntCorrection c : all) {
                    out.println(String.format("%4d  %s【%s】%s → %s  %s  %s%s", c.id(), c.left(), c.from(), c.right(),
                            c.to(), c.author(), c.createdAt(), c.enabled() ? "" : "  " + Cli.text("learnt.disabled")));
                }
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("jiaodui: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
    }
}
