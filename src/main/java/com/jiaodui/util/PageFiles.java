package com.jiaodui.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Which files are pages: the arguments of a command or a drop on the window, folders walked to their page files. */
public final class PageFiles {
    private PageFiles() {}

    /** A page file by its name: .txt, .md or .markdown, not hidden (a temporary file such as .jiaodui-1.tmp). */
    public static boolean isPageFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown"));
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

    /**
     * A file to import and its name relative to the folder it was found in (for a file given by itself: its file
     * name), which names its page.
     */
    public record PageFile(Path path, String relativeName) {
        public static PageFile of(Path file) {
            Path name = file.getFileName();
            return new PageFile(file, name == null ? file.toString() : name.toString());
        }
    }

    /** Names of files that come with a folder of pages but are not pages (any case, any page extension). */
    private static final java.util.Set<String> NOT_PAGES = java.util.Set.of("readme", "license", "licence",
            "changelog", "changes", "contributing", "authors", "notice", "copying", "history", "todo", "security",
            "code_of_conduct", "index");

    /**
     * Why a file found in a folder is not a page, or null when it is one: hidden (its name or a folder on the way
     * starts with a dot), or a README, LICENSE, CHANGELOG or similar.
     */
    public static String notAPage(Path folder, Path file) {
        Path rel = folder.relativize(file);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return "hidden";
            }
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.indexOf('.');
        String stem = dot < 0 ? n : n.substring(0, dot);
        if (NOT_PAGES.contains(stem.replace('-', '_'))) {
            return "not a page (" + file.getFileName() + " is documentation)";
        }
        return null;
    }

    /**
     * The files to import, in argument order, folders walked in name order with each file named relative to its
     * folder. Files in a folder that are not pages ({@link #notAPage}) are left out and reported to {@code skipped}
     * (one line naming the file and why); a file given by itself is always taken. A path that does not exist is
     * kept, so that reading it reports the reason; a folder that cannot be listed is reported to {@code unlisted}.
     */
    public static List<PageFile> walk(List<Path> args, Consumer<String> skipped, Consumer<String> unlisted) {
        List<PageFile> out = new ArrayList<>();
        for (Path a : args) {
            if (Files.isDirectory(a)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(a)) {
                    found = s.filter(Files::isRegularFile).sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    unlisted.accept(a + ": cannot list folder (" + e.getMessage() + ")");
                    continue;
                }
                for (Path f : found) {
                    String why = notAPage(a, f);
                    if (why == null && !isPageFile(f)) {
                        continue; // not a text page at all (images, PDFs): not worth a line each
                    }
                    if (why != null) {
                        if (!why.equals("hidden") || isPageFile(Path.of(f.getFileName().toString().replaceFirst("^\\.+", "x")))) {
                            skipped.accept(f + ": skipped, " + why);
                        }
                        continue;
                    }
                    out.add(new PageFile(f, a.relativize(f).toString().replace('\\', '/')));
                }
            } else {
                out.add(PageFile.of(a));
            }
        }
        return out;
    }
}
