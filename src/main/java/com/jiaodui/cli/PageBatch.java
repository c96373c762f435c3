package com.jiaodui.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.util.PageFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The batch shared by {@code check} and {@code articles}: expand the PATH arguments, analyse every page
 * in parallel (each worker also renders its page), print the results in argument order, and report each
 * unreadable file on one line of stderr. JSON: one indented object for a single file argument, else an
 * array with one compact object per line.
 */
final class PageBatch {
    private PageBatch() {}

    static int run(CommandSpec spec, List<Path> paths, boolean json,
                   BiFunction<Path, Analysis, Object> toJson, BiConsumer<PrintWriter, RenderedPage> human) {
        return run(spec, paths, json, toJson, human, new Analyzer());
    }

    static int run(CommandSpec spec, List<Path> paths, boolean json,
                   BiFunction<Path, Analysis, Object> toJson, BiConsumer<PrintWriter, RenderedPage> human,
                   Analyzer analyzer) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean[] failed = {false};
        List<Path> files = PageFiles.expand(paths, msg -> {
            err.println(msg);
            failed[0] = true;
        });
        if (files.isEmpty()) {
            if (json) {
                out.println("[]");
                out.flush();
            }
            return Cli.EXIT_USAGE; // each argument was reported
        }
        boolean single = files.size() == 1 && paths.size() == 1 && !Files.isDirectory(paths.get(0));
        ObjectWriter writer = single ? new ObjectMapper().writerWithDefaultPrettyPrinter() : new ObjectMapper().writer();
        List<Processed<String>> results = Processed.all(files, p -> Processed.readDocument(p, d -> {
            Analysis a = Processed.analyzer(analyzer, d).analyze(d.source());
            if (json) {
                try {
                    return writer.writeValueAsString(SourceJson.withSource(toJson.apply(p, a), d, a));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
            StringWriter sw = new StringWriter();
            PrintWriter pw = new PrintWriter(sw);
            human.accept(pw, new RenderedPage(p, a));
            pw.flush();
            return sw.toString();
        }));
        boolean first = true;
        if (json && !single) {
            out.print("[");
        }
        for (Processed<String> r : results) {
            if (r.error() != null) {
                err.println(r.error());
                failed[0] = true;
                continue;
            }
            if (r.warning() != null) {
                err.println(r.warning());
            }
            if (json && !single) {
                out.print(first ? "\n" : ",\n");
            }
            out.print(r.result());
            first = false;
        }
        if (json) {
            out.println(single ? "" : "\n]");
        }
        out.flush();
        return failed[0] ? Cli.EXIT_USAGE : 0;
    }

    /** A page and its analysis, for the human-readable output. */
    record RenderedPage(Path path, Analysis analysis) { }
}
