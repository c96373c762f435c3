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

    @Option(names = "--db", paramLabel = "FILE",
            description = "Also flag the corrections learnt in this library (learned-fix, info), read-only.")
    Path db;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Page files or folders.", descriptionKey = "param.pages")
    List<Path> paths;

    @Override
    public Integer call() {
        com.jiaodui.text.Analyzer analyzer = new com.jiaodui.text.Analyzer();
        if (db != null) {
            try (com.jiaodui.store.Library lib = com.jiaodui.library.Libraries.open(db, true)) {
                analyzer = new com.jiaodui.library.LearntFixes().reload(lib).addTo(analyzer);
            } catch (com.jiaodui.store.StoreException e) {
                spec.commandLine().getErr().println("jiaodui: " + e.getMessage());
                return Cli.EXIT_USAGE;
            }
        }
        return PageBatch.run(spec, paths, json, CheckCommand::toJson,
                (out, page) -> printHuman(out, page.path(), page.analysis()), analyzer);
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
            m.put("message", f.message(Cli.locale()));
            m.put("messageKey", f.msg().key());
            m.put("args", f.msg().renderedArgs(Cli.locale()));
            m.put("replacement", f.replacement());
            m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
            flags.add(m);
        }
        doc.put("flags", flags);
        return doc;
    }

    /** The flagged raw text, shortened when long (never cutting a surrogate pair). */
    static String excerpt(String raw, Flag f) {
        String s = raw.substring(safe(raw, f.start()), safe(raw, f.end()));
        return s.length() <= 60 ? s : s.substring(0, safe(s, 30)) + "…" + s.substring(safe(s, s.length() - 20));
    }

    /** {@code i} moved back off the low half of a surrogate pair, so that a cut there keeps the pair whole. */
    static int safe(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))
                && Character.isHighSurrogate(s.charAt(i - 1)) ? i - 1 : i;
    }

    private static void printHuman(PrintWriter out, Path file, Analysis a) {
        Page page = a.page();
        String raw = a.raw();
        for (Flag f : a.flags()) {
            int s0 = safe(raw, f.start());
            int e0 = Math.max(s0, safe(raw, f.end()));
            int cs = safe(raw, Math.max(0, s0 - 8));
            int ce = safe(raw, Math.min(raw.length(), e0 + 8));
            String context = oneLine(raw.substring(cs, s0)) + "【" + oneLine(excerpt(raw, f)) + "】"
                    + oneLine(raw.substring(e0, ce));
            String fix = f.severity() == com.jiaodui.text.Severity.INFO ? Cli.text("check.info")
                    : f.replacement() == null ? "" : "  → " + (f.replacement().isEmpty() ? Cli.text("check.remove") : "\"" + oneLine(f.replacement()) + "\"");
            out.println(file + ":" + page.lineOf(f.start()) + ": " + f.kind().id() + ": " + context + fix
                    + "  — " + f.message(Cli.locale()));
        }
    }

    static String oneLine(String s) {
        return s.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    }
}
