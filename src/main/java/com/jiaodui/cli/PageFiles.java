package com.jiaodui.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the PATH arguments of a command: files as given, folders to the page files inside them. */
final class PageFiles {
    private PageFiles() {}

    /** A page file by its name: .txt, .md or .markdown, not hidden (a temporary file such as .jiaodui-1.tmp). */
    static boolean isPageFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown"));
    }

    /**
     * The files to process, in argument order, folders walked in name order. A path that does not
     * exist is kept, so that reading it reports the reason; an unreadable folder is reported on err.
     */
    static List<Path> expand(List<Path> args, PrintWriter err, boolean[] failed) {
        List<Path> out = new ArrayList<>();
        for (Path a : args) {
            if (Files.isDirectory(a)) {
                try (Stream<Path> s = Files.walk(a)) {
                    s.filter(Files::isRegularFile).filter(PageFiles::isPageFile).sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    err.println(a + ": cannot list folder (" + e.getMessage() + ")");
                    failed[0] = true;
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
