package com.jiaodui.cli;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.review.Fixes;
import com.jiaodui.text.FlagKind;
import java.util.EnumSet;
import java.util.Set;
import com.jiaodui.util.AtomicFiles;
import com.jiaodui.util.PageFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Print the cleaned text of a page: reflowed, every fix applied except page furniture.",
                "--fix chooses the kinds to apply; --decisions applies per-flag decisions (the review model's text).",
                "Paragraphs are separated by one blank line; Markdown headings are kept for Markdown input.",
                "One file goes to standard output; several files (or a folder) need --out DIR."})
public final class CleanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Write each cleaned page to DIR under its own name.")
    Path out;

    @Option(names = "--fix", paramLabel = "KIND[,KIND...]", split = ",",
            description = "Apply only these kinds (ids as `check` prints them); `all` adds page furniture, which is"
                    + " then removed. Default: every kind except page-furniture.")
    List<String> fix;

    @Option(names = "--decisions", paramLabel = "FILE.json",
            description = "Per-flag decisions {\"decisions\":[{\"start\",\"end\",\"kind\",\"verdict\":\"accept\"|\"reject\"}]},"
                    + " flags matched as `check --json` prints them; they override --fix for their flags. One page only.")
    Path decisions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Page files or folders.", descriptionKey = "param.pages")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean[] failed = {false};
        List<PageFiles.Entry> entries = PageFiles.walk(paths, msg -> {
            err.println(msg);
            failed[0] = true;
        });
        List<Path> files = entries.stream().map(PageFiles.Entry::file).toList();
        if (files.isEmpty()) {
            return Cli.EXIT_USAGE; // each argument was reported
        }
        boolean many = files.size() != 1 || Files.isDirectory(paths.get(0));
        if (many && out == null) {
            err.println("jiaodui clean: several pages need --out DIR");
            return Cli.EXIT_USAGE;
        }
        CleanOutput output = null;
        if (out != null) {
            output = CleanOutput.of(out, entries, err::println);
            if (output == null) {
                return Cli.EXIT_USAGE;
            }
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                err.println(out + ": cannot create output folder (" + e.getMessage() + ")");
                return Cli.EXIT_USAGE;
            }
        }
        Set<FlagKind> kinds;
        try {
            kinds = kinds(fix);
        } catch (IllegalArgumentException e) {
            err.println("jiaodui clean: --fix: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        List<DecisionsFile.Entry> decided = List.of();
        if (decisions != null) {
            if (many) {
                err.println("jiaodui clean: --decisions applies to one page");
                return Cli.EXIT_USAGE;
            }
            try {
                decided = DecisionsFile.read(decisions);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return Cli.EXIT_USAGE;
            }
        }
        Analyzer analyzer = new Analyzer();
        List<Processed<Analysis>> results = Processed.all(files, p -> Processed.analyse(analyzer, p));
        for (int i = 0; i < results.size(); i++) {
            Processed<Analysis> r = results.get(i);
            if (r.error() != null) {
                err.println(r.error());
                failed[0] = true;
                continue;
            }
            if (r.warning() != null) {
                err.println(r.warning());
            }
            String text;
            if (fix == null && decided.isEmpty()) {
                text = r.result().cleaned().text();
            } else {
                try {
                    text = DecisionsFile.apply(r.result(), kinds, decided, decisions);
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    failed[0] = true;
                    continue;
                }
            }
            if (out == null) {
                stdout.print(text);
            } else {
                Path target = out;
                try {
                    target = output.target(entries.get(i));
                    AtomicFiles.writeString(target, text);
                } catch (IOException e) {
                    err.println(com.jiaodui.text.UnreadablePageException.shown(target) + ": cannot write ("
                            + (String.valueOf(e.getMessage()).contains("No space left") ? "the disk is full" : e.getMessage()) + ")");
                    failed[0] = true;
                }
            }
        }
        stdout.flush();
        return failed[0] ? Cli.EXIT_USAGE : 0;
    }

    /** The kinds of {@code --fix}: null is clean's default set; "all" every kind. */
    static Set<FlagKind> kinds(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return Fixes.CLEAN_KINDS;
        }
        Set<FlagKind> out = EnumSet.noneOf(FlagKind.class);
        for (String id : ids) {
            String k = id.trim();
            if (k.equals("all")) {
                out.addAll(EnumSet.allOf(FlagKind.class));
            } else if (!k.isEmpty()) {
                try {
                    out.add(FlagKind.fromId(k));
                } catch (IllegalArgumentException e) {
                    StringBuilder known = new StringBuilder("all");
                    for (FlagKind f : FlagKind.values()) {
                        known.append(", ").append(f.id());
                    }
                    throw new IllegalArgumentException("unknown kind \"" + k + "\" (known: " + known + ")");
                }
            }
        }
        return out;
    }
}
