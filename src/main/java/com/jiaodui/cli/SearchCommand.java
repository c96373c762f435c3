package com.jiaodui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jiaodui.library.Libraries;
import com.jiaodui.store.Library;
import com.jiaodui.store.SearchHit;
import com.jiaodui.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the current text and titles of the library's articles.",
                "Words separated by spaces must all occur; one- and two-character words work."})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "Library file (default: $JIAODUI_DB or the per-user library).")
    Path db;

    @Option(names = "--json", description = "Print the hits as a JSON array.")
    boolean json;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20", description = "At most N hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.", descriptionKey = "param.query")
    List<String> query;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String q = String.join(" ", query);
        if (q.isBlank()) {
            err.println("jiaodui search: the query is empty; give the words to look for");
            return Cli.EXIT_USAGE;
        }
        if (limit < 0) {
            err.println("jiaodui search: -n/--limit must be 0 or more (got " + limit + ")");
            return Cli.EXIT_USAGE;
        }
        List<SearchHit> hits;
        try (Library lib = Libraries.open(db, true)) {
            hits = limit == 0 ? List.of() : lib.search(q, limit);
        } catch (StoreException e) {
            err.println("jiaodui: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        if (json) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode arr = m.createArrayNode();
            for (SearchHit h : hits) {
                ObjectNode o = arr.addObject();
                o.put("articleId", h.articleId());
                o.put("pageId", h.pageId());
                o.put("page", h.pageName());
                o.put("title", h.title());
                o.put("snippet", h.snippet());
                o.put("offset", h.offset());
                o.put("rank", h.rank());
            }
            out.println(m.writeValueAsString(arr));
        } else {
            for (SearchHit h : hits) {
                out.println(h.articleId() + "\t" + h.pageName() + "\t" + (h.title().isBlank() ? Cli.text("cli.untitled") : h.title())
                        + "\t" + h.snippet());
            }
        }
        return 0;
    }
}
