package com.jiaodui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jiaodui.library.Libraries;
import com.jiaodui.library.Pages;
import com.jiaodui.store.Library;
import com.jiaodui.store.PageSummary;
import com.jiaodui.store.StoreException;
import com.jiaodui.store.VersionInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pages", mixinStandardHelpOptions = true,
        description = {"List the pages of the library with their versions.",
                "For each page: its versions (number, role, source file), which one is the raw side and which one "
                        + "its articles start from, and its article count."})
public final class PagesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Library file (default: $JIAODUI_DB or the per-user library).")
    Path db;

    @Option(names = "--json", description = "Print the pages as a JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PageSummary> pages;
        Map<Long, List<VersionInfo>> versions = new LinkedHashMap<>();
        try (Library lib = Libraries.open(db, true)) {
            pages = lib.pages();
            for (VersionInfo v : lib.allVersions()) {
                versions.computeIfAbsent(v.pageId(), k -> new java.util.ArrayList<>()).add(v);
            }
        } catch (StoreException e) {
            err.println("jiaodui: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        if (json) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode arr = m.createArrayNode();
            for (PageSummary p : pages) {
                List<VersionInfo> vs = versions.getOrDefault(p.id(), List.of());
                ObjectNode o = arr.addObject();
                o.put("pageId", p.id());
                o.put("page", p.name());
                o.put("articles", p.articles());
                o.put("done", p.done());
                ArrayNode va = o.putArray("versions");
                long rawId = vs.isEmpty() ? -1 : Pages.rawSide(vs).id();
                for (VersionInfo v : vs) {
                    ObjectNode vo = va.addObject();
                    vo.put("versionId", v.id());
                    vo.put("number", v.number());
                    vo.put("role", v.role());
                    vo.put("label", v.label());
                    vo.put("file", v.fileName());
                    if (v.path() != null) {
                        vo.put("path", v.path());
                    }
                    vo.put("format", v.format().name().toLowerCase(java.util.Locale.ROOT));
                    vo.put("chars", v.chars());
                    vo.put("rawSide", v.id() == rawId);
                    vo.put("articles", v.articles());
                }
            }
            out.println(m.writeValueAsString(arr));
            return 0;
        }
        for (PageSummary p : pages) {
            out.println(Cli.text("pages.page", p.name(), String.valueOf(p.id()), String.valueOf(p.articles()),
                    String.valueOf(p.done())));
            List<VersionInfo> vs = versions.getOrDefault(p.id(), List.of());
            long rawId = vs.isEmpty() ? -1 : Pages.rawSide(vs).id();
            for (VersionInfo v : vs) {
                out.println("  " + v.number() + "  " + String.format("%-8s", v.role()) + v.fileName()
                        + (v.id() == rawId ? Cli.text("pages.rawSide") : "")
                        + (v.articles() > 0 ? Cli.text("pages.articlesHere", String.valueOf(v.articles())) : ""));
            }
        }
        return 0;
    }
}
