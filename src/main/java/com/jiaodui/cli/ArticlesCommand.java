package com.jiaodui.cli;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Split pages into articles: title (kicker, subtitle), byline, body paragraphs.")
public final class ArticlesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "JSON: {\"file\",\"articles\":[{index,kicker,title,subtitle,byline,paragraphs,start,end}]} per file.")
    boolean json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Page files or folders.", descriptionKey = "param.pages")
    List<Path> paths;

    @Override
    public Integer call() {
        return PageBatch.run(spec, paths, json, ArticlesCommand::toJson, (out, page) -> {
            for (Article a : page.analysis().articles()) {
                out.println(page.path() + " #" + (a.index() + 1) + " " + (a.kicker() == null ? "" : "[" + a.kicker() + "] ")
                        + (a.title().isEmpty() ? Cli.text("cli.untitled") : a.title())
                        + (a.subtitle() == null ? "" : " — " + a.subtitle())
                        + (a.byline() == null ? "" : "  | " + a.byline())
                        + "  (" + a.paragraphs().size() + " paragraphs)");
            }
        });
    }

    static Map<String, Object> toJson(Path file, Analysis analysis) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", file.toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Article a : analysis.articles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", a.index());
            m.put("kicker", a.kicker());
            m.put("title", a.title());
            m.put("subtitle", a.subtitle());
            m.put("byline", a.byline());
            m.put("paragraphs", a.paragraphs());
            m.put("start", a.rawStart());
            m.put("end", a.rawEnd());
            list.add(m);
        }
        doc.put("articles", list);
        return doc;
    }
}
