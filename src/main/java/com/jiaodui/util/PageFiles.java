package com.jiaodui.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Which files are pages: the arguments of a command or a drop on the window, folders walked to their page files. */
public final class PageFiles {
    private PageFiles() {}

    /**
     * A page file by its name: .txt, .md or .markdown, or a PDF or OCR pipeline output (see
     * {@link com.jiaodui.text.source.Sources#isPageFile}); not hidden (a temporary file such as .jiaodui-1.tmp).
     */
    public static boolean isPageFile(Path p) {
        return com.jiaodui.text.source.Sources.isPageFile(p);
    }

    /**
     * The files to process, in argument order, folders walked in name order. A path that does not
     * exist is kept, so that reading it reports the reason; a folder that cannot be listed is reported to
     * {@code unlisted} (one line naming it and the reason).
     */
    public static List<Path> expand(List<Path> args, Consumer<String> unlisted) {
        List<Path> out = new ArrayList<>();
        for (Path a : args) {
            if (Files.isDirectory(a)) {
                try (Stream<Path> s = Files.walk(a)) {
                    s.filter(Files::isRegularFile).filter(PageFiles::isPageFile).sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    unlisted.accept(a + ": cannot list folder (" + e.getMessage() + ")");
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
