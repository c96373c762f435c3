package com.jiaodui.cli;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
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
                "Paragraphs are separated by one blank line; Markdown headings are kept for Markdown input.",
                "One file goes to standard output; several files (or a folder) need --out DIR."})
public final class CleanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Write each cleaned page to DIR under its own name.")
    Path out;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Page files or folders.")
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
            String text = r.result().cleaned().text();
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
}
