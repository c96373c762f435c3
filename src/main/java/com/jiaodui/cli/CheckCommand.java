package com.jiaodui.cli;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Flag;
import com.jiaodui.text.Page;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"List every defect of OCR pages with a suggested fix.",
                "PATH is a .txt or .md page, or a folder of them (walked recursively)."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "JSON: {\"file\",\"flags\":[{kind,start,end,line,excerpt,message,replacement}]} per file (an array for several files).")
    boolean json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Page files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        return PageBatch.run(spec, paths, json, CheckCommand::toJson, (out, page) -> printHuman(out, page.path(), page.analysis()));
    }

    static Map<String, Object> toJson(Path file, Analysis a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", file.toString());
        List<Map<String, Object>> flags = new ArrayList<>();
        for (Flag f : a.flags()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", f.kind().id());
            m.put("start", f.start());
            m.put("end", f.end());
            m.put("line", a.page().lineOf(f.start()));
            m.put("excerpt", excerpt(a.raw(), f));
            m.put("message", f.message());
            m.put("replacement", f.replacement());
            m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
            flags.add(m);
        }
        doc.put("flags", flags);
        return doc;
    }

    /** The flagged raw text, shortened when long. */
    static String excerpt(String raw, Flag f) {
        String s = raw.substring(f.start(), f.end());
        return s.length() <= 60 ? s : s.substring(0, 30) + "…" + s.substring(s.length() - 20);
    }

    private static void printHuman(PrintWriter out, Path file, Analysis a) {
        Page page = a.page();
        String raw = a.raw();
        for (Flag f : a.flags()) {
            int cs = Math.max(0, f.start() - 8);
            int ce = Math.min(raw.length(), f.end() + 8);
            String context = oneLine(raw.substring(cs, f.start())) + "【" + oneLine(excerpt(raw, f)) + "】"
                    + oneLine(raw.substring(f.end(), ce));
            String fix = f.severity() == com.jiaodui.text.Severity.INFO ? "  (info: shown, not applied)"
                    : f.replacement() == null ? "" : "  → " + (f.replacement().isEmpty() ? "(remove)" : "\"" + oneLine(f.replacement()) + "\"");
            out.println(file + ":" + page.lineOf(f.start()) + ": " + f.kind().id() + ": " + context + fix
                    + "  — " + f.message());
        }
    }

    static String oneLine(String s) {
        return s.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    }
}
